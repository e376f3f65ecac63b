package fr.vigie.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers for people, French style. */
final class Numbers {
    private Numbers() {
    }

    /** A number for people, French style: thin grouping, decimal comma, at most {@code decimals} decimals. */
    static String format(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0'); // no line break inside a number
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, decimals));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A ratio in [0, 1] as a percentage. */
    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "—" : format(ratio * 100, 1) + " %";
    }
}
