package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best-effort strategies: greedy descent on huge lattices, the time budget on Adult. */
class BestEffortSearchTest {
    @TempDir
    Path dir;

    private static DataTable wide(int columns, int rows) {
        Random random = new Random(7);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("c" + c);
        }
        DataTable.Builder builder = DataTable.builder(header);
        for (int r = 0; r < rows; r++) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextInt(10) < 8 ? "a" : "b";
            }
            builder.add(row);
        }
        return builder.build();
    }

    @Test
    void hugeLatticeGetsADeterministicAcceptableGreedyResult() {
        DataTable table = wide(22, 400);
        Policy policy = Fixtures.policy(dir, "id: wide\nprivacy: {k: 3, suppressionLimit: 0.05}\n");
        List<ColumnInfo> columns = Fixtures.all(table, AttributeType.QUASI_IDENTIFYING);
        AnonymisationReport first = new Anonymiser(policy, dir).anonymise(table, columns, null).report();
        AnonymisationReport second = new Anonymiser(policy, dir).anonymise(table, columns, null).report();
        assertThat(first.search().latticeSize()).isGreaterThan(Search.MAX_OPTIMAL_NODES);
        assertThat(first.search().optimal()).isFalse();
        assertThat(first.search().strategy()).contains("greedy");
        assertThat(first.achieved().k()).isGreaterThanOrEqualTo(3);
        assertThat(first.suppressedRows()).isLessThanOrEqualTo(20);
        assertThat(first.transformation().values()).contains(0);
        assertThat(second.transformation()).isEqualTo(first.transformation());
    }

    @Test
    void exhaustedTimeBudgetStillReturnsAnAcceptableTransformation() {
        DataTable adult = Fixtures.adult();
        String yaml = Fixtures.adultPolicy(5, 0.05, "") + "search: {timeBudgetSeconds: 0.001}\n";
        AnonymisationReport report = new Anonymiser(Fixtures.policy(dir, yaml), dir)
                .anonymise(adult, Fixtures.all(adult, AttributeType.QUASI_IDENTIFYING), null).report();
        assertThat(report.search().optimal()).isFalse();
        assertThat(report.achieved().k()).isGreaterThanOrEqualTo(5);
        assertThat(report.suppressedRows()).isLessThanOrEqualTo(1508);
    }
}
