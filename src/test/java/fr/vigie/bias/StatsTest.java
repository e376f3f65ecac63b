package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each formula against a hand-computed example (values checked with the textbook formulas / R). */
class StatsTest {
    private static final double EPS = 1e-4;

    @Test
    void wilsonIntervalOfEightOutOfTenMatchesTheTextbook() {
        Interval ci = Stats.wilson(8, 10, 0.95);
        assertThat(ci.low()).isCloseTo(0.490162, within(EPS));
        assertThat(ci.high()).isCloseTo(0.943318, within(EPS));
    }

    @Test
    void wilsonIntervalStaysInsideZeroOneAtTheEdges() {
        assertThat(Stats.wilson(0, 20, 0.95).low()).isEqualTo(0.0);
        assertThat(Stats.wilson(20, 20, 0.95).high()).isEqualTo(1.0);
        assertThat(Stats.wilson(0, 20, 0.95).high()).isGreaterThan(0.1);
    }

    @Test
    void katzIntervalOfARateRatioUsesTheLogStandardError() {
        // RR = 0.3 / 0.5 = 0.6; se(log RR) = sqrt(1/30 - 1/100 + 1/50 - 1/100) = 0.182574
        Interval ci = Stats.katz(30, 100, 50, 100, 0.95);
        assertThat(ci.low()).isCloseTo(0.419511, within(EPS));
        assertThat(ci.high()).isCloseTo(0.858141, within(EPS));
    }

    @Test
    void katzIntervalStaysFiniteWithAZeroCount() {
        Interval ci = Stats.katz(0, 40, 20, 40, 0.95);
        assertThat(ci.low()).isGreaterThan(0);
        assertThat(ci.high()).isLessThan(1).isFinite();
    }

    @Test
    void twoProportionZTestOfThirtyAgainstFiftyPercent() {
        // pooled p = 0.4, se = sqrt(0.24 * 0.02), z = -2.8868
        assertThat(Stats.twoProportionZTest(30, 100, 50, 100)).isCloseTo(0.0038924, within(1e-6));
    }

    @Test
    void fisherExactTestOfTheTeaTastingTable() {
        assertThat(Stats.fisherExact(3, 1, 1, 3)).isCloseTo(0.485714, within(1e-6));
        assertThat(Stats.fisherExact(1, 9, 11, 3)).isCloseTo(0.0027594, within(1e-6));
    }

    @Test
    void proportionTestSwitchesToFisherForSmallExpectedCounts() {
        // expected positives of the small group = 10 * 12 / 24 = 5... use a smaller table: 4 rows
        assertThat(Stats.proportionTest(1, 4, 10, 20, 5)).isCloseTo(Stats.fisherExact(1, 3, 10, 10), within(1e-12));
        assertThat(Stats.proportionTest(30, 100, 50, 100, 5))
                .isCloseTo(Stats.twoProportionZTest(30, 100, 50, 100), within(1e-12));
    }

    @Test
    void chiSquareGoodnessOfFit() {
        double chi2 = Stats.chiSquare(new double[] {40, 40, 20}, new long[] {50, 30, 20});
        assertThat(chi2).isCloseTo(5.0, within(1e-9));
        assertThat(Stats.chiSquareP(chi2, 2)).isCloseTo(Math.exp(-2.5), within(1e-9));
    }

    @Test
    void exactBinomialTestForSmallCountsAgainstAPopulationShare() {
        assertThat(Stats.proportionVersusPopulation(3, 20, 0.4)).isCloseTo(0.022427, within(1e-5));
    }

    @Test
    void cramersVWithBiasCorrection() {
        // chi2 = 20, n = 80: phi2 = 0.25, corrected 0.25 - 1/79; r~ = k~ = 2 - 1/79
        long[][] table = {{30, 10}, {10, 30}};
        assertThat(Stats.chiSquareIndependence(table)).isCloseTo(20.0, within(1e-9));
        assertThat(Stats.cramersVCorrected(table)).isCloseTo(0.490291, within(EPS));
    }

    @Test
    void cramersVIsZeroForIndependentColumns() {
        assertThat(Stats.cramersVCorrected(new long[][] {{20, 20}, {30, 30}})).isEqualTo(0.0);
    }

    @Test
    void uncertaintyCoefficientIsTheShareOfEntropyExplained() {
        // H(A) = ln 2; H(A|X) = -2 (0.375 ln 0.75 + 0.125 ln 0.25) = 0.562335
        assertThat(Stats.uncertaintyCoefficient(new long[][] {{30, 10}, {10, 30}})).isCloseTo(0.188722, within(EPS));
        assertThat(Stats.uncertaintyCoefficient(new long[][] {{40, 0}, {0, 40}})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void benjaminiHochbergAdjustsInTheOriginalOrder() {
        double[] q = Stats.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(q).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void benjaminiHochbergNeverExceedsOne() {
        assertThat(Stats.benjaminiHochberg(new double[] {0.9, 0.95})).containsExactly(new double[] {0.95, 0.95},
                within(1e-12));
    }

    @Test
    void welchTTestFromSummaries() {
        assertThat(Stats.welchTTest(10, 4, 20, 12, 9, 30)).isCloseTo(0.0068058, within(1e-6));
    }

    @Test
    void mantelHaenszelRateRatioWithGreenlandRobinsIntervalAndCmhTest() {
        double[] mh = Stats.mantelHaenszel(new long[][] {{10, 100, 20, 100}, {25, 50, 50, 50}}, 0.95);
        assertThat(mh[0]).isCloseTo(0.5, within(1e-12));
        assertThat(mh[1]).isCloseTo(0.376842, within(EPS));
        assertThat(mh[2]).isCloseTo(0.663407, within(EPS));
        assertThat(mh[3]).isCloseTo(1.58205e-7, within(1e-10));
    }

    @Test
    void quantileSketchMedianIsWithinHalfAPercent() {
        QuantileSketch sketch = new QuantileSketch(0.005);
        QuantileSketch other = new QuantileSketch(0.005);
        for (int i = 1; i <= 1001; i++) {
            (i % 2 == 0 ? sketch : other).add(i * 3.0);
        }
        sketch.merge(other);
        assertThat(sketch.count()).isEqualTo(1001);
        assertThat(sketch.quantile(0.5)).isCloseTo(1503.0, within(1503.0 * 0.005));
        assertThat(sketch.quantile(0.0)).isCloseTo(3.0, within(3 * 0.005));
    }

    @Test
    void correctedUncertaintyRemovesWhatManySmallCategoriesGiveByChance() {
        // 40 categories of 5 rows, each split as evenly as it can be: no association, yet a positive plug-in U.
        long[][] table = new long[40][];
        for (int i = 0; i < 40; i++) {
            table[i] = i % 2 == 0 ? new long[] {3, 2} : new long[] {2, 3};
        }
        assertThat(Stats.uncertaintyCoefficient(table)).isGreaterThan(0.02);
        assertThat(Stats.uncertaintyCoefficientCorrected(table)).isZero();
    }
}
