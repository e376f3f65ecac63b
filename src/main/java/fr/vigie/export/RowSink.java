package fr.vigie.export;

/**
 * Where the caller pushes the rows of an export, one at a time, so that a package is written
 * without ever holding the table in memory. An empty string or {@code null} cell is a missing value.
 */
@FunctionalInterface
public interface RowSink {
    /** Writes one row; its length must equal the number of fields of the request. */
    void accept(String[] row);
}
