package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproduces ARX 3.9.2's results on the Adult data set (see the reference README). */
class AdultParityTest {
    private static DataTable adult;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        adult = Fixtures.adult();
    }

    private AnonymisationReport run(double suppression) {
        Policy policy = Fixtures.policy(dir, Fixtures.adultPolicy(5, suppression, ""));
        return new Anonymiser(policy, dir)
                .anonymise(adult, Fixtures.all(adult, AttributeType.QUASI_IDENTIFYING), null).report();
    }

    @Test
    void matchesArxWithoutSuppression() {
        AnonymisationReport report = run(0);
        assertThat(report.transformation().values()).containsExactly(0, 4, 1, 1, 3, 2, 2, 1, 0);
        assertThat(report.suppressedRows()).isZero();
        assertThat(report.achieved().classes()).isEqualTo(24);
        assertThat(report.achieved().k()).isEqualTo(69);
        assertThat(report.utility().loss()).isCloseTo(0.5731509655590044, within(1e-9));
        assertThat(report.search().optimal()).isTrue();
    }

    @Test
    void matchesArxWithFivePercentSuppression() {
        AnonymisationReport report = run(0.05);
        assertThat(report.transformation().values()).containsExactly(0, 3, 0, 0, 2, 1, 1, 2, 0);
        assertThat(report.suppressedRows()).isEqualTo(1346);
        assertThat(report.rowsReleased()).isEqualTo(30162 - 1346);
        assertThat(report.achieved().classes()).isEqualTo(397);
        assertThat(report.achieved().k()).isEqualTo(5);
        assertThat(report.utility().loss()).isCloseTo(0.2419323650662908, within(1e-9));
        double[] expected = {0.0446256879, 0.2279803539, 0.0446256879, 0.0446256879, 0.3961872554, 0.3064518268,
            0.3175897771, 1.0, 0.0446256879};
        List<Double> perQi = List.copyOf(report.utility().lossPerQi().values());
        for (int d = 0; d < expected.length; d++) {
            assertThat(perQi.get(d)).as(Fixtures.ADULT_COLUMNS.get(d)).isCloseTo(expected[d], within(1e-9));
        }
    }
}
