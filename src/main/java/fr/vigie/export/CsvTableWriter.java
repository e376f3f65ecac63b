package fr.vigie.export;

import fr.vigie.model.FormulaGuard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV (comma, CRLF, double quotes), UTF-8 without BOM, header row, formula-neutralised cells. */
final class CsvTableWriter implements TableFileWriter<String> {
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final String[] out;

    CsvTableWriter(Path file, List<Field> fields) throws IOException {
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        String[] header = fields.stream().map(Field::name).map(FormulaGuard::neutralise).toArray(String[]::new);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
        this.out = new String[fields.size()];
    }

    @Override
    public void write(String[] row, long rowNumber) throws IOException {
        printer.printRecord((Object[]) neutralised(row, out));
    }

    private static String[] neutralised(String[] row, String[] out) {
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i] == null ? "" : FormulaGuard.neutralise(row[i]);
        }
        return out;
    }

    /** The rows as the printer writes them: the same format, printed into text. */
    @Override
    public String prepare(List<String[]> rows, long firstRowNumber) {
        StringBuilder text = new StringBuilder(rows.size() * 16 * out.length);
        String[] cells = new String[out.length];
        try {
            for (String[] row : rows) {
                CSVFormat.RFC4180.printRecord(text, (Object[]) neutralised(row, cells));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void writePrepared(String prepared) throws IOException {
        // The printer keeps nothing between records: text between two of its records is as if it printed it.
        writer.write(prepared);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
