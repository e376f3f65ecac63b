package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classes and sensitive histograms rolled up from cached nodes equal those counted from the rows. */
class ClassIndexTest {
    private static final int K = 4;

    private static ClassIndex index(DataTable table) {
        List<ColumnHierarchy> qis = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            qis.add(new ColumnHierarchy(table, c, Hierarchies.interval("q" + c, table.dictionary(c),
                    List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(4)))));
        }
        return new ClassIndex(table, qis.toArray(ColumnHierarchy[]::new), List.of(new SensitiveColumn(table, 3, null)));
    }

    /** Each class's histogram of the sensitive column, keyed by the class's generalised codes. */
    private static Map<String, Map<Integer, Integer>> histograms(Partition p) {
        Map<String, Map<Integer, Integer>> result = new HashMap<>();
        Partition.Histograms h = p.histograms[0];
        for (int c = 0; c < p.size; c++) {
            int[] codes = new int[p.codes.length];
            for (int d = 0; d < codes.length; d++) {
                codes[d] = p.codes[d][c];
            }
            Map<Integer, Integer> histogram = new HashMap<>();
            for (int i = h.start[c]; i < h.start[c + 1]; i++) {
                histogram.put(h.values[i], h.counts[i]);
            }
            result.put(Arrays.toString(codes), histogram);
        }
        return result;
    }

    @Test
    void histogramsLeftOutOfANodeFailingKAreRolledUpFromAnotherSourceWhenAGeneralisationNeedsThem() {
        DataTable table = Fixtures.generated(7, 400, 3, 12, 5);
        ClassIndex index = index(table);
        Partition failing = index.partitionOf(new int[] {0, 0, 1}, false, K, 0);
        assertThat(Arrays.stream(failing.counts).anyMatch(count -> count < K)).isTrue();
        assertThat(failing.histograms).as("a node failing k alone beyond the limit").isNull();

        // Its generalisation rolls up from it (the smallest cached source), then needs histograms it cannot give.
        int[] top = {2, 2, 2};
        Partition passing = index.partitionOf(top, false, K, table.rowCount());
        assertThat(passing.histograms).isNotNull();
        assertThat(histograms(passing)).isEqualTo(histograms(index(table).partitionOf(top, false)));
        Partition middle = index.partitionOf(new int[] {1, 1, 2}, false, K, table.rowCount());
        assertThat(histograms(middle)).isEqualTo(histograms(index(table).partitionOf(new int[] {1, 1, 2}, false)));
    }
}
