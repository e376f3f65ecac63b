package fr.vigie.sample;

import java.nio.charset.Charset;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * How a dataset's file is written, so that readers and benchmarks can stream it without sniffing.
 *
 * @param charset          encoding of the file
 * @param bom              whether the file starts with a byte-order mark
 * @param separator        field separator
 * @param lineSeparator    record separator ({@code "\r\n"} or {@code "\n"})
 * @param decimalSeparator decimal mark used in numeric columns ({@code ','} or {@code '.'})
 * @param datePattern      {@link java.time.format.DateTimeFormatter} pattern of the date columns
 */
public record Dialect(Charset charset, boolean bom, char separator, String lineSeparator,
                      char decimalSeparator, String datePattern) {

    public Dialect {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineSeparator, "lineSeparator");
        Objects.requireNonNull(datePattern, "datePattern");
    }

    /**
     * The Commons CSV format that reads such a file: this separator, {@code "} quotes, the first
     * record as header. The BOM, if any, must be skipped by the caller (e.g. with a BOMInputStream).
     */
    public CSVFormat csvFormat() {
        return CSVFormat.Builder.create()
                .setDelimiter(separator)
                .setQuote('"')
                .setRecordSeparator(lineSeparator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
    }
}
