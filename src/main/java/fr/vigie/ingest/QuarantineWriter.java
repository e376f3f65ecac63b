package fr.vigie.ingest;

import fr.vigie.model.FormulaGuard;
import fr.vigie.model.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes malformed records to {@code dir/quarantine.csv} ({@code line,reason,raw}, RFC 4180, UTF-8: the same format as a job's quarantine file), created on
 * the first record only: a clean run leaves no file. Cells a spreadsheet would evaluate are neutralised
 * ({@link FormulaGuard}). The file lives in the authority's store and is
 * the only place raw malformed content goes.
 */
public final class QuarantineWriter implements AutoCloseable {
    /** Name of the file written in the quarantine directory. */
    public static final String FILE_NAME = "quarantine.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").setHeader("line", "reason", "raw").get();

    private final Path dir;
    private CSVPrinter printer;
    private long count;

    public QuarantineWriter(Path dir) {
        this.dir = dir;
    }

    /** The quarantine file (it exists only once a record has been written). */
    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** Appends one malformed record. */
    public void write(SourceRecord.Malformed record) {
        try {
            if (printer == null) {
                Files.createDirectories(dir);
                BufferedWriter out = Files.newBufferedWriter(file(), StandardCharsets.UTF_8);
                printer = new CSVPrinter(out, FORMAT);
            }
            // NUL bytes would make the quarantine file itself unreadable: keep them visible but harmless
            String raw = record.raw() == null ? "" : record.raw().replace('\0', '\uFFFD');
            printer.printRecord((Object[]) FormulaGuard.neutraliseAll(Long.toString(record.line()), record.reason(), raw));
            count++;
        } catch (IOException e) {
            throw new InputException(file(), "cannot write quarantine file: " + e.getMessage());
        }
    }

    /** Records written so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() {
        if (printer != null) {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            printer = null;
        }
    }
}
