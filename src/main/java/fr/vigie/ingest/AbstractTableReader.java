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
        if (record instanceof SourceRecord.Row row && repeatsHeader(row.values())) {
            // files concatenated with their headers: a header among the rows is no person's record
            return new SourceRecord.Malformed(row.line(), "repeats the header row", String.join(",", row.values()));
        }
        return record;
    }

    private boolean repeatsHeader(String[] values) {
        return header != null && values.length == header.size() && values.length > 0
                && values[0].strip().equals(header.get(0)) && List.of(values).stream().map(String::strip).toList()
                .equals(header);
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
