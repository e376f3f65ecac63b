package fr.vigie.ingest;

import java.nio.file.Path;
import java.util.List;

/** Counting and skipping shared by the readers. */
abstract class AbstractTableReader implements TableReader {
    protected final Path file;
    protected List<String> header;
    private long recordsRead;

    AbstractTableReader(Path file) {
        this.file = file;
    }

    @Override
    public final List<String> header() {
        return header;
    }

    @Override
    public CsvDialect dialect() {
        return null;
    }

    @Override
    public final SourceRecord next() {
        SourceRecord record = read();
        if (record != null) {
            recordsRead++;
        }
        return record;
    }

    /** The next record, or null at the end. */
    protected abstract SourceRecord read();

    @Override
    public final long recordsRead() {
        return recordsRead;
    }

    @Override
    public long skip(long records) {
        long skipped = 0;
        while (skipped < records && next() != null) {
            skipped++;
        }
        return skipped;
    }
}
