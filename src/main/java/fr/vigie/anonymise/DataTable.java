package fr.vigie.anonymise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable in-memory table stored column by column, each column dictionary-encoded: a cell is an
 * int code into the column's dictionary of distinct values. Ten million rows of six low-cardinality
 * columns take about 240 MB. The empty string stands for a missing value. A table may hold only some of
 * its columns ({@link #builder(List, Set)}): the others are known by name, their values are not kept.
 */
public final class DataTable {
    private final List<String> header;
    private final int rows;
    private final int[][] codes;
    private final String[][] dictionaries;

    private DataTable(List<String> header, int rows, int[][] codes, String[][] dictionaries) {
        this.header = header;
        this.rows = rows;
        this.codes = codes;
        this.dictionaries = dictionaries;
    }

    /** Starts a table with these column names (unique), keeping the values of every column. */
    public static Builder builder(List<String> header) {
        return new Builder(header, Set.copyOf(header));
    }

    /**
     * Starts a table with these column names (unique) that keeps the values of the {@code loaded} columns only:
     * a column whose values a caller will read again from its source need not be held in memory.
     */
    public static Builder builder(List<String> header, Set<String> loaded) {
        return new Builder(header, loaded);
    }

    /** Whether the values of a column are held (see {@link #builder(List, Set)}). */
    public boolean isLoaded(int column) {
        return codes[column] != null;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows;
    }

    public int columnCount() {
        return header.size();
    }

    /** The index of a column, or -1. */
    public int columnIndex(String name) {
        return header.indexOf(name);
    }

    /** The dictionary code of a cell. */
    public int code(int row, int column) {
        return codes[column][row];
    }

    /**
     * The value of a cell ("" when missing).
     *
     * @throws IllegalStateException when the column's values are not held
     */
    public String value(int row, int column) {
        return dictionaries[loaded(column)][codes[column][row]];
    }

    private int loaded(int column) {
        if (!isLoaded(column)) {
            throw new IllegalStateException("column '" + header.get(column) + "' was not loaded");
        }
        return column;
    }

    /** Number of distinct values of a column. */
    public int cardinality(int column) {
        return dictionaries[loaded(column)].length;
    }

    /** The distinct value with this code. */
    public String dictionaryValue(int column, int code) {
        return dictionaries[loaded(column)][code];
    }

    /** The distinct values of a column, indexed by code (a copy). */
    public List<String> dictionary(int column) {
        return List.of(dictionaries[loaded(column)]);
    }

    /** Read-only access to a column's codes, for the engine (never modified). */
    int[] codes(int column) {
        return codes[loaded(column)];
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private final List<String> header;
        private final List<Map<String, Integer>> lookups = new ArrayList<>();
        private final List<List<String>> values = new ArrayList<>();
        private final int[][] codes;
        private int capacity = 1024;
        private int rows;

        private Builder(List<String> header, Set<String> loaded) {
            if (header.isEmpty() || header.stream().distinct().count() != header.size()) {
                throw new IllegalArgumentException("header must be non-empty with unique column names");
            }
            this.header = List.copyOf(header);
            this.codes = new int[header.size()][];
            for (int c = 0; c < header.size(); c++) {
                boolean load = loaded.contains(header.get(c));
                codes[c] = load ? new int[1024] : null;
                lookups.add(load ? new HashMap<>() : null);
                values.add(load ? new ArrayList<>() : null);
            }
        }

        /** Adds a row; a null cell, or a row shorter than the header, is read as missing values. */
        public Builder add(String[] row) {
            if (row.length > header.size()) {
                throw new IllegalArgumentException("row " + (rows + 1) + " has " + row.length
                        + " cells for " + header.size() + " columns");
            }
            if (rows == capacity) {
                capacity = (int) Math.min(Integer.MAX_VALUE - 8, rows + (long) rows / 2 + 1);
                for (int c = 0; c < codes.length; c++) {
                    codes[c] = codes[c] == null ? null : Arrays.copyOf(codes[c], capacity);
                }
            }
            for (int c = 0; c < codes.length; c++) {
                if (codes[c] != null) {
                    String cell = c < row.length && row[c] != null ? row[c] : "";
                    codes[c][rows] = encode(c, cell);
                }
            }
            rows++;
            return this;
        }

        private int encode(int column, String cell) {
            Map<String, Integer> lookup = lookups.get(column);
            Integer code = lookup.get(cell);
            if (code == null) {
                code = lookup.size();
                lookup.put(cell, code);
                values.get(column).add(cell);
            }
            return code;
        }

        public DataTable build() {
            int[][] trimmed = new int[codes.length][];
            String[][] dictionaries = new String[codes.length][];
            for (int c = 0; c < codes.length; c++) {
                trimmed[c] = codes[c] == null ? null : Arrays.copyOf(codes[c], rows);
                dictionaries[c] = codes[c] == null ? null : values.get(c).toArray(String[]::new);
            }
            return new DataTable(header, rows, trimmed, dictionaries);
        }
    }
}
