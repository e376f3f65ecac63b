package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSamplerTest {

    private static ColumnSampler fill(int rows, int sampleSize) {
        ColumnSampler sampler = new ColumnSampler(List.of("a", "b"), sampleSize);
        for (int i = 0; i < rows; i++) {
            sampler.accept(new String[] {"v" + i, i % 3 == 0 ? " " : "w" + i});
        }
        return sampler;
    }

    @Test
    void keepsAtMostTheSampleSizeOfNonNullValues() {
        ColumnSampler sampler = fill(1000, 100);
        assertThat(sampler.rows()).isEqualTo(1000);
        assertThat(sampler.sample(0)).hasSize(100);
        assertThat(sampler.nonNullCount(0)).isEqualTo(1000);
        assertThat(sampler.nonNullCount(1)).isEqualTo(666);
        assertThat(sampler.sample(1)).hasSize(100).noneMatch(String::isBlank);
    }

    @Test
    void sampleIsDeterministicAndSpreadOverTheWholeColumn() {
        List<String> first = fill(10_000, 100).sample(0);
        assertThat(fill(10_000, 100).sample(0)).isEqualTo(first);
        long late = first.stream().filter(v -> Integer.parseInt(v.substring(1)) >= 5000).count();
        assertThat(late).as("reservoir sampling keeps values from the second half").isGreaterThan(20);
    }

    @Test
    void keepsEveryValueWhileUnderTheSampleSize() {
        ColumnSampler sampler = fill(50, 100);
        assertThat(sampler.sample(0)).hasSize(50).startsWith("v0", "v1");
    }

    @Test
    void shortRowsCountAsNullAndExtraCellsAreIgnored() {
        ColumnSampler sampler = new ColumnSampler(List.of("a", "b"), 10);
        sampler.accept(new String[] {"x"});
        sampler.accept(new String[] {"y", "z", "extra"});
        sampler.accept(new String[] {null, ""});
        assertThat(sampler.sample(0)).containsExactly("x", "y");
        assertThat(sampler.sample(1)).containsExactly("z");
        assertThat(sampler.rows()).isEqualTo(3);
    }

    @Test
    void marksOfAMissingValueAreNotValues() {
        ColumnSampler sampler = new ColumnSampler(List.of("a"), 10);
        for (String cell : List.of("-", "n/a", "NULL", "#N/A", "--", "0cb2d3", "x-1")) {
            sampler.accept(new String[] {cell});
        }
        assertThat(sampler.sample(0)).containsExactly("0cb2d3", "x-1");
    }

    @Test
    void keepsABoundedDeterministicSampleOfWholeRowsSpreadOverTheFile() {
        ColumnSampler sampler = new ColumnSampler(List.of("a", "b"), 100, 50);
        ColumnSampler again = new ColumnSampler(List.of("a", "b"), 100, 50);
        for (int i = 0; i < 10_000; i++) {
            String[] row = {"v" + i, "w" + i};
            sampler.accept(row);
            again.accept(row.clone());
        }
        assertThat(sampler.rowSample()).hasSize(50).isEqualTo(again.rowSample());
        // The cells of a kept row stay together: each row is one line of the file, whatever was drawn.
        assertThat(sampler.rowSample()).allMatch(r -> r.get(1).equals("w" + r.get(0).substring(1)));
        assertThat(sampler.rowSample()).anyMatch(r -> Integer.parseInt(r.get(0).substring(1)) >= 5000);
    }

    @Test
    void keepingRowsLeavesTheColumnSamplesAsTheyWere() {
        ColumnSampler rows = new ColumnSampler(List.of("a", "b"), 100, 30);
        ColumnSampler none = fill(10_000, 100);
        for (int i = 0; i < 10_000; i++) {
            rows.accept(new String[] {"v" + i, i % 3 == 0 ? " " : "w" + i});
        }
        assertThat(rows.sample(0)).isEqualTo(none.sample(0));
        assertThat(rows.sample(1)).isEqualTo(none.sample(1));
        assertThat(none.rowSample()).isEmpty();
    }

    @Test
    void aKeptRowHoldsNullForBlankMissingOrAbsentCells() {
        ColumnSampler sampler = new ColumnSampler(List.of("a", "b", "c"), 10, 10);
        String[] row = {" ", "n/a", null};
        sampler.accept(new String[] {"x", " "});
        sampler.accept(row);
        row[0] = "changed by the reader";
        assertThat(sampler.rowSample().get(0)).containsExactly("x", null, null);
        assertThat(sampler.rowSample().get(1)).containsExactly(null, null, null);
    }

    @Test
    void describesItselfWithoutValues() {
        assertThat(fill(10, 5).toString()).doesNotContain("v1").contains("rows=10");
    }
}
