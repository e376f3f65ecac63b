package fr.vigie.job;

import fr.vigie.ingest.CsvSlices;
import fr.vigie.ingest.ParquetSlices;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition of a partitioned ingest: a whole file of the source, or a slice of one. Restartable
 * as {@link SourceItemReader} is: the records read are saved at each commit and passed over on resume,
 * and a resume over changed files is refused. It tells how many rows its partition has read as it reads
 * them (rows passed over on resume included): a worker's heartbeat carries that count, by which the manager
 * tells a stuck worker from one reading on.
 */
final class PartReader implements ItemStreamReader<SourceRecord> {
    private static final String RECORDS = "source.records";
    private static final String FINGERPRINT = "source.fingerprint";
    /** Rows passed over between two counts told, on resume. */
    private static final long SKIP_STEP = 10_000;

    private final List<Path> files;
    private final ReadOptions options;
    private final PartitionedIngest.Part part;
    private final LongConsumer rowsRead;
    private List<String> header;
    private TableReader reader;

    /** {@code rowsRead} is told the rows read so far after each row, from the reading thread. */
    PartReader(List<Path> files, ReadOptions options, PartitionedIngest.Part part, LongConsumer rowsRead) {
        this.files = files;
        this.options = options;
        this.part = part;
        this.rowsRead = rowsRead;
    }

    /** The header of the source's first file. Available after {@link #open}. */
    List<String> header() {
        return header;
    }

    @Override
    public void open(ExecutionContext context) {
        String fingerprint = SourceItemReader.fingerprint(files);
        if (context.containsKey(FINGERPRINT) && !context.getString(FINGERPRINT).equals(fingerprint)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the source files changed since run began (files"
                    + " added, removed, replaced or modified): this run cannot be resumed; start a new one");
        }
        context.putString(FINGERPRINT, fingerprint);
        try (TableReader first = TableReaders.open(files.get(0), options)) {
            header = first.header();
        }
        Path file = files.get(part.file());
        reader = switch (part.kind()) {
            case WHOLE -> TableReaders.open(file, options);
            case CSV -> CsvSlices.open(file, options, part.slice());
            case PARQUET -> ParquetSlices.open(file, options, part.slice());
        };
        if (!reader.header().equals(header)) {
            reader.close();
            throw new InputException(ExitCode.FAILED, file, 1, 0,
                    "its header differs from the header of " + files.get(0) + " (all files of a job must share it)");
        }
        skip(context.getLong(RECORDS, 0L));
    }

    /** Passes over the rows committed before a resume, telling the count as it goes. */
    private void skip(long records) {
        long left = records;
        while (left > 0) {
            long skipped = reader.skip(Math.min(left, SKIP_STEP));
            rowsRead.accept(reader.recordsRead());
            left = skipped == 0 ? 0 : left - skipped;
        }
    }

    @Override
    public SourceRecord read() {
        SourceRecord record = reader.next();
        rowsRead.accept(reader.recordsRead());
        return record;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(FINGERPRINT, SourceItemReader.fingerprint(files));
        context.putLong(RECORDS, reader == null ? 0 : reader.recordsRead());
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
