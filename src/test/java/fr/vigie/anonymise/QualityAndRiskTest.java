package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality models and risk measures on the hand-computed example of {@link HandExample} with k = 2. */
class QualityAndRiskTest {
    @TempDir
    Path dir;

    @Test
    void lossCountsASuppressedRecordAsFullyGeneralised() {
        // Level 0 share 1/4; D suppressed: agg = 9 * 0.25 + 1 = 3.25; (3.25 - 2.5) / (10 - 2.5) = 0.1
        AnonymisationReport report = HandExample.run(dir, "  k: 2\n", "loss");
        assertThat(report.utility().loss()).isCloseTo(0.1, within(1e-12));
        assertThat(report.utility().lossPerQi()).containsEntry("g", 0.1);
    }

    @Test
    void discernibilityChargesEachSuppressedRecordTheRowCount() {
        // 3² + 4² + 2² + 1 * 10
        AnonymisationReport report = HandExample.run(dir, "  k: 2\n", "discernibility");
        assertThat(report.utility().discernibility()).isEqualTo(39.0);
    }

    @Test
    void nonUniformEntropyChargesSuppressedRecordsTheEntropyOfTheirValuesAmongTheSuppressed() {
        // ARX's definition. k=3 suppresses C (2 records) and D (1) at level 0, where generalisation costs 0 bits:
        // 2 · log2(3 / 2) + 1 · log2(3 / 1). Level 1 would cost sum of a · log2(10 / a) = 18.46 bits.
        AnonymisationReport report = HandExample.run(dir, "  k: 3\n", "entropy");
        assertThat(report.transformation()).containsEntry("g", 0);
        assertThat(report.utility().nonUniformEntropy())
                .isCloseTo(2 * Math.log(1.5) / Math.log(2) + Math.log(3) / Math.log(2), within(1e-9));
        // A single suppressed record is alone among the suppressed: 0 bits.
        assertThat(HandExample.run(dir, "  k: 2\n", "entropy").utility().nonUniformEntropy()).isZero();
    }

    @Test
    void averageClassSizeCountsTheSuppressedRecordsAsOneClass() {
        // ARX's definition: 10 records / (3 released classes + 1 for the suppressed D).
        AnonymisationReport report = HandExample.run(dir, "  k: 2\n", "average-class-size");
        assertThat(report.utility().averageClassSize()).isEqualTo(2.5);
    }

    @Test
    void lossOfTheFullyGeneralisedColumnIsOne() {
        // averageRisk forces g to *: agg = 10 * 4/4 → (10 - 2.5) / 7.5 = 1
        AnonymisationReport report = HandExample.run(dir, "  averageRisk: 0.3\n", "loss");
        assertThat(report.utility().loss()).isEqualTo(1.0);
    }

    @Test
    void riskBeforeAndAfterFollowTheClassSizes() {
        AnonymisationReport report = HandExample.run(dir, "  k: 2\n", "loss");
        AnonymisationReport.Risk before = report.riskBefore();
        assertThat(before.prosecutorMax()).isEqualTo(1.0);
        assertThat(before.prosecutorAverage()).isCloseTo(0.4, within(1e-12));
        assertThat(before.recordsAtRisk()).isEqualTo(1.0);
        assertThat(before.sampleUniqueness()).isCloseTo(0.1, within(1e-12));
        AnonymisationReport.Risk after = report.riskAfter();
        assertThat(after.prosecutorMax()).isEqualTo(0.5);
        assertThat(after.prosecutorAverage()).isCloseTo(3.0 / 9, within(1e-12));
        assertThat(after.sampleUniqueness()).isZero();
        assertThat(after.marketer()).isCloseTo(3.0 / 9, within(1e-12));
    }

    @Test
    void populationUniquenessEqualsSampleUniquenessWhenTheSampleIsThePopulation() {
        AnonymisationReport report = HandExample.run(dir, "  k: 2\n  populationSize: 10\n", "loss");
        assertThat(report.riskBefore().populationUniqueness()).isCloseTo(0.1, within(1e-12));
        assertThat(report.riskAfter().populationUniqueness()).isZero();
    }

    @Test
    void populationUniquenessShrinksWhenTheSampleIsASmallFraction() {
        // f1 = 1, f2 = 0... classes of sizes 1, 2, 3, 4: P(unique | sample unique) is well below 1 at 1 %.
        double uniqueness = HandExample.run(dir, "  k: 2\n  populationSize: 1000\n", "loss").riskBefore()
                .populationUniqueness();
        assertThat(uniqueness).isGreaterThan(0).isLessThan(0.1);
        assertThat(HandExample.run(dir, "  k: 2\n", "loss").riskBefore().populationUniqueness()).isNull();
    }
}
