package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The interaction test of intersections against hand-computed 2 × 2 cases. */
class InteractionTest {
    @Test
    void oppositeRateRatiosAreAStrongInteraction() {
        // log(RR1 / RR2) = 2 log 2; variances (1 - p) / (n p) add up to 0.06: Wald chi-square 32.03 on 1 df.
        Interaction fit = Interaction.ofRates(new long[][] {{60, 30}, {30, 60}}, new long[][] {{100, 100}, {100, 100}});
        assertThat(fit.chiSquare()).isCloseTo(4 * Math.log(2) * Math.log(2) / 0.06, within(1e-6));
        assertThat(fit.degreesOfFreedom()).isEqualTo(1);
        assertThat(fit.pValue()).isLessThan(1e-7);
        // The residual of a 2 x 2 weighted fit is the contrast times each cell's share of the total variance.
        double residual = 2 * Math.log(2) * (0.7 / 30) / 0.06;
        assertThat(fit.predicted(0, 1)).isCloseTo(Math.exp(Math.log(0.3) + residual), within(1e-9));
        // In a 2 x 2 table each cell's standardised residual is the whole table's: same p-value.
        assertThat(fit.cellPValue(0, 1)).isCloseTo(fit.pValue(), within(1e-12));
    }

    @Test
    void multipliedMarginalEffectsAreNoInteraction() {
        Interaction fit = Interaction.ofRates(new long[][] {{40, 20}, {80, 40}}, new long[][] {{100, 100}, {100, 100}});
        assertThat(fit.chiSquare()).isCloseTo(0, within(1e-9));
        assertThat(fit.pValue()).isCloseTo(1, within(1e-9));
        assertThat(fit.predicted(1, 1)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void cellsWithoutUsableRatesAreLeftOutAndASaturatedTableHasNoTest() {
        Interaction fit = Interaction.ofRates(new long[][] {{40, 20}, {80, 0}}, new long[][] {{100, 100}, {100, 0}});
        assertThat(fit.degreesOfFreedom()).isZero();
        assertThat(fit.pValue()).isNaN();
        assertThat(fit.predicted(1, 1)).isNaN();
    }
}
