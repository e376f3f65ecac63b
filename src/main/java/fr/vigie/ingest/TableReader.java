package fr.vigie.ingest;

import java.util.List;

/**
 * A streaming reader of one tabular file. Memory stays flat whatever the file size: records are
 * read one at a time. Obtain one from {@link TableReaders#open}.
 */
public interface TableReader extends AutoCloseable {

    /** The column names (validated: none empty, no duplicates), in file order. */
    List<String> header();

    /** The CSV dialect in use, or null for other formats. */
    CsvDialect dialect();

    /**
     * The next record, or null at the end of the file. A malformed record is returned as
     * {@link SourceRecord.Malformed} and reading goes on after it.
     *
     * @throws fr.vigie.model.InputException when the file cannot be read any further
     */
    SourceRecord next();

    /** Records returned by {@link #next()} (or passed over by {@link #skip}) so far. */
    long recordsRead();

    /**
     * Passes over the next {@code records} records, so that a restarted run resumes exactly after the
     * records it had already processed. Returns how many were skipped (fewer at the end of the file).
     */
    long skip(long records);

    /** Releases the file. */
    @Override
    void close();
}
