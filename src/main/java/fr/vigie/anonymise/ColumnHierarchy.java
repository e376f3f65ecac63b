package fr.vigie.anonymise;

import fr.vigie.model.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hierarchy bound to a column of a table: label codes per level for the values present in the data,
 * maps from one level to a higher one, and the per-label figures the quality models need.
 */
final class ColumnHierarchy {
    final String column;
    final Hierarchy hierarchy;
    final int levels;
    /** lift[a][b][code at level a] = code at level b, for a &lt;= b. Level 0 codes are the table's codes. */
    final int[][][] lift;
    /** labels[l][code]. */
    final String[][] labels;
    /** Share of the hierarchy's rows holding each label (ARX Loss). */
    final double[][] share;
    /** Number of records of the data holding each label. */
    final long[][] frequency;

    ColumnHierarchy(DataTable table, int column, Hierarchy given) {
        this.column = table.header().get(column);
        Hierarchy h = withMissingValue(table, column, given);
        this.hierarchy = h;
        this.levels = h.levels();
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            codes.add(new HashMap<>());
        }
        int[][] codeAt = codeAtEachLevel(table, column, h, codes);
        labels = labels(table, column, codes);
        lift = lift(codeAt, labels);
        share = shares(h, codes, labels);
        frequency = frequencies(table, column, codeAt, labels);
    }

    /**
     * codeAt[l][v]: the code at level l of the table's value v, each level's labels numbered in order of first
     * use into {@code codes}; a value the hierarchy lacks is a configuration error.
     */
    private int[][] codeAtEachLevel(DataTable table, int column, Hierarchy h, List<Map<String, Integer>> codes) {
        int cardinality = table.cardinality(column);
        int[][] codeAt = new int[levels][cardinality];
        int missing = 0;
        for (int v = 0; v < cardinality; v++) {
            String value = table.dictionaryValue(column, v);
            if (!h.contains(value)) {
                missing++;
                continue;
            }
            codeAt[0][v] = v;
            for (int l = 1; l < levels; l++) {
                Map<String, Integer> level = codes.get(l);
                codeAt[l][v] = level.computeIfAbsent(h.generalise(value, l), label -> level.size());
            }
        }
        if (missing > 0) {
            throw new ConfigException(h.file() != null ? h.file() : Path.of(h.name()), null, missing
                    + " distinct value(s) of column '" + this.column + "' are missing from the hierarchy");
        }
        return codeAt;
    }

    /** labels[l][code]: the table's values at level 0, the hierarchy's labels above. */
    private static String[][] labels(DataTable table, int column, List<Map<String, Integer>> codes) {
        String[][] labels = new String[codes.size()][];
        labels[0] = new String[table.cardinality(column)];
        for (int v = 0; v < labels[0].length; v++) {
            labels[0][v] = table.dictionaryValue(column, v);
        }
        for (int l = 1; l < codes.size(); l++) {
            labels[l] = new String[codes.get(l).size()];
            for (Map.Entry<String, Integer> e : codes.get(l).entrySet()) {
                labels[l][e.getValue()] = e.getKey();
            }
        }
        return labels;
    }

    private static int[][][] lift(int[][] codeAt, String[][] labels) {
        int levels = codeAt.length;
        int[][][] lift = new int[levels][levels][];
        for (int a = 0; a < levels; a++) {
            for (int b = a; b < levels; b++) {
                int[] map = new int[labels[a].length];
                for (int v = 0; v < codeAt[0].length; v++) {
                    map[codeAt[a][v]] = codeAt[b][v];
                }
                lift[a][b] = map;
            }
        }
        return lift;
    }

    /** The share of the hierarchy's rows holding each label (every original value is one row). */
    private static double[][] shares(Hierarchy h, List<Map<String, Integer>> codes, String[][] labels) {
        double[][] share = new double[labels.length][];
        for (int l = 0; l < labels.length; l++) {
            int[] rows = new int[labels[l].length];
            for (int r = 0; r < h.size(); r++) {
                Integer code = l == 0 ? null : codes.get(l).get(h.row(r)[l]);
                if (code != null) {
                    rows[code]++;
                }
            }
            share[l] = new double[labels[l].length];
            for (int c = 0; c < rows.length; c++) {
                share[l][c] = l == 0 ? 1.0 / h.size() : (double) rows[c] / h.size();
            }
        }
        return share;
    }

    private static long[][] frequencies(DataTable table, int column, int[][] codeAt, String[][] labels) {
        long[] counts = new long[table.cardinality(column)];
        for (int code : table.codes(column)) {
            counts[code]++;
        }
        long[][] frequency = new long[labels.length][];
        for (int l = 0; l < labels.length; l++) {
            frequency[l] = new long[labels[l].length];
            for (int v = 0; v < counts.length; v++) {
                frequency[l][codeAt[l][v]] += counts[v];
            }
        }
        return frequency;
    }

    /** Missing values absent from a hierarchy file are added as a row, empty below the top label. */
    private static Hierarchy withMissingValue(DataTable table, int column, Hierarchy h) {
        boolean hasMissing = false;
        for (int v = 0; v < table.cardinality(column) && !hasMissing; v++) {
            hasMissing = table.dictionaryValue(column, v).isEmpty();
        }
        if (!hasMissing || h.contains("")) {
            return h;
        }
        String[] row = new String[h.levels()];
        java.util.Arrays.fill(row, "");
        if (row.length > 1) {
            row[row.length - 1] = h.row(0)[row.length - 1];
        }
        return h.withRows(List.<String[]>of(row));
    }

    /** Sum over all records of the share of their label at {@code level} (the Loss aggregate without suppression). */
    double totalShare(int level) {
        double sum = 0;
        for (int c = 0; c < share[level].length; c++) {
            sum += frequency[level][c] * share[level][c];
        }
        return sum;
    }
}
