package fr.vigie.sample;

import java.nio.charset.Charset;
import java.util.Objects;

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
}
