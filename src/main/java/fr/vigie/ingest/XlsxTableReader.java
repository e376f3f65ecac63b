package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams an XLSX sheet with fastexcel-reader (StAX based, rows never all in memory). Numbers are
 * written in plain notation, cells formatted as dates in ISO-8601, booleans as true/false, formulas
 * by their cached value.
 */
final class XlsxTableReader extends SpreadsheetTableReader {
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxTableReader(Path file, ReadOptions options) {
        super(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Archives.checkSizes(file, zip);
        } catch (IOException e) {
            throw new InputException(file, "not a readable XLSX file (damaged, truncated or encrypted)");
        }
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new InputException(file, "not a readable XLSX file (damaged, truncated or encrypted)");
        }
        try {
            Sheet sheet = options.sheet() == null ? workbook.getFirstSheet()
                    : workbook.findSheet(options.sheet()).orElseThrow(() -> new InputException(
                            ExitCode.BAD_CONFIGURATION, file, 0, 0, "no sheet with the name given in the job"));
            rows = sheet.openStream();
            iterator = rows.iterator();
            readHeader(options);
        } catch (IOException e) {
            closeQuietly();
            throw new InputException(file, "cannot read sheet: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    @Override
    protected SheetRow nextSheetRow() {
        Row row;
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            row = iterator.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(file, "cannot read sheet data (damaged XLSX)");
        }
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case FORMULA, ERROR, EMPTY -> cell.getRawValue();
        };
    }

    private static String number(Cell cell) {
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime dateTime = cell.asDate();
            return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
        }
        BigDecimal number = cell.asNumber();
        return number == null ? cell.getRawValue() : number.stripTrailingZeros().toPlainString();
    }

    /** Excel's built-in date formats (14-22, 45-47) or a custom format with day, month or year parts. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        return format != null && hasDatePart(format);
    }

    /** A day, month or year letter outside quoted text and [bracketed] parts (minutes need a year nearby). */
    private static boolean hasDatePart(String format) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && "dDyY".indexOf(c) >= 0) {
                return true;
            } else if (!quoted && !bracket && (c == 'm' || c == 'M') && format.toLowerCase().contains("y")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            rows.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing
        }
    }
}
