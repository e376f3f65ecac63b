package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each privacy model on the hand-computed example of {@link HandExample}. */
class PrivacyModelsTest {
    @TempDir
    Path dir;

    private AnonymisationReport run(String privacy) {
        return HandExample.run(dir, privacy, "loss");
    }

    private static double achieved(AnonymisationReport report, int model) {
        return report.achieved().models().get(model).achieved();
    }

    @Test
    void kAnonymitySuppressesClassesSmallerThanK() {
        assertThat(run("  k: 2\n").suppressedRows()).isEqualTo(1);
        AnonymisationReport k3 = run("  k: 3\n");
        assertThat(k3.suppressedRows()).isEqualTo(3);
        assertThat(k3.achieved().k()).isEqualTo(3);
        assertThat(k3.achieved().classes()).isEqualTo(2);
        assertThat(k3.transformation()).containsEntry("g", 0);
    }

    @Test
    void distinctLDiversitySuppressesClassesWithTooFewValues() {
        AnonymisationReport report = run("  l-diversity: {variant: distinct, l: 2}\n");
        assertThat(report.suppressedRows()).isEqualTo(3);
        assertThat(achieved(report, 1)).isEqualTo(2);
        assertThat(report.achieved().l()).isEqualTo(2);
        assertThat(report.achieved().t()).isNull();
    }

    @Test
    void entropyLDiversityRejectsAClassDominatedByOneValue() {
        // A: H(2/3, 1/3) = 0.6365 < ln 2; B: H(1/4, 1/4, 1/2) = 1.0397; C and D have one value.
        AnonymisationReport report = run("  l-diversity: {variant: entropy, l: 2}\n");
        assertThat(report.suppressedRows()).isEqualTo(6);
        assertThat(achieved(report, 1)).isCloseTo(Math.exp(1.0397207708), within(1e-9));
    }

    @Test
    void recursiveLDiversityComparesTheTopCountWithTheTail() {
        // A: r1 = 2, tail = 1: passes with c = 3 (2 < 3), fails with c = 2 (2 < 2 is false).
        assertThat(run("  l-diversity: {variant: recursive, l: 2, c: 3}\n").suppressedRows()).isEqualTo(3);
        AnonymisationReport strict = run("  l-diversity: {variant: recursive, l: 2, c: 2}\n");
        assertThat(strict.suppressedRows()).isEqualTo(6);
        assertThat(achieved(strict, 1)).isEqualTo(1.0); // B: 2 / (1 + 1)
    }

    @Test
    void equalDistanceTClosenessIsHalfTheL1Distance() {
        // A 0.3667, B 0.2, C 0.6, D 0.7
        AnonymisationReport report = run("  t-closeness: {t: 0.45, distance: equal}\n");
        assertThat(report.suppressedRows()).isEqualTo(3);
        assertThat(achieved(report, 1)).isCloseTo(0.3666666667, within(1e-9));
        assertThat(report.achieved().t()).isCloseTo(0.3666666667, within(1e-9));
    }

    @Test
    void orderedDistanceTClosenessAccumulatesDifferences() {
        // x < y < z: A (|0.3667| + |0.3|) / 2 = 0.3333, B (|-0.05| + |-0.2|) / 2 = 0.125,
        // C (|-0.3| + |0.3|) / 2 = 0.3, D (|-0.3| + |-0.7|) / 2 = 0.5
        AnonymisationReport report = run("  t-closeness: {t: 0.34, distance: ordered}\n");
        assertThat(report.suppressedRows()).isEqualTo(1);
        assertThat(achieved(report, 1)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void hierarchicalDistanceTClosenessWeighsFlowsByHeight() {
        // A: inside xy min(0.3667, 0.0667) * 1/2 + at the root min(0.3, 0.3) * 2/2 = 0.3333
        // B: inside xy min(0, 0.2) * 1/2 + root min(0.2, 0.2) = 0.2; C: 0.3*1/2... = 0.45; D: 0.7
        AnonymisationReport report = run("  t-closeness: {t: 0.34, distance: hierarchical}\n");
        assertThat(report.suppressedRows()).isEqualTo(3);
        assertThat(achieved(report, 1)).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void averageRiskBoundsClassesPerReleasedRecord() {
        // Level 0: 4 classes / 10 rows = 0.4 > 0.3; everything generalised to *: 1 / 10.
        AnonymisationReport report = run("  averageRisk: 0.3\n");
        assertThat(report.transformation()).containsEntry("g", 1);
        assertThat(report.achieved().averageRisk()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void combinedModelsSuppressTheUnionOfTheirViolations() {
        // k=2 suppresses D; entropy 2-diversity also A and C.
        AnonymisationReport report = run("  k: 2\n  l-diversity: {variant: entropy, l: 2}\n");
        assertThat(report.suppressedRows()).isEqualTo(6);
        assertThat(report.rowsReleased()).isEqualTo(4);
    }
}
