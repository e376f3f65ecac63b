package fr.vigie.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Profiles a table while it streams by: feed every accepted row to {@link #accept}, then call
 * {@link #finish}. Memory is bounded whatever the number of rows, and whatever the number of columns:
 * each column's statistics stay within {@link ColumnStats.Limits} chosen so that all of them together
 * stay within {@link #MEMORY_BUDGET_BYTES} (a table of many columns gets smaller per-column limits).
 * Profilers of the partitions of one dataset combine with {@link #merge}.
 *
 * <p>Rows are profiled in batches on a background thread, so that on a machine with two cores
 * profiling overlaps the parsing of the next rows instead of adding to it; at most
 * {@value #MAX_BATCHES_IN_FLIGHT} batches of at most {@value #BATCH_ROWS} rows and
 * {@value #BATCH_CELLS} cells wait, which keeps memory flat. The class itself is not thread-safe: one
 * thread calls it.
 */
public final class Profiler {
    static final int BATCH_ROWS = 1024;
    static final int BATCH_CELLS = 64 * 1024;
    static final int MAX_BATCHES_IN_FLIGHT = 4;
    /** The most the statistics of all columns together may hold. */
    public static final long MEMORY_BUDGET_BYTES = 64L * 1024 * 1024;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vigie-profiler");
        thread.setDaemon(true);
        return thread;
    });

    private final List<String> header;
    private final ColumnStats[] columns;
    private final ColumnStats.Limits limits;
    private final int batchRows;
    private long rows;
    private String[][] batch;
    private int batchSize;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private final ArrayDeque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();

    /** A profiler for a table with these column names. */
    public Profiler(List<String> header) {
        this.header = List.copyOf(header);
        this.columns = new ColumnStats[header.size()];
        this.limits = ColumnStats.Limits.within(MEMORY_BUDGET_BYTES / Math.max(1, header.size()));
        NameTokens names = NameTokens.of(this.header);
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ColumnStats(limits, names);
        }
        this.batchRows = Math.max(1, Math.min(BATCH_ROWS, BATCH_CELLS / Math.max(1, header.size())));
        this.batch = new String[batchRows][];
    }

    /** The most bytes the statistics of all columns can reach together (at most about {@link #MEMORY_BUDGET_BYTES}). */
    long worstCaseBytes() {
        return limits.worstCaseBytes() * columns.length;
    }

    /** The limits each column's statistics keep to. */
    ColumnStats.Limits limits() {
        return limits;
    }

    /**
     * Takes one row; missing trailing values count as nulls, extra ones are ignored. The array is
     * read later, on the profiling thread: the caller must not change it afterwards (the readers
     * return a new array for every row).
     */
    public void accept(String[] values) {
        rows++;
        batch[batchSize++] = values;
        if (batchSize == batchRows) {
            dispatch();
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
        drain();
        other.drain();
        rows += other.rows;
        for (int i = 0; i < columns.length; i++) {
            columns[i].merge(other.columns[i]);
        }
        return this;
    }

    /** The profile of everything seen so far (the profiler may go on accepting rows afterwards). */
    public DatasetProfile finish() {
        drain();
        List<ColumnProfile> profiles = new ArrayList<>(columns.length);
        for (int i = 0; i < columns.length; i++) {
            profiles.add(columns[i].profile(header.get(i), rows));
        }
        return new DatasetProfile(rows, profiles);
    }

    private void dispatch() {
        String[][] full = batch;
        int size = batchSize;
        batch = new String[batchRows][];
        batchSize = 0;
        while (inFlight.size() >= MAX_BATCHES_IN_FLIGHT) {
            await(inFlight.poll());
        }
        // chained: batches are profiled one after the other, in order, never two at once
        last = last.thenRunAsync(() -> profile(full, size), WORKERS);
        inFlight.add(last);
    }

    /** Profiles what is pending and waits for it, so that the statistics are complete and visible. */
    private void drain() {
        if (batchSize > 0) {
            dispatch();
        }
        await(last);
        inFlight.clear();
    }

    private void profile(String[][] rowsOfBatch, int size) {
        int width = columns.length;
        for (int r = 0; r < size; r++) {
            String[] values = rowsOfBatch[r];
            int n = Math.min(values.length, width);
            for (int i = 0; i < n; i++) {
                columns[i].accept(values[i]);
            }
            for (int i = n; i < width; i++) {
                columns[i].accept(null);
            }
        }
    }

    private static void await(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
