package fr.vigie.anonymise;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generalisation hierarchy in ARX's shape: one row per original value, one column per level, level 0
 * being the value itself and the last level usually {@code *}. Rows may list values absent from the data:
 * they still count in {@link #size()}, which ARX's Loss model uses.
 *
 * <p>Validated on creation: rows of equal length, each original value listed once, and every label of a
 * level mapping to a single label of the next level (otherwise generalisation would not be a function).
 * Error messages name the file (or builder) and the line, never a value.
 */
public final class Hierarchy {
    private final String name;
    private final Path file;
    private final List<String[]> rows;
    private final Map<String, Integer> rowOf;

    private Hierarchy(String name, Path file, List<String[]> rows) {
        this.name = name;
        this.file = file;
        this.rows = rows;
        this.rowOf = new HashMap<>(rows.size() * 2);
        validate();
    }

    /** Reads an ARX hierarchy file: UTF-8, {@code ;}-separated, no header. */
    public static Hierarchy load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, null, "hierarchy file not found");
        } catch (IOException e) {
            throw new ConfigException(file, null, "cannot read hierarchy: " + e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        return new Hierarchy(file.getFileName().toString(), file, rows);
    }

    /** A hierarchy built in memory (by a builder); {@code name} appears in error messages and reports. */
    public static Hierarchy of(String name, List<String[]> rows) {
        return new Hierarchy(name, null, List.copyOf(rows));
    }

    private void validate() {
        if (rows.isEmpty()) {
            throw error("hierarchy has no rows");
        }
        int width = rows.get(0).length;
        List<Map<String, String>> parents = new ArrayList<>();
        for (int level = 0; level < width - 1; level++) {
            parents.add(new HashMap<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row.length != width) {
                throw error("line " + (i + 1) + " has " + row.length + " levels, line 1 has " + width
                        + " (all rows must have the same number of levels)");
            }
            if (rowOf.putIfAbsent(row[0], i) != null) {
                throw error("line " + (i + 1) + " repeats the original value of line " + (rowOf.get(row[0]) + 1));
            }
            checkOneParentPerLabel(row, i, parents);
        }
    }

    /** A label of a level maps to one label of the next level, whatever the row. */
    private void checkOneParentPerLabel(String[] row, int i, List<Map<String, String>> parents) {
        for (int level = 0; level < row.length - 1; level++) {
            String previous = parents.get(level).putIfAbsent(row[level], row[level + 1]);
            if (previous != null && !previous.equals(row[level + 1])) {
                throw error("line " + (i + 1) + ": the label at level " + level
                        + " maps to two different labels at level " + (level + 1));
            }
        }
    }

    private ConfigException error(String problem) {
        return new ConfigException(file != null ? file : Path.of(name), null, problem);
    }

    /** The name shown in reports (file name or builder name). */
    public String name() {
        return name;
    }

    /** The file it was read from, or null for a built hierarchy. */
    public Path file() {
        return file;
    }

    /** Number of levels, including level 0 (the original values). */
    public int levels() {
        return rows.get(0).length;
    }

    /** Number of rows (|H| in ARX's Loss model). */
    public int size() {
        return rows.size();
    }

    /** Whether the hierarchy lists this original value. */
    public boolean contains(String value) {
        return rowOf.containsKey(value);
    }

    /** The label of {@code value} at {@code level}, or null when the value is not in the hierarchy. */
    public String generalise(String value, int level) {
        Integer row = rowOf.get(value);
        return row == null ? null : rows.get(row)[level];
    }

    /** A copy of row {@code index}. */
    public String[] row(int index) {
        return rows.get(index).clone();
    }

    /** This hierarchy with extra rows appended (used for missing values absent from a file). */
    Hierarchy withRows(List<String[]> extra) {
        List<String[]> all = new ArrayList<>(rows);
        all.addAll(extra);
        return new Hierarchy(name, file, all);
    }
}
