package fr.vigie.anonymise;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Shared test data: the Adult reference set, generated tables, policies written to temp dirs. */
final class Fixtures {
    static final Path ADULT = Path.of("src/test/resources/reference/adult");
    static final List<String> ADULT_COLUMNS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation", "salary-class");

    private Fixtures() {
    }

    /** Reads a ';'-separated file with a header row. */
    static DataTable readCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            DataTable.Builder builder = DataTable.builder(Arrays.asList(lines.get(0).split(";", -1)));
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isEmpty()) {
                    builder.add(line.split(";", -1));
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataTable adult() {
        return readCsv(ADULT.resolve("adult.csv"));
    }

    /** All columns of {@code table} with the same attribute type. */
    static List<ColumnInfo> all(DataTable table, AttributeType type) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (String name : table.header()) {
            columns.add(new ColumnInfo(name, type, null));
        }
        return columns;
    }

    /** The Adult policy with the Loss quality model: every attribute a quasi-identifier with ARX's hierarchy file. */
    static String adultPolicy(int k, double suppression, String extraPrivacy) {
        return adultPolicy(k, suppression, extraPrivacy, "loss", null);
    }

    /** The Adult policy: ARX's hierarchy file for every attribute but {@code withoutHierarchy} (may be null). */
    static String adultPolicy(int k, double suppression, String extraPrivacy, String quality,
            String withoutHierarchy) {
        StringBuilder yaml = new StringBuilder("id: adult\nquality: " + quality + "\nprivacy:\n  k: " + k
                + "\n  suppressionLimit: " + suppression + "\n" + extraPrivacy + "hierarchies:\n");
        for (String column : ADULT_COLUMNS) {
            if (column.equals(withoutHierarchy)) {
                continue;
            }
            yaml.append("  ").append(column).append(": {file: '")
                    .append(ADULT.resolve("adult_hierarchy_" + column + ".csv").toAbsolutePath()).append("'}\n");
        }
        return yaml.toString();
    }

    static Policy policy(Path dir, String yaml) {
        try {
            Path file = dir.resolve("policy-" + Math.abs(yaml.hashCode()) + ".yml");
            Files.writeString(file, yaml);
            return Policy.load(file, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random table with columns q0..q(n-1) of small integer codes and a sensitive column s. */
    static DataTable generated(long seed, int rows, int qis, int cardinality, int sensitiveValues) {
        Random random = new Random(seed);
        List<String> header = new ArrayList<>();
        for (int q = 0; q < qis; q++) {
            header.add("q" + q);
        }
        header.add("s");
        DataTable.Builder builder = DataTable.builder(header);
        for (int r = 0; r < rows; r++) {
            String[] row = new String[qis + 1];
            for (int q = 0; q < qis; q++) {
                // Skewed values so that some classes are rare.
                row[q] = String.valueOf((int) Math.floor(Math.pow(random.nextDouble(), 2) * cardinality));
            }
            row[qis] = "v" + random.nextInt(sensitiveValues);
            builder.add(row);
        }
        return builder.build();
    }
}
