package fr.vigie.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Number and date formatting for one dialect, without locale or floating-point surprises. */
final class Formats {
    private final char decimal;
    private final DateTimeFormatter dates;

    Formats(Dialect dialect) {
        this.decimal = dialect.decimalSeparator();
        this.dates = DateTimeFormatter.ofPattern(dialect.datePattern());
    }

    /** An amount with two decimals: {@code 1234,50} or {@code 1234.50}. */
    String money(long cents) {
        long abs = Math.abs(cents);
        String text = abs / 100 + String.valueOf(decimal) + Identifiers.twoDigits((int) (abs % 100));
        return cents < 0 ? "-" + text : text;
    }

    /** A number with one decimal: {@code 24,3}. */
    String oneDecimal(long tenths) {
        return tenths / 10 + String.valueOf(decimal) + (tenths % 10);
    }

    String date(LocalDate day) {
        return dates.format(day);
    }
}
