package fr.vigie.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact validators for the identifiers Vigie recognises. Each takes a raw cell (spaces and the usual
 * separators allowed where people write them) and says whether it is a well-formed value whose
 * check digits, if any, are right. Rules refer to them by the names of {@link #byName()}, which also holds
 * the national identifiers of {@link NationalIdentifiers}, the business identifiers of {@link BusinessIdentifiers}
 * and the phone numbers of {@link PhoneNumbers}.
 */
public final class Validators {
    /** The validator that checks nothing but presence ({@code any}): a value rule using it tells no kind of number. */
    static final Predicate<String> ANY = value -> !value.isBlank();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern SPACES_DASHES = Pattern.compile("[\\s\\-]");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-/]");
    private static final Pattern NIR = Pattern.compile("[123478]\\d{4}(?:\\d{2}|2[AB])\\d{8}");
    private static final Pattern EMAIL = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?");
    private static final Pattern PLATE_SIV = Pattern.compile(
        "([A-HJ-NP-TV-Z]{2})[\\s-]?(\\d{3})[\\s-]?([A-HJ-NP-TV-Z]{2})");
    private static final Pattern PLATE_FNI = Pattern.compile(
        "(\\d{1,4})[\\s-]?([A-HJ-NP-Z]{1,3})[\\s-]?(\\d{2}|2[AB]|97[1-6])");
    private static final Pattern ICD10 = Pattern.compile("[A-Z]\\d{2}(?:\\.?[0-9A-Z]{1,4})?[+*]?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}[.,](\\d{4,})");
    private static final Pattern DMS = Pattern.compile(
        "(\\d{1,3})°\\s?(\\d{1,2})['′]\\s?(\\d{1,2}(?:[.,]\\d+)?)(?:\"|″|'')?\\s?([NSEWO])");
    private static final Pattern DATE_DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T]\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?");
    private static final Pattern DATE_YMD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    // Year first with slashes or dots, as Japan, China, Korea and Hungary write a date ("2024/10/30", "2024.4.2.").
    private static final Pattern DATE_YMD_SLASH = Pattern.compile("(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})\\.?");
    // A Japanese date, in the Gregorian calendar or in an era's years ("昭和30年7月4日": Shōwa 30, 1955; 元年 its first).
    private static final Pattern DATE_JAPANESE = Pattern.compile(
        "(?:(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)|(\\d{4}))\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NINO = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");
    private static final Set<String> NINO_UNALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    // Canada's social insurance number: nine digits, bare or in three groups of three joined by a space or a dash.
    private static final Pattern CA_SIN = Pattern.compile("(\\d{3})([\\s\\-]?)(\\d{3})\\2(\\d{3})");
    private static final Pattern SSN = Pattern.compile("(\\d{3})[\\s\\-]?(\\d{2})[\\s\\-]?(\\d{4})");
    private static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();
    private static final Map<String, Predicate<String>> BY_NAME = registry();

    private Validators() {
    }

    /** The validators by the name rules use for them. */
    public static Map<String, Predicate<String>> byName() {
        return BY_NAME;
    }

    /**
     * French social security number (NIR): 15 characters, sex digit 1/2 (3, 4, 7, 8 for temporary
     * numbers), month 01-12 or the special values 20-42 and 50-99, Corsica 2A/2B, and the key
     * 97 − (number mod 97) where 2A counts as 19 and 2B as 18.
     */
    public static boolean nir(String raw) {
        if (raw.length() < 15 || raw.length() > 25) {
            return false;
        }
        String v = compact(raw).toUpperCase(Locale.ROOT);
        if (v.length() != 15 || !NIR.matcher(v).matches()) {
            return false;
        }
        int month = Integer.parseInt(v.substring(3, 5));
        if (!(month >= 1 && month <= 12 || month >= 20 && month <= 42 || month >= 50)) {
            return false;
        }
        String body = v.substring(0, 13);
        if (body.contains("2A")) {
            body = body.replace("2A", "19");
        } else if (body.contains("2B")) {
            body = body.replace("2B", "18");
        }
        long number = Long.parseLong(body);
        int key = Integer.parseInt(v.substring(13));
        return key == 97 - (int) (number % 97);
    }

    /** SIREN: 9 digits, Luhn. */
    public static boolean siren(String raw) {
        String v = compact(raw);
        return v.length() == 9 && allDigits(v) && luhn(v);
    }

    /** SIRET: 14 digits, Luhn; La Poste's establishments (SIREN 356000000) have a digit sum multiple of 5. */
    public static boolean siret(String raw) {
        String v = compact(raw);
        if (v.length() != 14 || !allDigits(v)) {
            return false;
        }
        if (v.startsWith("356000000")) {
            int sum = 0;
            for (int i = 0; i < v.length(); i++) {
                sum += v.charAt(i) - '0';
            }
            return sum % 5 == 0 || luhn(v);
        }
        return luhn(v);
    }

    /** IBAN (ISO 13616): known country, its length, and mod 97 = 1. */
    public static boolean iban(String raw) {
        if (raw.length() < 15 || raw.length() > 45) {
            return false;
        }
        String v = SPACES_DASHES.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (v.length() < 15 || v.length() > 34) {
            return false;
        }
        Integer length = IBAN_LENGTHS.get(v.substring(0, 2));
        if (length == null || length != v.length() || !Character.isDigit(v.charAt(2)) || !Character.isDigit(v.charAt(3))) {
            return false;
        }
        String rearranged = v.substring(4) + v.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                mod = (mod * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                mod = (mod * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return mod == 1;
    }

    /** BIC (ISO 9362): 8 or 11 characters with a real ISO country code. */
    public static boolean bic(String raw) {
        String v = raw.trim();
        Matcher m = BIC.matcher(v);
        return (v.length() == 8 || v.length() == 11) && m.matches() && COUNTRIES.contains(m.group(1));
    }

    /** Payment card number: Luhn, and a length that fits its network's prefix. */
    public static boolean creditCard(String raw) {
        if (raw.length() < 12 || raw.length() > 25) {
            return false;
        }
        String v = SPACES_DASHES.matcher(raw.trim()).replaceAll("");
        if (v.length() < 12 || v.length() > 19 || !allDigits(v) || !luhn(v)) {
            return false;
        }
        int n = v.length();
        int p1 = v.charAt(0) - '0';
        int p2 = Integer.parseInt(v.substring(0, 2));
        int p3 = Integer.parseInt(v.substring(0, 3));
        int p4 = Integer.parseInt(v.substring(0, 4));
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19; // Visa
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return n == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15; // American Express
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 && n <= 19; // JCB
        }
        if (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) {
            return n >= 14 && n <= 19; // Diners Club
        }
        if (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p2 == 62) {
            return n >= 16 && n <= 19; // Discover, UnionPay
        }
        if (p2 == 50 || p2 >= 56 && p2 <= 69) {
            return n >= 12 && n <= 19; // Maestro
        }
        return false;
    }

    /**
     * French phone number: national (0X XX XX XX XX with spaces, dots or dashes), international
     * (+33 / 0033, with or without the "(0)"), and the overseas E.164 prefixes.
     */
    public static boolean phoneFr(String raw) {
        String v = raw.trim();
        if (v.length() < 10 || v.length() > 25) {
            return false;
        }
        v = PHONE_SEPARATORS.matcher(v.replace("(0)", "")).replaceAll("");
        if (v.startsWith("+")) {
            v = "00" + v.substring(1);
        }
        if (!allDigits(v)) {
            return false;
        }
        if (v.startsWith("0033")) {
            String rest = v.substring(4);
            return rest.length() == 9 && rest.charAt(0) != '0';
        }
        for (String overseas : new String[] {"00262", "00269", "00590", "00594", "00596", "00508", "00687", "00689", "00681"}) {
            if (v.startsWith(overseas)) {
                String rest = v.substring(5);
                return rest.length() >= 6 && rest.length() <= 9 && rest.charAt(0) != '0';
            }
        }
        return v.length() == 10 && v.charAt(0) == '0' && v.charAt(1) != '0';
    }

    /** E-mail address (the usual dot-atom form, a domain with a top-level label). */
    public static boolean email(String raw) {
        String v = raw.trim();
        int at = v.indexOf('@');
        return at > 0 && at <= 64 && v.length() <= 254 && EMAIL.matcher(v).matches();
    }

    /** French postal code: 5 digits, department 01-95, or overseas 971-976 and 980-989. */
    public static boolean postalCode(String raw) {
        String v = raw.trim();
        if (v.length() != 5 || !allDigits(v)) {
            return false;
        }
        int dept = Integer.parseInt(v.substring(0, 2));
        int dept3 = Integer.parseInt(v.substring(0, 3));
        return dept >= 1 && dept <= 95 || dept3 >= 971 && dept3 <= 976 || dept3 >= 980 && dept3 <= 989;
    }

    /** INSEE commune code: department (01-95 except 20, 2A, 2B) + 3 digits, or overseas 971-976 + 2 digits. */
    public static boolean inseeCommune(String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 5) {
            return false;
        }
        String dept = v.substring(0, 2);
        String rest = v.substring(2);
        if (!allDigits(rest) || "000".equals(rest)) {
            return false;
        }
        if ("2A".equals(dept) || "2B".equals(dept)) {
            return true;
        }
        if (!allDigits(dept)) {
            return false;
        }
        int d = Integer.parseInt(dept);
        if (d == 97) {
            int d3 = rest.charAt(0) - '0';
            return d3 >= 1 && d3 <= 6 && !rest.endsWith("00");
        }
        return d >= 1 && d <= 95 && d != 20;
    }

    /** IPv4 dotted quad, no leading zeros. */
    public static boolean ipv4(String raw) {
        String v = raw.trim();
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !allDigits(part) || part.length() > 1 && part.charAt(0) == '0'
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** IPv6 in full, compressed ("::") or IPv4-embedded notation, optionally with a zone. */
    public static boolean ipv6(String raw) {
        String v = raw.trim();
        int zone = v.indexOf('%');
        if (zone >= 0) {
            if (zone == v.length() - 1) {
                return false;
            }
            v = v.substring(0, zone);
        }
        if (v.length() < 2 || v.length() > 45 || v.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = v.indexOf("::");
        if (doubleColon >= 0 && v.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int groups = 0;
        String[] halves = doubleColon >= 0
            ? new String[] {v.substring(0, doubleColon), v.substring(doubleColon + 2)} : new String[] {v};
        for (int h = 0; h < halves.length; h++) {
            String half = halves[h];
            if (half.isEmpty()) {
                continue;
            }
            String[] parts = half.split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean last = h == halves.length - 1 && i == parts.length - 1;
                if (last && part.indexOf('.') >= 0) {
                    if (!ipv4(part)) {
                        return false;
                    }
                    groups += 2;
                } else if (part.isEmpty() || part.length() > 4 || !isHex(part)) {
                    return false;
                } else {
                    groups++;
                }
            }
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    /** IPv4 or IPv6. */
    public static boolean ip(String raw) {
        return ipv4(raw) || ipv6(raw);
    }

    /** A single decimal latitude or longitude with at least 4 decimals (plain amounts rarely have them). */
    public static boolean coordinate(String raw) {
        Matcher m = DECIMAL.matcher(raw.trim());
        if (!m.matches()) {
            return false;
        }
        double value = Double.parseDouble(raw.trim().replace(',', '.'));
        return Math.abs(value) <= 180;
    }

    /**
     * A GPS position: "lat, lon" (or ';' or space separated) in decimal degrees with at least 4
     * decimals, or in degrees-minutes-seconds with hemispheres.
     */
    public static boolean gps(String raw) {
        String v = raw.trim();
        Matcher dms = DMS.matcher(v);
        int found = 0;
        int end = 0;
        while (dms.find()) {
            if (dms.start() != end && !v.substring(end, dms.start()).matches("[\\s,;]*")) {
                return false;
            }
            int degrees = Integer.parseInt(dms.group(1));
            int minutes = Integer.parseInt(dms.group(2));
            double seconds = Double.parseDouble(dms.group(3).replace(',', '.'));
            boolean latitude = "NS".contains(dms.group(4));
            if (degrees > (latitude ? 90 : 180) || minutes >= 60 || seconds >= 60) {
                return false;
            }
            found++;
            end = dms.end();
        }
        if (found > 0) {
            return found == 2 && end == v.length();
        }
        String[] parts = v.split("\\s*[;,]\\s*|\\s+");
        if (parts.length != 2) {
            // "43,6108, 3,8767" style decimal commas are ambiguous: only '.' decimals with ',' separators.
            return false;
        }
        if (!DECIMAL.matcher(parts[0]).matches() || !DECIMAL.matcher(parts[1]).matches()) {
            return false;
        }
        double lat = Double.parseDouble(parts[0].replace(',', '.'));
        double lon = Double.parseDouble(parts[1].replace(',', '.'));
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }

    /** French vehicle plate: current SIV (AA-123-AA) or the old FNI format (123 ABC 34). */
    public static boolean vehiclePlate(String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        Matcher siv = PLATE_SIV.matcher(v);
        if (siv.matches()) {
            return !"000".equals(siv.group(2)) && !"SS".equals(siv.group(1)) && !"WW".equals(siv.group(3))
                && !"SS".equals(siv.group(3));
        }
        Matcher fni = PLATE_FNI.matcher(v);
        if (fni.matches() && v.indexOf(' ') + v.indexOf('-') > -2) {
            // The old format is only recognised with its separators: "123ABC34" is too easy to confuse.
            String dept = fni.group(3);
            if (dept.equals("2A") || dept.equals("2B") || dept.startsWith("97")) {
                return true;
            }
            int d = Integer.parseInt(dept);
            return d >= 1 && d <= 95 && d != 20 && Integer.parseInt(fni.group(1)) > 0;
        }
        return false;
    }

    /** ICD-10 (CIM-10) code: a letter, two digits, an optional subdivision; dagger/asterisk marks allowed. */
    public static boolean icd10(String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        return v.length() >= 3 && v.length() <= 9 && ICD10.matcher(v).matches();
    }

    /**
     * French tax number (numéro fiscal, SPI): 13 digits, first digit 0-3, last three digits
     * = first ten digits mod 511.
     */
    public static boolean frTaxNumber(String raw) {
        String v = raw.trim().replace(" ", "");
        if (v.length() != 13 || !allDigits(v) || v.charAt(0) > '3') {
            return false;
        }
        return Long.parseLong(v.substring(0, 10)) % 511 == Integer.parseInt(v.substring(10));
    }

    /**
     * NHS number (England, Wales, Isle of Man): ten digits, often spaced 3-3-4, whose last is the
     * modulus-11 check digit of the first nine weighted 10 to 2 (a remainder giving 10 is never issued).
     */
    public static boolean nhsNumber(String raw) {
        if (raw.length() < 10 || raw.length() > 14) {
            return false;
        }
        String v = SPACES_DASHES.matcher(raw.trim()).replaceAll("");
        if (v.length() != 10 || !allDigits(v) || v.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (v.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == v.charAt(9) - '0';
    }

    /**
     * UK National Insurance number (HMRC, NIM39110): two prefix letters, six digits, a suffix A-D. D, F, I,
     * Q, U and V are never used in the prefix, nor O as its second letter; BG, GB, KN, NK, NT, TN and ZZ are
     * not allocated.
     */
    public static boolean ukNino(String raw) {
        if (raw.length() < 9 || raw.length() > 16) {
            return false;
        }
        String v = SPACES_DASHES.matcher(raw.trim()).replaceAll("").toUpperCase(Locale.ROOT);
        if (!NINO.matcher(v).matches()) {
            return false;
        }
        return !NINO_UNALLOCATED.contains(v.substring(0, 2));
    }

    /**
     * US social security number: area-group-serial (3-2-4 digits, dashes or spaces optional); the area is
     * never 000, 666 or 900-999, the group never 00, the serial never 0000 (SSA, POMS RM 10201.060).
     */
    public static boolean usSsn(String raw) {
        Matcher m = SSN.matcher(raw.trim());
        if (!m.matches()) {
            return false;
        }
        int area = Integer.parseInt(m.group(1));
        return area != 0 && area != 666 && area < 900 && Integer.parseInt(m.group(2)) != 0
            && Integer.parseInt(m.group(3)) != 0;
    }

    /**
     * Canada's social insurance number: nine digits (bare, or 3-3-3 with spaces or dashes) passing the Luhn check, the
     * first digit never 0 (not issued) nor 8 (business numbers) (Employment and Social Development Canada, SIN
     * Code of Practice; Canada Revenue Agency, T4 specifications).
     */
    public static boolean caSin(String raw) {
        Matcher m = CA_SIN.matcher(raw.trim());
        if (!m.matches()) {
            return false;
        }
        String digits = m.group(1) + m.group(3) + m.group(4);
        return digits.charAt(0) != '0' && digits.charAt(0) != '8' && luhn(digits);
    }

    /**
     * A calendar date: dd/mm/yyyy (or with '-' or '.'; mm/dd/yyyy when no day-first reading fits), or ISO yyyy-mm-dd,
     * optionally with a time.
     */
    public static boolean date(String raw) {
        String v = raw.trim();
        Matcher iso = DATE_YMD.matcher(v);
        if (iso.matches()) {
            return realDate(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dmy = DATE_DMY.matcher(v);
        if (dmy.matches()) {
            // Month first (07/26/1996, as the United States and the Philippines write it) only when the first number can
            // be a month and the second cannot: a date either way.
            return realDate(dmy.group(3), dmy.group(2), dmy.group(1)) || realDate(dmy.group(3), dmy.group(1), dmy.group(2));
        }
        Matcher ymd = DATE_YMD_SLASH.matcher(v);
        if (ymd.matches()) {
            return realDate(ymd.group(1), ymd.group(3), ymd.group(4));
        }
        int year = v.indexOf('年') > 0 ? japaneseYear(v) : -1;
        if (year < 0) {
            return false;
        }
        Matcher jp = DATE_JAPANESE.matcher(v);
        return jp.matches() && realDate(Integer.toString(year), jp.group(4), jp.group(5));
    }

    /**
     * The Gregorian year of a Japanese date ("昭和30年7月4日" 1955, "平成元年..." 1989, "2024年10月30日" 2024), or -1: the
     * eras of the Meiji, Taishō, Shōwa, Heisei and Reiwa emperors start in 1868, 1912, 1926, 1989 and 2019 (the era name
     * act of 1979, Gengō-hō), their first year written 元.
     */
    static int japaneseYear(String value) {
        Matcher m = DATE_JAPANESE.matcher(value.trim());
        if (!m.matches()) {
            return -1;
        }
        if (m.group(3) != null) {
            return Integer.parseInt(m.group(3));
        }
        int start = switch (m.group(1)) {
            case "明治" -> 1868;
            case "大正" -> 1912;
            case "昭和" -> 1926;
            case "平成" -> 1989;
            default -> 2019;
        };
        return start + ("元".equals(m.group(2)) ? 0 : Integer.parseInt(m.group(2)) - 1);
    }

    /** Luhn (mod 10) over a string of digits. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean realDate(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return y >= 1850 && y <= 2150;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String compact(String raw) {
        return SEPARATORS.matcher(raw).replaceAll("");
    }

    /** Whether the value is one or more ASCII digits, nothing else. */
    static boolean allDigits(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.digit(v.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Predicate<String>> registry() {
        Map<String, Predicate<String>> map = new LinkedHashMap<>();
        map.put("nir", Validators::nir);
        map.put("siren", Validators::siren);
        map.put("siret", Validators::siret);
        map.put("iban", Validators::iban);
        map.put("bic", Validators::bic);
        map.put("credit-card", Validators::creditCard);
        map.put("phone-fr", Validators::phoneFr);
        map.put("email", Validators::email);
        map.put("postal-code-fr", Validators::postalCode);
        map.put("insee-commune", Validators::inseeCommune);
        map.put("ipv4", Validators::ipv4);
        map.put("ipv6", Validators::ipv6);
        map.put("ip", Validators::ip);
        map.put("coordinate", Validators::coordinate);
        map.put("gps", Validators::gps);
        map.put("vehicle-plate-fr", Validators::vehiclePlate);
        map.put("icd10", Validators::icd10);
        map.put("fr-tax-number", Validators::frTaxNumber);
        map.put("date", Validators::date);
        map.put("nhs-number", Validators::nhsNumber);
        map.put("uk-nino", Validators::ukNino);
        map.put("us-ssn", Validators::usSsn);
        map.put("ca-sin", Validators::caSin);
        map.put("phone-intl", PhoneNumbers::international);
        map.put("phone-europe", PhoneNumbers::europeanNational);
        map.put("mobile-phone", PhoneNumbers::mobile);   // a person's own line among switchboards
        map.putAll(NationalIdentifiers.byName());
        map.putAll(BusinessIdentifiers.byName());
        map.put("any", ANY);
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Integer> ibanLengths() {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 "
            + "EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 "
            + "JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 "
            + "PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 "
            + "VG24 XK20";
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String entry : table.split(" ")) {
            map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Collections.unmodifiableMap(map);
    }
}
