package fr.vigie.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Parsers for the number, date and boolean spellings found in French department exports:
 * {@code 12,5}, {@code 1 234,50} (space, no-break or narrow no-break space as thousands separator),
 * {@code 1.234,50}, {@code -3}, also {@code 12.5}; dates {@code 31/12/2024}, {@code 31-12-2024},
 * {@code 31.12.2024}, {@code 2024-12-31}, optionally followed by a time. Shared with the stages that
 * need the same reading of values (bias, anonymisation). Methods never throw on bad input.
 */
public final class Values {

    private Values() {
    }

    /** The number a text spells, or empty when it is not a number in one of the accepted spellings. */
    public static Optional<BigDecimal> parseNumber(String text) {
        String canonical = canonicalNumber(text);
        return canonical == null ? Optional.empty() : Optional.of(new BigDecimal(canonical));
    }

    /** The date a text spells (the date part of a date-time), or empty. Invalid dates (31/02) are rejected. */
    public static Optional<LocalDate> parseDate(String text) {
        long day = epochDay(text);
        return day == NOT_A_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    /** {@code TRUE}/{@code FALSE} for oui/non, vrai/faux, true/false, yes/no (any case), else empty. */
    public static Optional<Boolean> parseBoolean(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "oui", "vrai", "true", "yes" -> Optional.of(Boolean.TRUE);
            case "non", "faux", "false", "no" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** Same words as {@link #parseBoolean}, without allocating (for profiling). */
    static boolean isBoolean(String text) {
        int n = text.length();
        if (n < 2 || n > 5) {
            return false;
        }
        for (String word : BOOLEAN_WORDS) {
            if (word.length() == n && word.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] BOOLEAN_WORDS = {"oui", "non", "vrai", "faux", "true", "false", "yes", "no"};

    /** Whether a value counts as missing: empty, blank, or a usual null marker (NULL, N/A, #N/A). */
    public static boolean isNull(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        if (text.length() > 4) {
            return text.isBlank();
        }
        return text.isBlank() || text.equals("NULL") || text.equals("null") || text.equals("N/A")
                || text.equals("#N/A");
    }

    /** Kind of a number text, without allocating: 0 not a number, 1 integer, 2 decimal. */
    static final int NOT_NUMBER = 0;
    static final int INTEGER = 1;
    static final int DECIMAL = 2;

    static int numberKind(String text) {
        return scanNumber(text, null, null);
    }

    /**
     * The number in plain {@link BigDecimal} syntax ({@code -1234.50}), or null. One pass over the
     * characters; thousands groups must have three digits, so {@code 1 23} is not a number.
     */
    static String canonicalNumber(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        return scanNumber(text, out, null) == NOT_NUMBER ? null : out.toString();
    }

    /** Scratch space of {@link #scanNumber}: the value read, as a double. */
    static final class NumberScan {
        double value;
    }

    /**
     * Reads a number without allocating: returns {@link #NOT_NUMBER}, {@link #INTEGER} or {@link #DECIMAL};
     * appends the canonical form to {@code out} and stores the value in {@code scan} when they are not null.
     * One loop over the characters with its state in locals, on purpose: it runs on every cell of every file,
     * and its parts as methods would pass that state through fields (MethodsStayShortTest lets it be long).
     */
    static int scanNumber(String text, StringBuilder out, NumberScan scan) {
        if (text == null) {
            return NOT_NUMBER;
        }
        // fast path for the commonest case, plain digits (identifiers, codes, counts)
        int length = text.length();
        if (length > 0 && length <= 18) {
            long plain = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                plain = plain * 10 + (c - '0');
                i++;
            }
            if (i == length) {
                if (out != null) {
                    out.append(text);
                }
                if (scan != null) {
                    scan.value = plain;
                }
                return INTEGER;
            }
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || end - start > 60) {
            return NOT_NUMBER;
        }
        int i = start;
        char first = text.charAt(i);
        boolean negative = false;
        if (first == '-' || first == '+') {
            negative = first == '-';
            if (negative && out != null) {
                out.append('-');
            }
            i++;
        }
        // decide which character is the decimal mark: the comma if present, else a single dot
        int commas = 0;
        int dots = 0;
        for (int j = i; j < end; j++) {
            char c = text.charAt(j);
            if (c == ',') {
                commas++;
            } else if (c == '.') {
                dots++;
            }
        }
        if (commas > 1) {
            return NOT_NUMBER;
        }
        char decimalMark = commas == 1 ? ',' : dots == 1 ? '.' : 0;
        boolean dotIsThousands = decimalMark != '.';
        int intDigits = 0;
        int groupDigits = -1; // digits since the last thousands separator, -1 when none met yet
        char groupMark = 0; // the thousands separator in use: one kind per number
        boolean inFraction = false;
        int fractionDigits = 0;
        long mantissa = 0;
        int significant = 0;
        int droppedIntDigits = 0;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out != null) {
                    out.append(c);
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    if (inFraction) {
                        fractionDigits++;
                    }
                } else if (!inFraction) {
                    droppedIntDigits++;
                }
                if (!inFraction) {
                    intDigits++;
                    if (groupDigits >= 0) {
                        groupDigits++;
                    }
                }
            } else if (!inFraction && c == decimalMark) {
                if (intDigits == 0 || (groupDigits >= 0 && groupDigits != 3)) {
                    return NOT_NUMBER;
                }
                inFraction = true;
                if (out != null) {
                    out.append('.');
                }
            } else if (!inFraction && (isSpace(c) || (c == '.' && dotIsThousands))) {
                // thousands separator: needs 1-3 digits before the first one, exactly 3 between the others
                if (intDigits == 0 || (groupDigits < 0 && intDigits > 3) || (groupDigits >= 0 && groupDigits != 3)) {
                    return NOT_NUMBER;
                }
                if (i + 1 < end && isSpace(text.charAt(i + 1))) {
                    return NOT_NUMBER;
                }
                char mark = c == '.' ? '.' : ' ';
                if (groupMark != 0 && groupMark != mark) {
                    return NOT_NUMBER;
                }
                groupMark = mark;
                groupDigits = 0;
            } else {
                return NOT_NUMBER;
            }
        }
        boolean hasFraction = inFraction;
        if (intDigits == 0 || (hasFraction && text.charAt(end - 1) == decimalMark)
                || (groupDigits >= 0 && groupDigits != 3)) {
            return NOT_NUMBER;
        }
        if (scan != null) {
            double value = mantissa * Math.pow(10, droppedIntDigits - fractionDigits);
            scan.value = negative ? -value : value;
        }
        return hasFraction ? DECIMAL : INTEGER;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    static final long NOT_A_DATE = Long.MIN_VALUE;

    /** Epoch day of a date text, or {@link #NOT_A_DATE}; no allocation. */
    static long epochDay(String text) {
        if (text == null) {
            return NOT_A_DATE;
        }
        String s = text.strip();
        int n = s.length();
        if (n < 8) {
            return NOT_A_DATE;
        }
        int year;
        int month;
        int day;
        int next;
        if (n >= 10 && isDigits(s, 0, 4) && s.charAt(4) == '-' && isDigits(s, 5, 2) && s.charAt(7) == '-'
                && isDigits(s, 8, 2)) {
            year = num(s, 0, 4);
            month = num(s, 5, 2);
            day = num(s, 8, 2);
            next = 10;
            if (n > next && !isTimeSuffix(s, next, 'T')) {
                return NOT_A_DATE;
            }
        } else {
            // d/m/yyyy with 1 or 2 digit day and month, one separator kind
            int p = 0;
            int dLen = digitRun(s, p);
            if (dLen < 1 || dLen > 2) {
                return NOT_A_DATE;
            }
            char sep = s.charAt(dLen);
            if (sep != '/' && sep != '-' && sep != '.') {
                return NOT_A_DATE;
            }
            p = dLen + 1;
            int mLen = digitRun(s, p);
            if (mLen < 1 || mLen > 2 || p + mLen >= n || s.charAt(p + mLen) != sep) {
                return NOT_A_DATE;
            }
            int yStart = p + mLen + 1;
            int yLen = digitRun(s, yStart);
            if (yLen != 4) {
                return NOT_A_DATE;
            }
            day = num(s, 0, dLen);
            month = num(s, p, mLen);
            year = num(s, yStart, 4);
            next = yStart + 4;
            if (n > next && !isTimeSuffix(s, next, ' ')) {
                return NOT_A_DATE;
            }
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return NOT_A_DATE;
        }
        return LocalDate.of(year, month, day).toEpochDay();
    }

    /** Accepts {@code <sep>HH:mm[:ss[.fff]][Z|+hh:mm]} after a date. */
    private static boolean isTimeSuffix(String s, int at, char preferredSep) {
        char c = s.charAt(at);
        if (c != preferredSep && c != ' ' && c != 'T') {
            return false;
        }
        int p = at + 1;
        if (p + 5 > s.length() || !isDigits(s, p, 2) || s.charAt(p + 2) != ':' || !isDigits(s, p + 3, 2)) {
            return false;
        }
        if (num(s, p, 2) > 23 || num(s, p + 3, 2) > 59) {
            return false;
        }
        for (int i = p + 5; i < s.length(); i++) {
            char t = s.charAt(i);
            if (!(t >= '0' && t <= '9') && t != ':' && t != '.' && t != 'Z' && t != '+' && t != '-') {
                return false;
            }
        }
        return true;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean isDigits(String s, int from, int len) {
        if (from + len > s.length()) {
            return false;
        }
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
