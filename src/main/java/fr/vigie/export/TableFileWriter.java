package fr.vigie.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes rows of one data file of a package; the row has been checked against the fields. */
interface TableFileWriter extends Closeable {
    /** Writes one row; {@code rowNumber} (1-based) only names the row in errors. */
    void write(String[] row, long rowNumber) throws IOException;
}
