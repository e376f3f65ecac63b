package fr.vigie.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times and numbers (as the model attribute {@code fmt}). */
final class Formats {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Local time to the second; empty for null. */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    /** A share as a percentage with one decimal; an em dash for null. */
    public String percent(Double share) {
        return share == null ? "—" : String.format(Locale.FRANCE, "%.1f %%", share * 100);
    }

    /** A number with up to three decimals; an em dash for null. */
    public String number(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? String.format(Locale.FRANCE, "%.0f", value)
                : String.format(Locale.FRANCE, "%.3f", value);
    }

    /** Milliseconds as seconds with one decimal. */
    public String seconds(long millis) {
        return String.format(Locale.FRANCE, "%.1f s", millis / 1000.0);
    }
}
