package fr.vigie.job;

import fr.vigie.ingest.CsvDialect;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import fr.vigie.model.VigieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the source files of a job one after the other as one stream of records. Restartable: the
 * position (file index, records read in that file) is saved at each chunk commit, and a resumed run
 * reopens the file and skips what was already committed.
 */
final class SourceItemReader implements ItemStreamReader<SourceRecord> {
    private static final String FILE_INDEX = "source.fileIndex";
    private static final String RECORDS = "source.records";
    private static final String FINGERPRINT = "source.fingerprint";

    private final List<Path> files;
    private final ReadOptions options;
    private List<String> header;
    private CsvDialect dialect;
    private int fileIndex;
    private TableReader current;

    SourceItemReader(List<Path> files, ReadOptions options) {
        this.files = files;
        this.options = options;
    }

    /** The header of the first file; every later file must have the same. Available after {@link #open}. */
    List<String> header() {
        return header;
    }

    /** The CSV dialect of the first file (null for other formats). Available after {@link #open}. */
    CsvDialect dialect() {
        return dialect;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        String fingerprint = fingerprint(files);
        if (context.containsKey(FINGERPRINT) && !context.getString(FINGERPRINT).equals(fingerprint)) {
            // Resuming over other files would duplicate or lose rows without a word.
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the source files changed since run began (files"
                    + " added, removed, replaced or modified): this run cannot be resumed; start a new one");
        }
        context.putString(FINGERPRINT, fingerprint);
        fileIndex = context.containsKey(FILE_INDEX) ? context.getInt(FILE_INDEX) : 0;
        long skip = context.containsKey(RECORDS) ? context.getLong(RECORDS) : 0;
        try (TableReader first = TableReaders.open(files.get(0), options)) {
            header = first.header();
            dialect = first.dialect();
        }
        if (fileIndex < files.size()) {
            openFile(fileIndex);
            current.skip(skip);
        }
    }

    private void openFile(int index) {
        closeCurrent();
        current = TableReaders.open(files.get(index), options);
        if (!current.header().equals(header)) {
            throw new InputException(ExitCode.FAILED, files.get(index), 1, 0,
                    "its header differs from the header of " + files.get(0) + " (all files of a job must share it)");
        }
    }

    @Override
    public SourceRecord read() {
        while (current != null) {
            SourceRecord next = current.next();
            if (next != null) {
                return next;
            }
            fileIndex++;
            if (fileIndex < files.size()) {
                openFile(fileIndex);
            } else {
                closeCurrent();
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(FINGERPRINT, fingerprint(files));
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS, current == null ? 0 : current.recordsRead());
    }

    @Override
    public void close() {
        closeCurrent();
    }

    /** Names, sizes and modification times of the files, in order. */
    static String fingerprint(List<Path> files) {
        StringBuilder sb = new StringBuilder();
        for (Path file : files) {
            try {
                sb.append(file).append('|').append(Files.size(file)).append('|')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            } catch (java.io.IOException e) {
                sb.append(file).append("|missing\n");
            }
        }
        return sb.toString();
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                throw new ItemStreamException("cannot close " + files.get(Math.min(fileIndex, files.size() - 1)), e);
            }
            current = null;
        }
    }
}
