package fr.vigie.bias;

import java.util.Arrays;

/** Cells indexed by two small category indices (intersections, strata), grown on demand. */
final class CellGrid {
    /** Receives each present cell with its two indices. */
    interface Visitor {
        void visit(int a, int b, Cell cell);
    }

    private Cell[][] rows = new Cell[4][];

    Cell get(int a, int b) {
        if (a >= rows.length || rows[a] == null || b >= rows[a].length) {
            return null;
        }
        return rows[a][b];
    }

    Cell getOrCreate(int a, int b) {
        if (a >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(a + 1, rows.length * 2));
        }
        Cell[] row = rows[a];
        if (row == null) {
            row = new Cell[Math.max(b + 1, 4)];
            rows[a] = row;
        } else if (b >= row.length) {
            row = Arrays.copyOf(row, Math.max(b + 1, row.length * 2));
            rows[a] = row;
        }
        Cell cell = row[b];
        if (cell == null) {
            cell = new Cell(0, false);
            row[b] = cell;
        }
        return cell;
    }

    void forEach(Visitor visitor) {
        for (int a = 0; a < rows.length; a++) {
            if (rows[a] == null) {
                continue;
            }
            for (int b = 0; b < rows[a].length; b++) {
                if (rows[a][b] != null) {
                    visitor.visit(a, b, rows[a][b]);
                }
            }
        }
    }
}
