package fr.vigie.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads coded microdata, the file about persons most of whose columns no rule understands, or whose headers are
 * placeholders ("Champ 1", "col7"): there no name tells what a column is, so the value profile decides. Whole numbers
 * different on every row are the person's number; years spread over decades, none in the future, are birth years
 * (when no column tells the age); the most balanced column of the codes 1 and 2 is the sex (when no column tells it).
 * A column named after another with a flag's suffix ("PY010G_F") is a flag on how that one was collected, not data.
 */
final class CodedMicrodata {
    /** One word and a number ("Champ 1", "col7", "Column 12", "V3"): a placeholder for a name. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\s*(\\p{L}+)[\\s_\\-]*\\d+\\s*");
    /**
     * A header the export lost and numbered in its place: pandas' "Unnamed: 5", a spreadsheet's "Column3" or "Colonne 4",
     * a form's "Champ 2", Spark's "_c3", R's "V3" and "...3".
     */
    static final Pattern LOST_HEADER = Pattern.compile(
        "(?i)\\s*(?:unnamed|column|col|colonne|champ|field|spalte|feld|columna|campo|colonna|kolom|veld|kolumna|_c|v|x|\\.\\.\\.)"
            + "[\\s_\\-:.]*\\d+\\s*");
    /** A name with a flag's suffix ("PY010G_F", "age_imp"), the flagged column's name as its first group. */
    private static final Pattern FLAG = Pattern.compile("(?i)\\s*(.+?)[_\\-. ]?(?:f|flag|flg|imp|i)\\s*");

    private CodedMicrodata() {
    }

    /**
     * Whether at least half of the headers are one word and a number ("Champ 1", "col7", "Column 12", "V3"):
     * an export that lost its column names, where no name tells what a column is.
     */
    static boolean placeholderHeaders(List<ColumnClassification> columns) {
        Map<String, Integer> stems = new HashMap<>();
        for (ColumnClassification c : columns) {
            Matcher m = PLACEHOLDER.matcher(c.name());
            if (m.matches()) {
                stems.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return stems.values().stream().anyMatch(n -> n * 2 >= columns.size());
    }

    /**
     * Whether the column is named after another column of the file with a flag's suffix ("PY010G_F", "age_imp"):
     * a flag on how that column was collected or imputed, not data about the person.
     */
    static boolean isFlagOf(String name, Set<String> names) {
        Matcher m = FLAG.matcher(name);
        return m.matches() && names.contains(m.group(1).strip().toLowerCase(Locale.ROOT));
    }

    /** The only unknown column of whole numbers different on every row, or -1 (several: no telling which). */
    static int onlyKey(List<Integer> unknown, List<DataSubjects.Column> decided) {
        int found = -1;
        for (int i : unknown) {
            ColumnEvidence ev = decided.get(i).evidence();
            if (ev.distinct == ev.sampled && allWholeNumbers(ev.distinctCounts)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Among the unknown columns holding only the codes 1 and 2, the most balanced one (each code at least
     * {@code sexMinShare}), or -1.
     */
    static int mostBalancedSexCodes(List<Integer> unknown, List<DataSubjects.Column> decided, double sexMinShare) {
        int best = -1;
        double bestShare = sexMinShare;
        for (int i : unknown) {
            ColumnEvidence ev = decided.get(i).evidence();
            Map<String, Integer> counts = ev.distinctCounts;
            if (counts.size() == 2 && counts.containsKey("1") && counts.containsKey("2")) {
                double share = (double) Math.min(counts.get("1"), counts.get("2")) / ev.sampled;
                if (share >= bestShare) {
                    best = i;
                    bestShare = share;
                }
            }
        }
        return best;
    }

    /**
     * Whether the values are birth years: whole numbers spread over at least {@code minYearSpan} years, none after
     * {@code year}.
     */
    static boolean birthYears(Map<String, Integer> counts, int year, int minYearSpan) {
        return allWholeNumbers(counts) && BirthDates.yearSpan(counts, year) >= minYearSpan && allYears(counts, year);
    }

    /** Whether every value is a whole number of at most 18 digits (and there is one at least). */
    static boolean allWholeNumbers(Map<String, Integer> counts) {
        for (String value : counts.keySet()) {
            String v = value.strip();
            if (v.isEmpty() || v.length() > 18) {
                return false;
            }
            for (int k = 0; k < v.length(); k++) {
                if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                    return false;
                }
            }
        }
        return !counts.isEmpty();
    }

    /** Every value a plausible birth year (whole numbers already checked). */
    static boolean allYears(Map<String, Integer> counts, int currentYear) {
        for (String value : counts.keySet()) {
            String v = value.strip();
            if (v.length() != 4) {
                return false;
            }
            int y = Integer.parseInt(v);
            if (y < 1880 || y > currentYear) {
                return false;
            }
        }
        return true;
    }
}
