package fr.vigie.anonymise;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The result of an anonymisation: the released columns, the released rows (computed on the fly from the
 * dictionary-encoded input, so nothing is copied) and the report. When the table did not hold every
 * released column ({@link DataTable#builder(java.util.List, java.util.Set)}), the rows are released from
 * the source rows read again in the same order ({@link #releasedRow}).
 */
public final class Anonymisation {
    /** One released column: its value for a row, given the row's source values (null when all are held). */
    interface Column {
        String value(int row, String[] source);
    }

    private final List<String> header;
    private final List<Supplier<Column>> columnSources;
    private final Release release;
    private final int rows;
    private final RowFilter released;
    private final boolean readsSource;
    private final AnonymisationReport report;

    /** Tells whether a row is released (not suppressed). */
    interface RowFilter {
        boolean released(int row);
    }

    Anonymisation(List<String> header, List<Supplier<Column>> columns, int rows, RowFilter released,
            boolean readsSource, AnonymisationReport report) {
        this.header = List.copyOf(header);
        this.columnSources = List.copyOf(columns);
        this.rows = rows;
        this.released = released;
        this.readsSource = readsSource;
        this.report = report;
        this.release = newRelease();
    }

    /**
     * Releases rows on one thread. The rows of a table may be released by several threads at once, each with a
     * release of its own: the columns transformed value by value keep a memo and a MAC that are not thread-safe.
     * A row's released values do not depend on the release that computes them.
     */
    public final class Release {
        private final Column[] columns;

        private Release() {
            this.columns = columnSources.stream().map(Supplier::get).toArray(Column[]::new);
        }

        /**
         * The released values of input row {@code row}, or null when the row is suppressed.
         *
         * @param source the row's values as read from the source (needed when some released column was not held)
         */
        public String[] releasedRow(int row, String[] source) {
            if (!released.released(row)) {
                return null;
            }
            String[] out = new String[columns.length];
            for (int c = 0; c < out.length; c++) {
                out[c] = columns[c].value(row, source);
            }
            return out;
        }
    }

    /** A release of its own, for one thread ({@link #releasedRow} is the calling thread's shared one). */
    public Release newRelease() {
        return new Release();
    }

    /** Names of the released columns, in input order (dropped columns are absent). */
    public List<String> header() {
        return header;
    }

    /** The number of input rows, released or not. */
    public int rowCount() {
        return rows;
    }

    /**
     * Gives each released row, in input order, to {@code sink}; suppressed rows are not released.
     *
     * @throws IllegalStateException when some released column was not held in the table: use
     *                               {@link #releasedRow} with the source rows
     */
    public void forEachReleasedRow(Consumer<String[]> sink) {
        if (readsSource) {
            throw new IllegalStateException("some released columns were not loaded: release from the source rows");
        }
        for (int r = 0; r < rows; r++) {
            String[] out = releasedRow(r, null);
            if (out != null) {
                sink.accept(out);
            }
        }
    }

    /**
     * The released values of input row {@code row}, or null when the row is suppressed. Not thread-safe: threads
     * that release rows at once take a {@link #newRelease()} each.
     *
     * @param source the row's values as read from the source (needed when some released column was not held)
     */
    public String[] releasedRow(int row, String[] source) {
        return release.releasedRow(row, source);
    }

    public AnonymisationReport report() {
        return report;
    }
}
