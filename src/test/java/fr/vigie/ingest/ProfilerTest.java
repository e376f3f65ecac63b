package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilerTest {

    private static DatasetProfile profile(List<String> header, String[]... rows) {
        Profiler profiler = new Profiler(header);
        for (String[] row : rows) {
            profiler.accept(row);
        }
        return profiler.finish();
    }

    @Test
    void infersTypesFromFrenchValues() {
        DatasetProfile p = profile(List.of("n", "d", "date", "bool", "text", "empty"),
                new String[] {"12", "1 234,50", "31/12/2024", "oui", "Martin", ""},
                new String[] {"-3", "12,5", "2024-01-15", "non", "42", "NULL"},
                new String[] {"", "7", "01/02/1999", "Oui", "Dubois", " "});

        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.columns()).extracting(ColumnProfile::inferredType).containsExactly(InferredType.INTEGER,
                InferredType.DECIMAL, InferredType.DATE, InferredType.BOOLEAN, InferredType.TEXT, InferredType.EMPTY);
        ColumnProfile n = p.column("n").orElseThrow();
        assertThat(n.min()).isEqualTo("-3");
        assertThat(n.max()).isEqualTo("12");
        assertThat(n.nullRatio()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(p.column("d").orElseThrow().min()).isEqualTo("7");
        assertThat(p.column("d").orElseThrow().max()).isEqualTo("1234.50");
        assertThat(p.column("date").orElseThrow().min()).isEqualTo("1999-02-01");
        assertThat(p.column("date").orElseThrow().max()).isEqualTo("2024-12-31");
        assertThat(p.column("text").orElseThrow().min()).isNull();
        assertThat(p.column("empty").orElseThrow().nullRatio()).isEqualTo(1.0);
    }

    @Test
    void reportsShapesNeverValues() {
        DatasetProfile p = profile(List.of("tel", "nom"),
                new String[] {"06 12 34 56 78", "Martin"},
                new String[] {"07 98 76 54 32", "Élodie"},
                new String[] {"0612345678", "Dubois-Roux"});

        ColumnProfile tel = p.column("tel").orElseThrow();
        assertThat(tel.topPatterns().get(0)).isEqualTo(new PatternCount("99 99 99 99 99", 2));
        assertThat(tel.topPatterns().get(1)).isEqualTo(new PatternCount("9999999999", 1));
        assertThat(p.column("nom").orElseThrow().topPatterns())
                .containsExactly(new PatternCount("Aaaaaa", 2), new PatternCount("Aaaaaa-Aaaa", 1));
    }

    @Test
    void countsDistinctValuesExactlyWhenFew() {
        Profiler profiler = new Profiler(List.of("c"));
        for (int i = 0; i < 500; i++) {
            profiler.accept(new String[] {"v" + (i % 37)});
        }
        ColumnProfile c = profiler.finish().columns().get(0);

        assertThat(c.distinctExact()).isTrue();
        assertThat(c.distinctEstimate()).isEqualTo(37);
    }

    @Test
    void estimatesDistinctValuesWithinAFewPercentWhenMany() {
        Profiler profiler = new Profiler(List.of("c"));
        for (int i = 0; i < 200_000; i++) {
            profiler.accept(new String[] {"id-" + i});
        }
        ColumnProfile c = profiler.finish().columns().get(0);

        assertThat(c.distinctExact()).isFalse();
        assertThat((double) c.distinctEstimate()).isCloseTo(200_000, within(200_000 * 0.05));
    }

    @Test
    void mergesPartitionsAsIfReadInOnePass() {
        Profiler whole = new Profiler(List.of("id", "amount"));
        Profiler first = new Profiler(List.of("id", "amount"));
        Profiler second = new Profiler(List.of("id", "amount"));
        for (int i = 0; i < 10_000; i++) {
            String[] row = {"id-" + i, i % 10 == 0 ? "" : (i + ",5")};
            whole.accept(row);
            (i < 4_000 ? first : second).accept(row);
        }
        DatasetProfile merged = first.merge(second).finish();
        DatasetProfile expected = whole.finish();

        assertThat(merged.rows()).isEqualTo(10_000);
        ColumnProfile amount = merged.column("amount").orElseThrow();
        // HyperLogLog unions may differ from a single sketch by a fraction of a percent: compare the rest exactly
        assertThat(amount).usingRecursiveComparison().ignoringFields("distinctEstimate")
                .isEqualTo(expected.column("amount").orElseThrow());
        assertThat((double) amount.distinctEstimate()).isCloseTo(9_000, within(9_000 * 0.05));
        assertThat(amount.min()).isEqualTo("1.5");
        assertThat(amount.max()).isEqualTo("9999.5");
        assertThat((double) merged.column("id").orElseThrow().distinctEstimate())
                .isCloseTo(10_000, within(10_000 * 0.05));
    }

    @Test
    void refusesToMergeDifferentTables() {
        assertThatThrownBy(() -> new Profiler(List.of("a")).merge(new Profiler(List.of("b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsTheStatisticsOfAllColumnsTogether() {
        for (int width : new int[] {1, 20, 400, 2_000, 20_000}) {
            List<String> header = java.util.stream.IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
            Profiler profiler = new Profiler(header);

            assertThat(profiler.worstCaseBytes()).as("%d columns", width).isLessThanOrEqualTo(Profiler.MEMORY_BUDGET_BYTES);
        }
        assertThat(new Profiler(List.of("a", "b")).limits()).isEqualTo(ColumnStats.Limits.FULL);
    }

    @Test
    void aWideTableStillCountsItsFewDistinctValuesExactlyAndItsShapes() {
        List<String> header = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "c" + i).toList();
        Profiler profiler = new Profiler(header);
        for (int r = 0; r < 300; r++) {
            String[] row = new String[header.size()];
            java.util.Arrays.fill(row, "v" + (r % 12));
            row[0] = "id-" + r;
            profiler.accept(row);
        }
        DatasetProfile p = profiler.finish();

        ColumnProfile last = p.columns().get(19_999);
        assertThat(last.distinctExact()).isTrue();
        assertThat(last.distinctEstimate()).isEqualTo(12);
        assertThat(last.topPatterns()).extracting(PatternCount::pattern).containsExactly("a9", "a99");
        ColumnProfile first = p.columns().get(0);
        assertThat(first.distinctExact()).as("300 distinct values are over a wide table's exact limit").isFalse();
        assertThat((double) first.distinctEstimate()).isCloseTo(300, within(300 * 0.1));
    }
}
