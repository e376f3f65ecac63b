package fr.vigie.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Profiles a table while it streams by: feed every accepted row to {@link #accept}, then call
 * {@link #finish}. Memory is bounded per column whatever the number of rows. Profilers of the
 * partitions of one dataset combine with {@link #merge}. Not thread-safe: one per thread.
 */
public final class Profiler {
    private final List<String> header;
    private final ColumnStats[] columns;
    private long rows;

    /** A profiler for a table with these column names. */
    public Profiler(List<String> header) {
        this.header = List.copyOf(header);
        this.columns = new ColumnStats[header.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnStats();
        }
    }

    /** Takes one row; missing trailing values count as nulls, extra ones are ignored. */
    public void accept(String[] values) {
        rows++;
        int n = Math.min(values.length, columns.length);
        for (int i = 0; i < n; i++) {
            columns[i].accept(values[i]);
        }
        for (int i = n; i < columns.length; i++) {
            columns[i].accept(null);
        }
    }

    /** Rows taken so far (including merged ones). */
    public long rows() {
        return rows;
    }

    /**
     * Adds the rows another profiler has seen (a partition of the same table) to this one.
     *
     * @throws IllegalArgumentException when the headers differ
     */
    public Profiler merge(Profiler other) {
        if (!header.equals(other.header)) {
            throw new IllegalArgumentException("cannot merge profiles of tables with different columns");
        }
        rows += other.rows;
        for (int i = 0; i < columns.length; i++) {
            columns[i].merge(other.columns[i]);
        }
        return this;
    }

    /** The profile of everything seen so far (the profiler may go on accepting rows afterwards). */
    public DatasetProfile finish() {
        List<ColumnProfile> profiles = new ArrayList<>(columns.length);
        for (int i = 0; i < columns.length; i++) {
            profiles.add(columns[i].profile(header.get(i), rows));
        }
        return new DatasetProfile(rows, profiles);
    }
}
