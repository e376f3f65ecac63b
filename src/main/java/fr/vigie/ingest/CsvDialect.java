package fr.vigie.ingest;

import java.nio.charset.Charset;

/**
 * The CSV dialect actually used to read a file, detected or overridden: shown in the report.
 *
 * @param charset the text encoding
 * @param separator the field separator ({@code ;} {@code ,} tab or {@code |})
 * @param quote the quote character, or null when fields are never quoted
 * @param headerLine 1-based physical line of the header row; 0 when the file has no header row
 * @param bom whether the file starts with a byte-order mark
 * @param lineEnding {@code "\n"}, {@code "\r\n"} or {@code "\r"} (the first one met)
 */
public record CsvDialect(Charset charset, char separator, Character quote, int headerLine, boolean bom,
                         String lineEnding) {

    /** The line ending spelled for humans: {@code LF}, {@code CRLF} or {@code CR}. */
    public String lineEndingName() {
        return switch (lineEnding) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
    }

    /** The separator spelled for humans ({@code TAB} for a tab). */
    public String separatorName() {
        return separator == '\t' ? "TAB" : String.valueOf(separator);
    }
}
