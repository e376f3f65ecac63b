package fr.vigie.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows how a long step is going: on an interactive terminal a bar redrawn in place (rows, rate,
 * ETA); when the output is piped or in CI, a plain line every {@value #PLAIN_EVERY_SECONDS} seconds,
 * so short steps print nothing. Writes to standard error, never to standard output.
 */
final class Progress {
    static final int PLAIN_EVERY_SECONDS = 15;
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;

    private final String label;
    private final LongSupplier total;
    private final boolean terminal;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long done;
    private long lastShown = started;

    private Progress(String label, LongSupplier total, boolean terminal, PrintStream out) {
        this.label = label;
        this.total = total;
        this.terminal = terminal;
        this.out = out;
    }

    /** Progress of a step whose expected row count {@code total} gives (negative when unknown). */
    static Progress start(String label, LongSupplier total) {
        return new Progress(label, total, interactive(), System.err);
    }

    /** Whether a human watches: a console, not CI, not a dumb terminal. */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A sink that counts what passes through it. */
    <T> Consumer<T> counting(Consumer<T> sink) {
        return item -> {
            sink.accept(item);
            advance(1);
        };
    }

    void advance(long rows) {
        done += rows;
        long now = System.nanoTime();
        long every = terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_SECONDS * 1_000_000_000L;
        if (now - lastShown >= every) {
            lastShown = now;
            show(now, false);
        }
    }

    /** Ends the bar (terminal) or prints a last line if any was printed (plain). */
    void done() {
        long now = System.nanoTime();
        if (terminal || now - started >= PLAIN_EVERY_SECONDS * 1_000_000_000L) {
            show(now, true);
        }
    }

    private void show(long now, boolean last) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long expected = total.getAsLong();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s ", label));
        if (expected > 0 && !last) {
            double fraction = Math.min(1.0, (double) done / expected);
            if (terminal) {
                int filled = (int) Math.round(fraction * 24);
                line.append('[').append("#".repeat(filled)).append(".".repeat(24 - filled)).append("] ");
            }
            line.append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        line.append(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", done, rate));
        if (expected > 0 && !last && rate > 0) {
            line.append("  ETA ").append(duration(Math.max(0, expected - done) / rate));
        }
        if (last) {
            line.append("  in ").append(duration(seconds));
        }
        if (terminal) {
            out.print("\r" + line + "   " + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
