package fr.vigie.anonymise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * Rows encoded apart from the table ({@link Builder#encode}): a value the table held when they were encoded has its
     * code in the table; any other has a code of the part's own, {@code -1 - i} for the {@code i}-th value of the
     * part's dictionary of the column, which lists them in the order they first appear in these rows.
     */
    public static final class Part {
        private final int rows;
        private final int[][] codes;
        private final String[][] dictionaries;

        private Part(int rows, int[][] codes, String[][] dictionaries) {
            this.rows = rows;
            this.codes = codes;
            this.dictionaries = dictionaries;
        }

        public int rowCount() {
            return rows;
        }
    }

    /**
     * Collects rows; not thread-safe, except {@link #encode(long, List)}, which only reads the dictionaries (concurrent
     * maps, so that a thread encoding a part finds most values there, as one thread adding rows would).
     */
    public static final class Builder {
        private final List<String> header;
        private final List<Map<String, Integer>> lookups = new ArrayList<>();
        private final List<List<String>> values = new ArrayList<>();
        private final int[][] codes;
        /** Which columns are held: set once, read by {@link #encode(long, List)} on any thread. */
        private final boolean[] loaded;
        private int capacity = 1024;
        private int rows;

        private Builder(List<String> header, Set<String> loaded) {
            if (header.isEmpty() || header.stream().distinct().count() != header.size()) {
                throw new IllegalArgumentException("header must be non-empty with unique column names");
            }
            this.header = List.copyOf(header);
            this.codes = new int[header.size()][];
            this.loaded = new boolean[header.size()];
            for (int c = 0; c < header.size(); c++) {
                boolean load = loaded.contains(header.get(c));
                this.loaded[c] = load;
                codes[c] = load ? new int[1024] : null;
                lookups.add(load ? new ConcurrentHashMap<>() : null);
                values.add(load ? new ArrayList<>() : null);
            }
        }

        /** Adds a row; a null cell, or a row shorter than the header, is read as missing values. */
        public Builder add(String[] row) {
            requireFits(row, rows);
            ensureCapacity(rows + 1);
            for (int c = 0; c < codes.length; c++) {
                if (codes[c] != null) {
                    codes[c][rows] = encode(c, cell(row, c));
                }
            }
            rows++;
            return this;
        }

        /**
         * Encodes rows for {@link #add(Part)}, the values the table does not hold yet with dictionaries of their own.
         * Several threads may encode parts of one table at once, while another adds parts.
         *
         * @param firstRow the index (0-based) the first of {@code rows} will have in the table, to name a bad row
         */
        public Part encode(long firstRow, List<String[]> rows) {
            int[][] partCodes = new int[loaded.length][];
            List<List<String>> partValues = new ArrayList<>();
            List<Map<String, Integer>> partLookups = new ArrayList<>();
            for (int c = 0; c < loaded.length; c++) {
                partCodes[c] = loaded[c] ? new int[rows.size()] : null;
                partValues.add(loaded[c] ? new ArrayList<>() : null);
                partLookups.add(loaded[c] ? new HashMap<>() : null);
            }
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                requireFits(row, firstRow + r);
                for (int c = 0; c < loaded.length; c++) {
                    if (loaded[c]) {
                        String cell = cell(row, c);
                        Integer code = lookups.get(c).get(cell);
                        partCodes[c][r] = code != null ? code : -1 - code(partLookups.get(c), partValues.get(c), cell);
                    }
                }
            }
            String[][] dictionaries = new String[loaded.length][];
            for (int c = 0; c < loaded.length; c++) {
                dictionaries[c] = loaded[c] ? partValues.get(c).toArray(String[]::new) : null;
            }
            return new Part(rows.size(), partCodes, dictionaries);
        }

        /**
         * Adds the rows of a part after those added so far. Parts added in the order of their rows make the table of
         * their rows added one by one, the same codes: a code the table gave before the part was encoded came from
         * earlier rows, and the part's own dictionary lists the other values in the order they first appear in it,
         * so a value new to the table takes its next code where it would have taken it row by row.
         */
        public Builder add(Part part) {
            ensureCapacity(rows + part.rows);
            for (int c = 0; c < codes.length; c++) {
                if (codes[c] != null) {
                    String[] dictionary = part.dictionaries[c];
                    int[] global = new int[dictionary.length];
                    for (int v = 0; v < dictionary.length; v++) {
                        global[v] = encode(c, dictionary[v]);
                    }
                    int[] local = part.codes[c];
                    int[] to = codes[c];
                    for (int r = 0; r < part.rows; r++) {
                        int code = local[r];
                        to[rows + r] = code >= 0 ? code : global[-1 - code];
                    }
                }
            }
            rows += part.rows;
            return this;
        }

        private void requireFits(String[] row, long index) {
            if (row.length > header.size()) {
                throw new IllegalArgumentException("row " + (index + 1) + " has " + row.length
                        + " cells for " + header.size() + " columns");
            }
        }

        private static String cell(String[] row, int column) {
            return column < row.length && row[column] != null ? row[column] : "";
        }

        private void ensureCapacity(int wanted) {
            if (wanted > capacity) {
                capacity = (int) Math.max(wanted, Math.min(Integer.MAX_VALUE - 8, rows + (long) rows / 2 + 1));
                for (int c = 0; c < codes.length; c++) {
                    codes[c] = codes[c] == null ? null : Arrays.copyOf(codes[c], capacity);
                }
            }
        }

        private int encode(int column, String cell) {
            return code(lookups.get(column), values.get(column), cell);
        }

        /** The code of {@code cell} in a dictionary, which takes it with the next code if new. */
        private static int code(Map<String, Integer> lookup, List<String> values, String cell) {
            Integer code = lookup.get(cell);
            if (code == null) {
                code = values.size();
                lookup.put(cell, code);
                values.add(cell);
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
