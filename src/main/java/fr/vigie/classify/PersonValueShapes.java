package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.List;
import java.util.Map;

/**
 * Shapes of values that say what a column of a file about persons is when its header says nothing or is lost
 * (spreadsheet letters, {@code Kolom3}, {@code TA}), whatever the words or the language:
 * <ul>
 *   <li>family names beside first names: words written as proper nouns, many different, next to a column read as
 *       persons' names, are the rest of those names;</li>
 *   <li>a blood pressure: two whole numbers over a slash, the first (systolic) above the second (diastolic), each in
 *       the range a body gives; scores ({@code 4/5}), attendance ({@code 11/12}) and days and months fall outside;</li>
 *   <li>persons' full names under a name that says nothing: two to four words written as a name is, each with its
 *       capital, many different ("Baya Rashid", "Hodan Jaamac"): a person named, a carer or a representative;</li>
 *   <li>a key named as such shared by a few rows each ({@code 813 219}: a vehicle and its occupants, a household and
 *       its members): numbers that link a handful of persons to one record.</li>
 * </ul>
 * Each reading is asked only of a column failing closed was about to release, and reads its distinct sampled values
 * once, character by character.
 */
final class PersonValueShapes {

    /**
     * The section {@code failClosed.valueShapes}.
     *
     * @param familyName            what family names beside first names are read as (an IDENTIFYING info type)
     * @param familyNameMinDistinct family names: at least this share of different values among the sampled ones
     * @param bloodPressure         what a blood pressure is read as (a SENSITIVE info type of the HEALTH domain)
     * @param systolic              the lowest and highest systolic pressure (mmHg)
     * @param diastolic             the lowest and highest diastolic pressure (mmHg)
     * @param bloodPressureMinShare at least this share of the sampled values are blood pressures
     * @param bloodPressureConfidence the confidence of a blood pressure so read
     * @param sharedKeyMinDigits    a shared key has at least this many digits
     * @param sharedKeyMinDistinct  ...and at least this share of different values (a few rows each)
     * @param fullNamesMinShare     full names: at least this share of the sampled values (with their counts) are full
     *                              names (held as the familyName info type; above 1: never read)
     * @param fullNamesMinDistinct  ...and at least this share of different values among the sampled ones
     * @param protectedMaxDistinct  a column named for a protected attribute whose values did not confirm it, with at
     *                              most this many different values (a sex's two or three, each written in a couple of
     *                              ways), is unknown, not released (0: never)
     */
    record Rules(Category familyName, double familyNameMinDistinct, Category bloodPressure, Range systolic,
            Range diastolic, double bloodPressureMinShare, double bloodPressureConfidence, int sharedKeyMinDigits,
            double sharedKeyMinDistinct, double fullNamesMinShare, double fullNamesMinDistinct, int protectedMaxDistinct) {

        /** No section: none of these shapes is read. */
        static Rules none() {
            return new Rules(null, 1, null, Range.NONE, Range.NONE, 1, 0.5, Integer.MAX_VALUE, 1, 2, 1, 0);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("familyNames", "bloodPressure", "sharedKeys", "fullNames", "protectedNames");
            Category familyName = null;
            double familyMin = 1;
            if (node.has("familyNames")) {
                ConfigNode f = node.get("familyNames").allowOnly("infoType", "minDistinctRatio");
                familyName = FailClosed.Rules.infoType(f, infoTypes);
                if (familyName.attributeType() != AttributeType.IDENTIFYING) {
                    throw f.get("infoType").error("family names must be read as an IDENTIFYING info type");
                }
                familyMin = f.number("minDistinctRatio", 0.3, 0, 1);
            }
            double fullShare = 2;
            double fullDistinct = 1;
            if (node.has("fullNames")) {
                ConfigNode f = node.get("fullNames").allowOnly("minShare", "minDistinctRatio");
                if (familyName == null) {
                    throw f.error("full names are held as the info type of familyNames: declare familyNames");
                }
                fullShare = f.number("minShare", 0.9, 0.5, 1);
                fullDistinct = f.number("minDistinctRatio", 0.5, 0.2, 1);
            }
            Category pressure = null;
            Range systolic = Range.NONE;
            Range diastolic = Range.NONE;
            double share = 1;
            double confidence = 0.5;
            if (node.has("bloodPressure")) {
                ConfigNode b = node.get("bloodPressure").allowOnly("infoType", "systolic", "diastolic", "minShare",
                    "confidence");
                pressure = FailClosed.Rules.infoType(b, infoTypes);
                if (pressure.attributeType() != AttributeType.SENSITIVE || pressure.domain() != Domain.HEALTH) {
                    throw b.get("infoType").error("a blood pressure must be a SENSITIVE info type of the HEALTH domain");
                }
                systolic = range(b.require("systolic"));
                diastolic = range(b.require("diastolic"));
                share = b.number("minShare", 0.9, 0.5, 1);
                confidence = b.number("confidence", 0.8, 0.6, 1);
            }
            int keyDigits = Integer.MAX_VALUE;
            double keyDistinct = 1;
            if (node.has("sharedKeys")) {
                ConfigNode k = node.get("sharedKeys").allowOnly("minDigits", "minDistinctRatio");
                keyDigits = k.integer("minDigits", 5);
                if (keyDigits < 4) {
                    throw k.get("minDigits").error("must be at least 4 (shorter numbers are counts and codes)");
                }
                keyDistinct = k.number("minDistinctRatio", 0.25, 0.05, 1);
            }
            int protectedMax = 0;
            if (node.has("protectedNames")) {
                ConfigNode p = node.get("protectedNames").allowOnly("maxDistinct");
                protectedMax = p.integer("maxDistinct", 6);
                if (protectedMax < 2) {
                    throw p.get("maxDistinct").error("must be at least 2 (a sex has two values at least)");
                }
            }
            return new Rules(familyName, familyMin, pressure, systolic, diastolic, share, confidence, keyDigits, keyDistinct,
                fullShare, fullDistinct, protectedMax);
        }

        private static Range range(ConfigNode node) {
            List<ConfigNode> items = node.items();
            if (items.size() != 2) {
                throw node.error("must be [lowest, highest]");
            }
            int low = items.get(0).asInt();
            int high = items.get(1).asInt();
            if (low < 1 || high <= low) {
                throw node.error("must be [lowest, highest] with 0 < lowest < highest");
            }
            return new Range(low, high);
        }
    }

    /** A pressure's lowest and highest value (mmHg), both included; {@link #NONE} holds none. */
    record Range(int low, int high) {
        static final Range NONE = new Range(1, 0);

        boolean holds(int value) {
            return value >= low && value <= high;
        }
    }

    private PersonValueShapes() {
    }

    /**
     * Whether the values are family names: at least minDistinctRatio of them different, every different value one to
     * four words of letters (apostrophes, hyphens), no digit, three in four at least beginning with a capital
     * ("De Hoekenga", "KLOMPSTRA", "N'Diaye"). The caller asks it only of a column beside one read as persons' names.
     */
    static boolean familyNames(Rules rules, ColumnEvidence ev, int minSample) {
        if (rules.familyName() == null || ev.sampled < minSample || ev.distinctRatio() < rules.familyNameMinDistinct()) {
            return false;
        }
        int capitalised = 0;
        for (String value : ev.distinctCounts.keySet()) {
            String v = value.strip();
            if (!nameWords(v)) {
                return false;
            }
            capitalised += Character.isUpperCase(v.codePointAt(0)) ? 1 : 0;
        }
        // Typed in a hurry, a few names lose their capital ("dhainaut"); most keep it.
        return 4 * capitalised >= 3 * ev.distinct;
    }

    /**
     * Whether the values are persons' full names: at least fullNamesMinDistinct of them different, and at least
     * fullNamesMinShare of the sampled values two to four words of letters (apostrophes, hyphens), no digit, every word
     * beginning with a capital ("Baya Rashid", "Hodan Jaamac", "Мөнх-Эрдэнэ Бат"). A sentence, a code or a list in
     * lower case is none. Asked only of a column failing closed was about to release.
     */
    static boolean fullNames(Rules rules, ColumnEvidence ev, int minSample) {
        if (rules.familyName() == null || ev.sampled < minSample || ev.distinctRatio() < rules.fullNamesMinDistinct()) {
            return false;
        }
        int named = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            String v = e.getKey().strip();
            if (nameWords(v) && capitalisedWords(v) >= 2) {
                named += e.getValue();
            }
        }
        return named >= rules.fullNamesMinShare() * ev.sampled;
    }

    /** Whether one value is written as a person's full name: two to four capitalised words of letters, no digit. */
    static boolean writtenAsFullName(String value) {
        String v = value.strip();
        return nameWords(v) && capitalisedWords(v) >= 2;
    }

    /** The words of the value if every one begins with a capital letter, else 0. */
    private static int capitalisedWords(String v) {
        int words = 0;
        for (String w : v.split("[ ]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return 0;
            }
            words++;
        }
        return words;
    }

    private static boolean nameWords(String v) {
        if (v.isEmpty() || v.length() > 40 || !Character.isLetter(v.codePointAt(0))) {
            return false;
        }
        int words = 1;
        int letters = 0;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == ' ') {
                words++;
            } else if (c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return letters >= 2 && words <= 4;
    }

    /**
     * Whether at least minShare of the sampled values (with their counts) are blood pressures: two whole numbers over a
     * slash, in any script's digits ("۱۳۰/۹۸"), the systolic within its range and above the diastolic within its own.
     */
    static boolean bloodPressures(Rules rules, ColumnEvidence ev, int minSample) {
        if (rules.bloodPressure() == null || ev.sampled < minSample || ev.distinct < 5) {
            return false;
        }
        int pressures = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            if (bloodPressure(rules, e.getKey())) {
                pressures += e.getValue();
            }
        }
        return pressures >= rules.bloodPressureMinShare() * ev.sampled;
    }

    private static boolean bloodPressure(Rules rules, String value) {
        int[] parts = {0, 0};
        int[] digits = {0, 0};
        int part = 0;
        String v = value.strip();
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                if (++digits[part] > 3) {
                    return false;
                }
                parts[part] = parts[part] * 10 + d;
            } else if (c == '/' && part == 0 && digits[0] > 0) {
                part = 1;
            } else if (c != ' ') {
                return false;
            }
        }
        int sys = parts[0];
        int dia = parts[1];
        return part == 1 && digits[1] > 0 && sys > dia && rules.systolic().holds(sys)
            && rules.diastolic().holds(dia);
    }

    /**
     * Whether the values are a key shared by a few rows each: every different value a whole number of at least
     * sharedKeyMinDigits digits, in one piece or in groups of single spaces ("813 219"), and at least
     * sharedKeyMinDistinctRatio of the sampled values different. The caller asks it only of a column named as a key.
     */
    static boolean sharedKeys(Rules rules, ColumnEvidence ev, int minSample) {
        if (ev.sampled < minSample || ev.distinct < rules.sharedKeyMinDistinct() * ev.sampled || ev.distinct < 2) {
            return false;
        }
        for (String value : ev.distinctCounts.keySet()) {
            String v = value.strip();
            int digits = 0;
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != ' ' || k == 0 || v.charAt(k - 1) == ' ') {
                    return false;
                }
            }
            if (digits < rules.sharedKeyMinDigits()) {
                return false;
            }
        }
        return true;
    }
}
