package fr.vigie.anonymise;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.List;

/**
 * A ten-row table whose figures are computed by hand in the tests. Quasi-identifier {@code g} (hierarchy
 * value → *, 4 rows) makes classes A (3 rows), B (4), C (2), D (1); sensitive {@code s} in them:
 * A = x,x,y; B = x,y,z,z; C = y,y; D = z. Overall s: x 0.3, y 0.4, z 0.3. The policy keeps {@code s} (l-diversity
 * and t-closeness protect every released sensitive column); its hierarchy, for hierarchical t-closeness, is named
 * by the info type {@code S} (a hierarchy named by column would make it a quasi-identifier).
 */
final class HandExample {
    private HandExample() {
    }

    static DataTable table() {
        String[][] rows = {{"A", "x"}, {"A", "x"}, {"A", "y"}, {"B", "x"}, {"B", "y"}, {"B", "z"}, {"B", "z"},
            {"C", "y"}, {"C", "y"}, {"D", "z"}};
        DataTable.Builder builder = DataTable.builder(List.of("g", "s"));
        for (String[] row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    static List<ColumnInfo> columns() {
        return List.of(new ColumnInfo("g", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("s", AttributeType.SENSITIVE, "S"));
    }

    /** Runs a policy with the given privacy lines (suppression limit 90 %) and returns its report. */
    static AnonymisationReport run(Path dir, String privacy, String quality) {
        Fixtures.write(dir.resolve("g.csv"), "A;*\nB;*\nC;*\nD;*\n");
        Fixtures.write(dir.resolve("s.csv"), "x;xy;*\ny;xy;*\nz;z;*\n");
        String yaml = "id: hand\nquality: " + quality + "\nprivacy:\n  suppressionLimit: 0.9\n" + privacy
                + "columns:\n  s: {transform: keep}\nhierarchies:\n  g: {file: g.csv}\n  S: {file: s.csv}\n";
        return new Anonymiser(Fixtures.policy(dir, yaml), dir).anonymise(table(), columns(), null).report();
    }
}
