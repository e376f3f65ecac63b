package fr.vigie.anonymise;

import java.util.List;
import java.util.function.Consumer;

/**
 * The result of an anonymisation: the released columns, the released rows (computed on the fly from the
 * dictionary-encoded input, so nothing is copied) and the report.
 */
public final class Anonymisation {
    /** One released column: its value for a row. */
    interface Column {
        String value(int row);
    }

    private final List<String> header;
    private final List<Column> columns;
    private final int rows;
    private final RowFilter released;
    private final AnonymisationReport report;

    /** Tells whether a row is released (not suppressed). */
    interface RowFilter {
        boolean released(int row);
    }

    Anonymisation(List<String> header, List<Column> columns, int rows, RowFilter released,
            AnonymisationReport report) {
        this.header = List.copyOf(header);
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.released = released;
        this.report = report;
    }

    /** Names of the released columns, in input order (dropped columns are absent). */
    public List<String> header() {
        return header;
    }

    /** Gives each released row, in input order, to {@code sink}; suppressed rows are not released. */
    public void forEachReleasedRow(Consumer<String[]> sink) {
        Column[] cols = columns.toArray(Column[]::new);
        for (int r = 0; r < rows; r++) {
            if (released.released(r)) {
                String[] out = new String[cols.length];
                for (int c = 0; c < cols.length; c++) {
                    out[c] = cols[c].value(r);
                }
                sink.accept(out);
            }
        }
    }

    public AnonymisationReport report() {
        return report;
    }
}
