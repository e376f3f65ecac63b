package fr.vigie.classify;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of identifiers no rule knows, read from a column's sampled values: a code different on every row, a
 * household's key shared by a few rows, whole numbers of one width. {@link FailClosed} holds such a column of a file
 * about persons as the person's identifier until someone decides.
 */
final class IdentifierShapes {
    private static final Pattern UNIQUE_CODE = Pattern.compile("\\s*[\\p{L}\\d][\\p{L}\\d-]{4,62}[\\p{L}\\d]\\s*");
    // A code with separators inside: letters and digits in groups joined by one '.', '-', '/' or space.
    private static final Pattern SEPARATED_CODE = Pattern.compile("[\\p{L}\\d]+(?:[./\\- ][\\p{L}\\d]+){1,12}");
    private static final Pattern SEPARATORS = Pattern.compile("[./\\- ]");
    // A number as written: groups of thousands, a decimal part ("1 250.50", "12.345.678", "3,5").
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,3}(?:[ .]\\d{3})*(?:[.,]\\d+)?|[-+]?\\d+[.,]\\d+");
    private static final int HOUSEHOLD_MAX_ROWS = 8;
    // Longer than any postal code (a Brazilian CEP "82057-772" has 8 digits) and than a date written yyyymmdd.
    private static final int HOUSEHOLD_MIN_LENGTH = 9;
    private static final double HOUSEHOLD_MIN_SHARE = 0.9;
    private static final double HOUSEHOLD_MIN_DISTINCT_RATIO = 0.15;
    // The shortest national phone numbers of the EU and the EEA written without their trunk prefix (Denmark, Norway:
    // 8 digits); a count, an amount or a measure of persons never keeps one such width over many different values.
    private static final int FIXED_WIDTH_MIN_DIGITS = 8;
    // Digits in groups joined by one '-', '.', '/' or space: a certificate's or a file's number ("6356-9812451797").
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+(?:[./\\- ]\\d+){1,6}");
    // Two decimal numbers side by side are a point's coordinates ("48.11 -1.68"), not a code.
    private static final Pattern COORDINATES = Pattern.compile("[-+]?\\d{1,3}[.,]\\d+[ /]+[-+]?\\d{1,3}[.,]\\d+");
    // An amount as written, its thousands separator other than its decimal one ("1.250,50", "1 250.50", "12.345.678").
    private static final Pattern AMOUNT = Pattern.compile(
        "[-+]?\\d{1,3}(?:[ .]\\d{3})*(?:,\\d+)?|[-+]?\\d{1,3}(?:[ ,]\\d{3})*(?:\\.\\d+)?|[-+]?\\d+[.,]\\d+");
    private static final int DIGIT_GROUPS_MIN_DIGITS = 6;
    // A group this long is no day, month, hour or minute: times and short dates keep to groups of two.
    private static final int DIGIT_GROUPS_MIN_LONGEST = 3;
    // Two groups of four digits or fewer are a range, a period or a school year ("10-12", "2023/2024", "03/2025").
    private static final int PAIR_MAX_GROUP = 4;
    static final double NEARLY_EVERY_ROW = 0.9;
    // Shorter than five is a category or a postal code; longer than twelve is one of the codes uniqueCodes reads.
    private static final int SHORT_CODE_MIN = 5;
    private static final int SHORT_CODE_MAX = 12;
    // Seven digits: Chile's oldest RUNs, Argentina's first DNIs, Ireland's PPSN; longer than a postal code or a time.
    private static final int LONG_NUMBER_MIN_DIGITS = 7;

    private IdentifierShapes() {
    }

    /**
     * Whether the sampled values are all different and all codes: one token of 6 to 64 letters, digits and dashes, at
     * least 4 of them digits (a decimal amount, a date or a time has a separator or a space a code has not).
     */
    static boolean uniqueCodes(ColumnEvidence ev, int minSample) {
        return ev.sampled >= minSample && ev.distinct == ev.sampled
            && ev.distinctCounts.keySet().stream().allMatch(IdentifierShapes::isCode);
    }

    /**
     * Whether the sampled values are all different and all codes of one length, {@link #SHORT_CODE_MIN} to
     * {@link #SHORT_CODE_MAX} capitals and digits, most of them mixing both ("5ZK2M8Q"): a personal code of a scheme with
     * no check the rules know (Azerbaijan's FIN, seven characters of the identity card), too short and with too few
     * digits for {@link #uniqueCodes}. Words, categories and amounts neither keep one length nor mix digits into capitals.
     */
    static boolean shortFixedCodes(ColumnEvidence ev, int minSample) {
        if (ev.sampled < minSample || ev.distinct != ev.sampled) {
            return false;
        }
        int length = -1;
        int mixed = 0;
        for (String value : ev.distinctCounts.keySet()) {
            String v = value.strip();
            if (length < 0) {
                length = v.length();
            }
            if (v.length() != length || length < SHORT_CODE_MIN || length > SHORT_CODE_MAX) {
                return false;
            }
            boolean letter = false;
            boolean digit = false;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c >= 'A' && c <= 'Z') {
                    letter = true;
                } else {
                    return false;
                }
            }
            mixed += letter && digit ? 1 : 0;
        }
        return 2 * mixed >= ev.distinct;
    }

    /**
     * Whether the values are long codes (9 characters and 6 digits at least) most of which are shared by a few rows
     * only (at most {@link #HOUSEHOLD_MAX_ROWS}), consecutive or not: a household's or a case's key repeated for each
     * of its members. Postal codes, counts and amounts are shorter or have the shape of a number.
     */
    static boolean householdKeys(ColumnEvidence ev, int minSample) {
        if (ev.sampled < minSample || ev.distinct == ev.sampled || ev.distinct < HOUSEHOLD_MIN_DISTINCT_RATIO * ev.sampled) {
            return false;
        }
        int fewRows = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            String compact = SEPARATORS.matcher(e.getKey().strip()).replaceAll("");
            if (!isCode(e.getKey()) || compact.length() < HOUSEHOLD_MIN_LENGTH || compact.chars().filter(Character::isDigit).count() < 6) {
                return false;
            }
            fewRows += e.getValue() <= HOUSEHOLD_MAX_ROWS ? e.getValue() : 0;
        }
        return fewRows >= HOUSEHOLD_MIN_SHARE * ev.sampled;
    }

    /**
     * Whether the values are whole numbers of one width, {@link #FIXED_WIDTH_MIN_DIGITS} digits or more (written in one
     * piece or in groups), many of them different: a phone written in its national form ("95333147") whose country the
     * file does not tell, an account or a file number; counts and amounts of persons do not keep one width over many
     * different values.
     */
    static boolean fixedWidthNumbers(ColumnEvidence ev, int minSample) {
        if (ev.sampled < minSample || ev.distinct < minSample
                || ev.distinct < HOUSEHOLD_MIN_DISTINCT_RATIO * ev.sampled) {
            return false;
        }
        Set<Integer> widths = new HashSet<>();
        for (String value : ev.distinctCounts.keySet()) {
            String digits = digitsOf(value.strip());
            if (digits == null) {
                return false;
            }
            widths.add(digits.length());
            if (widths.size() > 1) {
                return false;
            }
        }
        return widths.size() == 1 && widths.iterator().next() >= FIXED_WIDTH_MIN_DIGITS;
    }

    /**
     * Whether the values are codes of digits in groups ({@link #isDigitGroupCode}) different on nearly every row (nine
     * in ten of the sampled values): a certificate's, a card's or a file's number. Read however few of the file's
     * other columns the rules understand, since no count, measure or category keeps such a shape over so many values.
     */
    static boolean digitGroupCodes(ColumnEvidence ev, int minSample) {
        return ev.sampled >= minSample && ev.distinct >= NEARLY_EVERY_ROW * ev.sampled
            && ev.distinctCounts.keySet().stream().allMatch(IdentifierShapes::isDigitGroupCode);
    }

    /**
     * Digits in two groups or more joined by one '-', '.', '/' or space, six digits at least, one group of three at
     * least ("6356-9812451797", "12/34567/2024", "123 4567 89012"); neither a date, a number with groups of thousands
     * or decimals ("1 250", "3.5"), a time or a short date ("14.30.15"), two decimals side by side (coordinates), nor a
     * pair of short groups (a range "10-12", a period "2023/2024", a month "03/2025").
     */
    static boolean isDigitGroupCode(String value) {
        String v = value.strip();
        if (!DIGIT_GROUPS.matcher(v).matches() || AMOUNT.matcher(v).matches() || COORDINATES.matcher(v).matches()
                || Validators.date(v)) {
            return false;
        }
        String[] groups = SEPARATORS.split(v);
        int digits = 0;
        int longest = 0;
        for (String g : groups) {
            digits += g.length();
            longest = Math.max(longest, g.length());
        }
        return digits >= DIGIT_GROUPS_MIN_DIGITS && longest >= DIGIT_GROUPS_MIN_LONGEST
            && !(groups.length == 2 && longest <= PAIR_MAX_GROUP);
    }

    /**
     * Whether the values are long numbers ({@link #isLongNumber}) different on nearly every row (nine in ten of the
     * sampled values): a personal number of a scheme no rule knows (a Chilean RUN "22.758.986-8", "12.213.816-K", an
     * Argentine DNI "30.482.913", an identity number in groups "186 026 921"), whose separators and check letter kept it
     * from every other shape of identifier. Read only for a column the rules were about to release.
     */
    static boolean longUniqueNumbers(ColumnEvidence ev, int minSample) {
        return ev.sampled >= minSample && ev.distinct >= NEARLY_EVERY_ROW * ev.sampled
            && ev.distinctCounts.keySet().stream().allMatch(v -> isLongNumber(v) || isLongNumber(withoutInnerCheckX(v)));
    }

    /**
     * The value without one X standing between digits after at least {@link #LONG_NUMBER_MIN_DIGITS} of them
     * ("51332119590110264X61"): the check character of ISO 7064 MOD 11-2 (China's citizen number, GB 11643-1999, writes
     * a check of ten as X), followed by digits a scheme adds to that number (a disability card's category and grade);
     * the value unchanged otherwise.
     */
    static String withoutInnerCheckX(String value) {
        String v = value.strip();
        int x = v.indexOf('X') >= 0 ? v.indexOf('X') : v.indexOf('x');
        if (x < LONG_NUMBER_MIN_DIGITS || x + 1 >= v.length() || !Character.isDigit(v.charAt(x - 1))
                || !Character.isDigit(v.charAt(x + 1))) {
            return v;
        }
        return v.substring(0, x) + v.substring(x + 1);
    }

    /**
     * A whole number of {@link #LONG_NUMBER_MIN_DIGITS} digits or more, in one piece or in groups joined by single spaces,
     * dashes or dots (dots only as thousands: groups of three after the first), perhaps ending in a check letter or digit
     * after a dash ("12.213.816-K", "4575341-4", "150661403-V"); never a date, a decimal ("1234567.5", "48.856614") or a
     * number with a comma.
     */
    static boolean isLongNumber(String value) {
        String v = value.strip();
        int end = v.length();
        if (end < LONG_NUMBER_MIN_DIGITS || end > 24) {
            return false;
        }
        char last = v.charAt(end - 1);
        if (last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z') {
            end--;
            if (end > 0 && (v.charAt(end - 1) == '-' || v.charAt(end - 1) == '/' || v.charAt(end - 1) == ' ')) {
                end--;
            }
        }
        if (end == 0 || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(end - 1))) {
            return false;
        }
        int digits = 0;
        int group = 0;
        boolean dots = false;
        boolean dotGroupsOfThree = true;
        for (int i = 0; i < end; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                group++;
                continue;
            }
            if (c != ' ' && c != '.' && c != '-' || group == 0) {
                return false;
            }
            if (c == '.') {
                dotGroupsOfThree &= dots ? group == 3 : group <= 3;
                dots = true;
            } else if (dots) {
                dotGroupsOfThree &= group == 3;
            }
            group = 0;
        }
        // A dot before a last group other than three digits is a decimal point, unless a dash closes a check digit.
        if (dots && !dotGroupsOfThree) {
            return false;
        }
        if (dots && group != 3 && !(group == 1 && v.charAt(end - 2) == '-')) {
            return false;
        }
        return digits >= LONG_NUMBER_MIN_DIGITS && !Validators.date(v);
    }

    /**
     * The digits of a whole number, written in one piece or in three groups or more joined by a blank, a dot or a dash
     * ("28 46 62 13", "470-12-34-56"), or null: a number with groups of thousands or decimals ("12 345 678", "3,5") or a date
     * ("12.03.2024") is not one.
     */
    static String digitsOf(String v) {
        if (v.isEmpty() || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == ' ' || ch == '.' || ch == '-')
                || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(v.length() - 1))) {
            return null;
        }
        int groups = SEPARATORS.split(v).length;
        // Two groups are a postal code's ("82057-772", a Brazilian CEP) as often as a number's; a phone has three or more.
        if (groups > 1 && (groups < 3 || !SEPARATED_CODE.matcher(v).matches() || NUMBER.matcher(v).matches()
                || Validators.date(v))) {
            return null;
        }
        return SEPARATORS.matcher(v).replaceAll("");
    }

    /**
     * One code of 6 to 64 letters and digits, at least 4 of them digits ("T1203853", a UUID); written with separators
     * inside ("124.63800.29-3", "035.822.817-44", "AB 12 34 56"), at least 8 digits and neither a date nor a number
     * with groups of thousands or decimals ("1 250.50", "12/03/2024").
     */
    static boolean isCode(String value) {
        if (UNIQUE_CODE.matcher(value).matches()) {
            return value.chars().filter(Character::isDigit).count() >= 4;
        }
        String v = value.strip();
        if (!SEPARATED_CODE.matcher(v).matches() || NUMBER.matcher(v).matches() || Validators.date(v)) {
            return false;
        }
        String compact = SEPARATORS.matcher(v).replaceAll("");
        return compact.length() >= 6 && compact.length() <= 64 && compact.chars().filter(Character::isDigit).count() >= 8;
    }
}
