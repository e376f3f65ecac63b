package fr.vigie.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows how a long step is going: on an interactive terminal a bar redrawn in place (rows, rate,
 * ETA); when the output is piped or in CI, a plain line every {@value #PLAIN_EVERY_SECONDS} seconds,
 * so short steps print nothing. Writes to standard error, never to standard output. Steps that run side by
 * side (the bias scan beside the release, the partitions of an ingest) share the terminal's line: each
 * shows a short status on it, and its last line on a line of its own when it ends.
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
    /** What this progress last showed on the shared line (guarded by {@code ACTIVE}). */
    private String shown = "";
    /** The terminal progresses not yet done, in the order they started. */
    private static final List<Progress> ACTIVE = new ArrayList<>();

    private Progress(String label, LongSupplier total, boolean terminal, PrintStream out) {
        this.label = label;
        this.total = total;
        this.terminal = terminal;
        this.out = out;
    }

    /** Progress of a step whose expected row count {@code total} gives (negative when unknown). */
    static Progress start(String label, LongSupplier total) {
        return start(label, total, interactive(), System.err);
    }

    /** Progress shown on {@code out}, as on a terminal or as plain lines. */
    static Progress start(String label, LongSupplier total, boolean terminal, PrintStream out) {
        Progress progress = new Progress(label, total, terminal, out);
        if (progress.terminal) {
            synchronized (ACTIVE) {
                ACTIVE.add(progress);
            }
        }
        return progress;
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

    /** Ends the bar (terminal) or prints a last line if any was printed (plain). Call it once, also on failure. */
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
            draw(line.toString(), last);
        } else {
            out.println(line);
            out.flush();
        }
    }

    /** Redraws the shared line with every active progress; a finished one gets a line of its own. */
    private void draw(String line, boolean last) {
        synchronized (ACTIVE) {
            shown = line;
            if (last) {
                ACTIVE.remove(this);
                out.print("\r" + line + "   \n");
            } else if (ACTIVE.size() <= 1) {
                out.print("\r" + line + "   ");
            } else {
                out.print("\r" + ACTIVE.stream().map(p -> p.brief()).collect(Collectors.joining("  |  ")) + "   ");
            }
            out.flush();
        }
    }

    /** A short status for a shared line: the label and what follows the bar. */
    private String brief() {
        int bar = shown.indexOf("] ");
        return label.strip() + " " + (bar < 0 ? shown.substring(Math.min(shown.length(), 29)) : shown.substring(bar + 2));
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
