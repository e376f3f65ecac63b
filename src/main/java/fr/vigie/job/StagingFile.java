package fr.vigie.job;

import fr.vigie.model.VigieException;
import fr.vigie.model.ExitCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV dialect of the files Vigie writes for itself (accepted rows, anonymised tables):
 * RFC 4180 in UTF-8, header row first. One place, so writers and readers always agree.
 */
public final class StagingFile {
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private StagingFile() {
    }

    /** One CSV line (without its separator) for these values. */
    public static String line(String[] values) {
        try {
            StringBuilder out = new StringBuilder(values.length * 12);
            FORMAT.printRecord(out, (Object[]) values);
            out.setLength(out.length() - 1);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a header row and the rows {@code rows} pushes into the sink it is given. */
    public static void write(Path file, List<String> header, Consumer<Consumer<String[]>> rows) {
        try (java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(line(header.toArray(String[]::new)));
            out.write('\n');
            rows.accept(row -> {
                try {
                    out.write(line(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The header row of a staging file. */
    public static List<String> header(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw new VigieException(ExitCode.FAILED, file + ": staging file has no header");
            }
            return it.next().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams every data row (the header excluded) to {@code sink}. Returns the number of rows. */
    public static long forEachRow(Path file, Consumer<String[]> sink) {
        long rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                sink.accept(record.values());
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
