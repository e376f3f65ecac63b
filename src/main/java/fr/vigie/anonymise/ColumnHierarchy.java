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
        int cardinality = table.cardinality(column);
        int[][] codeAt = new int[levels][cardinality];
        labels = new String[levels][];
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            codes.add(new HashMap<>());
        }
        int missing = 0;
        int firstMissing = -1;
        for (int v = 0; v < cardinality; v++) {
            String value = table.dictionaryValue(column, v);
            if (!h.contains(value)) {
                missing++;
                firstMissing = firstMissing < 0 ? v : firstMissing;
                continue;
            }
            codeAt[0][v] = v;
            for (int l = 1; l < levels; l++) {
                Map<String, Integer> map = codes.get(l);
                String label = h.generalise(value, l);
                Integer code = map.get(label);
                if (code == null) {
                    code = map.size();
                    map.put(label, code);
                }
                codeAt[l][v] = code;
            }
        }
        if (missing > 0) {
            throw new ConfigException(h.file() != null ? h.file() : Path.of(h.name()), null, missing
                    + " distinct value(s) of column '" + this.column + "' are missing from the hierarchy");
        }
        labels[0] = new String[cardinality];
        for (int v = 0; v < cardinality; v++) {
            labels[0][v] = table.dictionaryValue(column, v);
        }
        for (int l = 1; l < levels; l++) {
            labels[l] = new String[codes.get(l).size()];
            for (Map.Entry<String, Integer> e : codes.get(l).entrySet()) {
                labels[l][e.getValue()] = e.getKey();
            }
        }
        lift = new int[levels][levels][];
        for (int a = 0; a < levels; a++) {
            for (int b = a; b < levels; b++) {
                int[] map = new int[labels[a].length];
                for (int v = 0; v < cardinality; v++) {
                    map[codeAt[a][v]] = codeAt[b][v];
                }
                lift[a][b] = map;
            }
        }
        share = new double[levels][];
        for (int l = 0; l < levels; l++) {
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
        long[] counts = new long[cardinality];
        for (int code : table.codes(column)) {
            counts[code]++;
        }
        frequency = new long[levels][];
        for (int l = 0; l < levels; l++) {
            frequency[l] = new long[labels[l].length];
            for (int v = 0; v < cardinality; v++) {
                frequency[l][codeAt[l][v]] += counts[v];
            }
        }
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
