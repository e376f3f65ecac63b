package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact ties in the quality are broken by the documented rule, whatever the order of rows or columns: lower total
 * level, then lower level relative to each hierarchy's height (ARX's Flash order), then more distinct values kept.
 */
class TieRuleTest {
    @TempDir
    Path dir;

    /**
     * Four people, no two alike: k=2 needs a level of one column. {@code deep} has three levels (a, b → x → *),
     * {@code flat} two (c, d → *). [deep 1, flat 0] and [deep 0, flat 1] both make two classes of two: the same
     * discernibility (8), the same total level (1).
     */
    private AnonymisationReport run(boolean flatFirst, long shuffle, String quality) {
        Fixtures.write(dir.resolve("deep.csv"), "a;x;*\nb;x;*\n");
        Fixtures.write(dir.resolve("flat.csv"), "c;*\nd;*\n");
        List<String[]> rows = new ArrayList<>(List.of(new String[] {"a", "c"}, new String[] {"b", "d"},
                new String[] {"a", "d"}, new String[] {"b", "c"}));
        Collections.shuffle(rows, new Random(shuffle));
        DataTable.Builder builder = DataTable.builder(flatFirst ? List.of("flat", "deep") : List.of("deep", "flat"));
        for (String[] row : rows) {
            builder.add(flatFirst ? new String[] {row[1], row[0]} : row);
        }
        DataTable table = builder.build();
        Policy policy = Fixtures.policy(dir, "id: tie\nquality: " + quality + "\nprivacy: {k: 2}\nhierarchies:\n"
                + "  deep: {file: deep.csv}\n  flat: {file: flat.csv}\n");
        return new Anonymiser(policy, dir).anonymise(table, Fixtures.all(table, AttributeType.QUASI_IDENTIFYING),
                null).report();
    }

    @Test
    void equalQualityAndLevelGoesToTheLowerLevelRelativeToHierarchyHeight() {
        for (boolean flatFirst : new boolean[] {false, true}) {
            for (long shuffle = 0; shuffle < 4; shuffle++) {
                AnonymisationReport report = run(flatFirst, shuffle, "discernibility");
                assertThat(report.utility().discernibility()).isEqualTo(8.0);
                assertThat(report.transformation()).as("flat first %s, shuffle %d", flatFirst, shuffle)
                        .containsEntry("deep", 1).containsEntry("flat", 0);
            }
        }
    }

    @Test
    void averageClassSizeTiesFollowTheSameRule() {
        AnonymisationReport report = run(true, 7, "average-class-size");
        assertThat(report.utility().averageClassSize()).isEqualTo(2.0);
        assertThat(report.transformation()).containsEntry("deep", 1).containsEntry("flat", 0);
    }
}
