package fr.vigie.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How to read a file. Every field is optional: null means "detect" (or the default). A job file sets
 * the ones detection gets wrong.
 *
 * @param format the file format; null: detected from content and extension
 * @param charset CSV text encoding; null: detected (BOM, UTF-8 check, then Tika's CharsetDetector)
 * @param separator CSV field separator; null: detected among {@code ; , TAB |}
 * @param quote CSV quote character; null: detected ({@code "} or {@code '})
 * @param headerLine 1-based line (CSV) or row (spreadsheet) of the header; 0: no header row; null: detected
 * @param sheet spreadsheet sheet name; null: the first sheet
 * @param maxFieldChars longest field accepted, longer ones send their row to quarantine; null: 100 000
 * @param maxRecordLines most physical lines one CSV record may span (an unclosed quote is cut there); null: 200
 * @param columnNames column names replacing the file's header (bad or missing names); null: use the header
 * @param maxColumns most columns a table may have (a wider one is refused); null: 2 000
 * @param maxColumnNameChars longest column name of a file's header (a longer one looks like data and is
 *     refused); null: 100
 */
public record ReadOptions(SourceFormat format, Charset charset, Character separator, Character quote,
                          Integer headerLine, String sheet, Integer maxFieldChars, Integer maxRecordLines,
                          List<String> columnNames, Integer maxColumns, Integer maxColumnNameChars) {

    /** Default longest field, in characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;
    /** Default most physical lines per CSV record. */
    public static final int DEFAULT_MAX_RECORD_LINES = 200;
    /** Default most columns of a table. */
    public static final int DEFAULT_MAX_COLUMNS = 2_000;
    /** Default longest column name of a file's header. */
    public static final int DEFAULT_MAX_COLUMN_NAME_CHARS = 100;

    public ReadOptions {
        // List.copyOf refuses null names: an override with a hole is caught when the reader opens
        columnNames = columnNames == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columnNames));
    }

    /** Everything detected, default limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, null, null, null, null, null, null, null, null);
    }

    public ReadOptions withFormat(SourceFormat format) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withCharset(Charset charset) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withSeparator(Character separator) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withQuote(Character quote) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withHeaderLine(Integer headerLine) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withSheet(String sheet) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withMaxFieldChars(Integer maxFieldChars) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withMaxRecordLines(Integer maxRecordLines) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withColumnNames(List<String> columnNames) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withMaxColumns(Integer maxColumns) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    public ReadOptions withMaxColumnNameChars(Integer maxColumnNameChars) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames, maxColumns, maxColumnNameChars);
    }

    int effectiveMaxColumns() {
        return maxColumns == null ? DEFAULT_MAX_COLUMNS : maxColumns;
    }

    int effectiveMaxColumnNameChars() {
        return maxColumnNameChars == null ? DEFAULT_MAX_COLUMN_NAME_CHARS : maxColumnNameChars;
    }

    int effectiveMaxFieldChars() {
        return maxFieldChars == null ? DEFAULT_MAX_FIELD_CHARS : maxFieldChars;
    }

    int effectiveMaxRecordLines() {
        return maxRecordLines == null ? DEFAULT_MAX_RECORD_LINES : maxRecordLines;
    }
}
