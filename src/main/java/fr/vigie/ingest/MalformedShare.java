package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.nio.file.Path;

/**
 * When most rows of a file are malformed, the file was misread (wrong separator, quote or header
 * line) rather than damaged here and there: what was accepted cannot be trusted, so the read fails
 * whatever share of quarantined rows a job tolerates.
 */
public final class MalformedShare {
    /** Above this share of malformed rows a read is a misread. */
    public static final double MOST = 0.5;

    private MalformedShare() {
    }

    /** Whether {@code malformed} of {@code read} rows is most of them. */
    public static boolean isMost(long read, long malformed) {
        return read > 0 && malformed > MOST * read;
    }

    /**
     * Fails when most rows were malformed.
     *
     * @param source the file (or the files) read, named in the message
     * @throws InputException (exit 1) naming the source and the counts, never a value
     */
    public static void check(Path source, long read, long malformed) {
        if (isMost(read, malformed)) {
            throw misread(source, read, malformed);
        }
    }

    /** The failure of a misread source: the counts and what to set, never a value. */
    public static InputException misread(Path source, long read, long malformed) {
        return new InputException(ExitCode.FAILED, source, 0, 0, malformed + " of " + read + " rows malformed:"
                + " more than half, so the file was misread (separator, quote or header line) and nothing read"
                + " from it is used; fix the file or set separator, quote, headerLine or columnNames in the job");
    }
}
