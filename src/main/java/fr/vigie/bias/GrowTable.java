package fr.vigie.bias;

/** A sparse-ish table of counts whose rows and columns grow on demand (rows allocated lazily). */
final class GrowTable {
    private long[][] rows = new long[8][];

    void add(int row, int col, long count) {
        if (row >= rows.length) {
            rows = java.util.Arrays.copyOf(rows, Math.max(row + 1, rows.length * 2));
        }
        long[] r = rows[row];
        if (r == null) {
            r = new long[Math.max(col + 1, 4)];
            rows[row] = r;
        } else if (col >= r.length) {
            r = java.util.Arrays.copyOf(r, Math.max(col + 1, r.length * 2));
            rows[row] = r;
        }
        r[col] += count;
    }

    long get(int row, int col) {
        if (row >= rows.length || rows[row] == null || col >= rows[row].length) {
            return 0;
        }
        return rows[row][col];
    }

    int rowCount() {
        return rows.length;
    }

    /** Columns used in {@code row} (0 when the row is empty). */
    int width(int row) {
        return row >= rows.length || rows[row] == null ? 0 : rows[row].length;
    }

    /** Adds {@code other} into this table through index maps (null map = identity). */
    void merge(GrowTable other, int[] rowMap, int[] colMap) {
        for (int i = 0; i < other.rows.length; i++) {
            long[] r = other.rows[i];
            if (r == null) {
                continue;
            }
            for (int j = 0; j < r.length; j++) {
                if (r[j] != 0) {
                    add(rowMap == null ? i : rowMap[i], colMap == null ? j : colMap[j], r[j]);
                }
            }
        }
    }
}
