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
 */
public record ReadOptions(SourceFormat format, Charset charset, Character separator, Character quote,
                          Integer headerLine, String sheet, Integer maxFieldChars, Integer maxRecordLines,
                          List<String> columnNames) {

    /** Default longest field, in characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;
    /** Default most physical lines per CSV record. */
    public static final int DEFAULT_MAX_RECORD_LINES = 200;

    public ReadOptions {
        // List.copyOf refuses null names: an override with a hole is caught when the reader opens
        columnNames = columnNames == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columnNames));
    }

    /** Everything detected, default limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, null, null, null, null, null, null);
    }

    public ReadOptions withFormat(SourceFormat format) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withCharset(Charset charset) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withSeparator(Character separator) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withQuote(Character quote) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withHeaderLine(Integer headerLine) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withSheet(String sheet) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withMaxFieldChars(Integer maxFieldChars) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withMaxRecordLines(Integer maxRecordLines) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    public ReadOptions withColumnNames(List<String> columnNames) {
        return new ReadOptions(format, charset, separator, quote, headerLine, sheet, maxFieldChars, maxRecordLines,
                columnNames);
    }

    int effectiveMaxFieldChars() {
        return maxFieldChars == null ? DEFAULT_MAX_FIELD_CHARS : maxFieldChars;
    }

    int effectiveMaxRecordLines() {
        return maxRecordLines == null ? DEFAULT_MAX_RECORD_LINES : maxRecordLines;
    }
}
