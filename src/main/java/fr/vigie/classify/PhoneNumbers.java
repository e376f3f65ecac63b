package fr.vigie.classify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/**
 * Phone numbers of every country, checked against Google's libphonenumber metadata (number plans of each
 * region: lengths and allocated prefixes). A cheap look at the characters comes first, so that columns of
 * amounts, codes and words cost next to nothing; French numbers keep their own validator
 * ({@link Validators#phoneFr}).
 */
final class PhoneNumbers {
    /** EU and EEA countries, Switzerland and the United Kingdom: the regions whose national forms are tried. */
    static final List<String> EUROPEAN_REGIONS = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
        "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "CH", "GB");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    private PhoneNumbers() {
    }

    /**
     * A number written with its country code ("+48 512 345 678", "0048 512-345-678", "+44 (0)20 7946 0958") that
     * is valid in its country's plan.
     */
    static boolean international(String raw) {
        String v = raw.strip();
        // French numbers, the most frequent here, are checked without parsing.
        return prefixed(v) && (Validators.phoneFr(v) || parsedRegion(v) != null);
    }

    /**
     * A number written in the national form of a European country ("0612 345 678", "512 345 678", "030 1234567")
     * that is valid in that country's plan. Many bare numbers are valid somewhere (a nine-digit order number is a
     * Polish mobile), so rules use this only to confirm a column named as a phone.
     */
    static boolean europeanNational(String raw) {
        String v = raw.strip();
        if (v.startsWith("+") || v.startsWith("00") || !phoneCharacters(v, 0)) {
            return false;
        }
        if (Validators.phoneFr(v)) {
            return true;
        }
        for (String region : EUROPEAN_REGIONS) {
            try {
                if (UTIL.isValidNumberForRegion(UTIL.parse(v, region), region)) {
                    return true;
                }
            } catch (NumberParseException e) {
                // not a number of this region's form: try the next
            }
        }
        return false;
    }

    /**
     * The region (ISO 3166 code, "DK") of a number written with its country code and valid in its plan, or null: what
     * tells the country of a file whose other numbers are written in their national form.
     */
    static String region(String raw) {
        String v = raw.strip();
        return prefixed(v) ? parsedRegion(v) : null;
    }

    /**
     * A mobile phone: a French number in its national form or any country's number written with its country
     * code ("+49 151 2345 6789", "0033 7 12 34 56 78") whose plan says it is a mobile (libphonenumber's number type
     * MOBILE; a plan that cannot tell a mobile from a landline, as North America's, says neither). A person's own line
     * beside an organisation's switchboards.
     */
    static boolean mobile(String raw) {
        String v = raw.strip();
        boolean plus = v.startsWith("+");
        boolean zeros = v.startsWith("00");
        if (!phoneCharacters(v, plus ? 1 : zeros ? 2 : 0)) {
            return false;
        }
        if (!plus && !zeros) {
            // French national form: 06 and 07 are the mobiles of the ARCEP plan.
            return Validators.phoneFr(v) && (v.charAt(1) == '6' || v.charAt(1) == '7');
        }
        try {
            PhoneNumber parsed = UTIL.parse(plus ? v : "+" + v.substring(2), "ZZ");
            return UTIL.isValidNumber(parsed) && UTIL.getNumberType(parsed) == PhoneNumberUtil.PhoneNumberType.MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Written with a country code ("+", "00"), then only digits and the separators people write. */
    private static boolean prefixed(String v) {
        boolean plus = v.startsWith("+");
        return (plus || v.startsWith("00")) && phoneCharacters(v, plus ? 1 : 2);
    }

    /** The region of a number {@link #prefixed written with its country code}, if valid in its plan; else null. */
    private static String parsedRegion(String v) {
        try {
            PhoneNumber parsed = UTIL.parse(v.startsWith("+") ? v : "+" + v.substring(2), "ZZ");
            return UTIL.isValidNumber(parsed) ? UTIL.getRegionCodeForNumber(parsed) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** A number valid in the plan of {@code region}, written in its national form ("20888180", "28 46 62 13") or not. */
    static boolean validIn(String raw, String region) {
        String v = raw.strip();
        boolean plus = v.startsWith("+");
        if (!phoneCharacters(v, plus ? 1 : v.startsWith("00") ? 2 : 0)) {
            return false;
        }
        try {
            return UTIL.isValidNumberForRegion(UTIL.parse(plus || !v.startsWith("00") ? v : "+" + v.substring(2), region), region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Only digits and the separators people write, with 7 to 15 digits after {@code from}. */
    private static boolean phoneCharacters(String v, int from) {
        if (v.length() < MIN_DIGITS + from || v.length() > 25) {
            return false;
        }
        int digits = 0;
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '(' && c != ')' && c != '\u00a0') {
                return false;
            }
        }
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }
}
