package fr.vigie.job;

import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
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

    private final List<Path> files;
    private final ReadOptions options;
    private List<String> header;
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

    /** The reader of the file being read (for its dialect). */
    TableReader currentReader() {
        return current;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = context.containsKey(FILE_INDEX) ? context.getInt(FILE_INDEX) : 0;
        long skip = context.containsKey(RECORDS) ? context.getLong(RECORDS) : 0;
        header = TableReaders.open(files.get(0), options).header();
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
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS, current == null ? 0 : current.recordsRead());
    }

    @Override
    public void close() {
        closeCurrent();
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
