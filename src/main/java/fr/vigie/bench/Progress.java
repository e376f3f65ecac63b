package fr.vigie.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines for long runs: at most one every {@code interval}, and none at all during the first
 * interval, so a short run stays quiet. Counting is cheap enough to call once per row.
 */
public final class Progress {
    private static final long CHECK_EVERY = 1 << 16;

    private final PrintStream out;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos = startNanos;
    private String phase = "";
    private String unit = "rows";
    private long phaseStartNanos = startNanos;
    private long done;
    private long total;

    private Progress(PrintStream out, double intervalSeconds) {
        this.out = out;
        this.intervalNanos = (long) (intervalSeconds * 1e9);
    }

    /** Lines to {@code out} every {@code intervalSeconds} once a run has lasted that long. */
    public static Progress to(PrintStream out, double intervalSeconds) {
        return new Progress(out, intervalSeconds);
    }

    /** No progress lines at all. */
    public static Progress quiet() {
        return new Progress(null, Double.MAX_VALUE / 1e10);
    }

    /** A new phase of the run over {@code total} rows (0 when unknown). Said at once when the run is already long. */
    public void phase(String name, long total) {
        phase(name, total, "rows");
    }

    /** A new phase counted in {@code unit} (rows, bytes...). */
    public void phase(String name, long total, String unit) {
        this.phase = name;
        this.unit = unit;
        this.total = total;
        this.done = 0;
        long now = System.nanoTime();
        this.phaseStartNanos = now;
        if (out != null && now - startNanos >= intervalNanos) {
            out.printf(Locale.ROOT, "[bench %5.0f s] %s%n", (now - startNanos) / 1e9, name);
            out.flush();
            lastPrintNanos = now;
        }
    }

    /** One more row done in the current phase. */
    public void row() {
        if (++done % CHECK_EVERY == 0) {
            report(done);
        }
    }

    /** {@code done} units (rows, bytes) of the current phase done so far. */
    public void report(long done) {
        this.done = done;
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrintNanos < intervalNanos) {
            return;
        }
        lastPrintNanos = now;
        double phaseSeconds = Math.max(1e-9, (now - phaseStartNanos) / 1e9);
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d (%.0f %%)", total, 100.0 * done / total) : "";
        out.printf(Locale.ROOT, "[bench %5.0f s] %s: %,d %s%s, %,.0f/s%n", (now - startNanos) / 1e9, phase, done,
                unit, of, done / phaseSeconds);
        out.flush();
    }
}
