package fr.vigie.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes rows of one data file of a package; the row has been checked against the fields.
 *
 * @param <P> rows as {@link #prepare} encodes them for {@link #writePrepared}
 */
interface TableFileWriter<P> extends Closeable {
    /** Writes one row; {@code rowNumber} (1-based) only names the row in errors. */
    void write(String[] row, long rowNumber) throws IOException;

    /**
     * Encodes rows for {@link #writePrepared}, on any thread (thread-safe, no side effect): what the writing thread
     * has left to do is small. {@code firstRowNumber} (1-based) only names rows in errors.
     */
    P prepare(List<String[]> rows, long firstRowNumber);

    /** Writes rows {@link #prepare} encoded, in the order they are to appear. */
    void writePrepared(P prepared) throws IOException;
}
