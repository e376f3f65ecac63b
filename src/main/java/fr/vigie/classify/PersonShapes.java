package fr.vigie.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person's name, pseudonym or labelled phone is written, in any script (Latin, Greek, Cyrillic...): shapes only,
 * which decide nothing alone; {@link ContactShapes} asks that something else bear them out (a title, an initial, the
 * names of the file's persons, a known name, a number valid in its plan). A value is never written to a note.
 */
final class PersonShapes {
    // A remark in brackets after a person: a role, a unit, a relation ("(DRH)", "(cheffe de service)", "(tytär)").
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]{1,40}\\)");
    // Persons listed in one cell: "Mme Tanguy, M. Hamon", "M. Collet / Mme Renaud", "Mme X et M. Y".
    private static final Pattern LIST = Pattern.compile("\\s*(?:[,;/&+]|\\s(?:et|and|und|e|y|i|ja|og|och|en)\\s)\\s*");
    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]+";
    // An initial (or two, "J.-P.") and a family name: how staff are written on a roster, in any script.
    private static final Pattern INITIALLED = Pattern.compile("\\s*\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)?\\s?" + WORD + "(?:[\\s\\-]" + WORD + ")?\\s*");
    // A word of a name: capitalised ("Oja", "Δημητρίου", "Al-Hamwi", "Jean-Pierre") or in capitals ("DURAND").
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{Ll}'’]*(?:-\\p{Lu}?\\p{Ll}[\\p{Ll}'’]*)*|\\p{Lu}{2,}(?:[\\-'’]\\p{Lu}+)*");
    private static final Pattern PARTICLE = Pattern.compile("(?:de|du|da|di|do|dos|das|van|von|der|den|ter|ten|le|la|al|el|bin|ben|d'|d’)");
    // A pseudonym: one word of letters, maybe joined ("habitant_cleunay", "IsabelleGuillou") or numbered ("yann5").
    private static final Pattern HANDLE = Pattern.compile("[\\p{L}][\\p{L}\\d._\\-']{2,29}");
    private static final Pattern JOINED = Pattern.compile(".*(?:\\p{L}[._\\-\\d]|\\p{Ll}\\p{Lu}).*|\\p{Ll}+");
    // A first name and the initial of the family name: "Nolwenn L."
    private static final Pattern GIVEN_INITIAL = Pattern.compile("\\s*\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*\\s\\p{Lu}\\.\\s*");
    private static final Pattern HANDLE_PIECES = Pattern.compile("[._\\-\\d']+|(?<=\\p{Ll})(?=\\p{Lu})|\\s+");
    // A word or two (the relation, the place: "nièce", "voisine du 2e", "domicile") and a phone number, or the reverse.
    private static final String PHONE = "(\\+?[\\d(][\\d .\\-/()\\u00a0]{5,22}\\d)";
    // The label is words, one with a small letter ("SO-2025-099868" is an order number), apart from the number.
    private static final String LABEL = "(?=[^\\d]*\\p{Ll})\\p{L}[\\p{L}'’ .\\-]{0,29}?";
    private static final Pattern LABEL_PHONE = Pattern.compile("\\s*" + LABEL + "(?:\\s*[:–]\\s*|\\s+)" + PHONE + "\\s*");
    private static final Pattern PHONE_LABEL = Pattern.compile("\\s*" + PHONE + "(?:\\s*[–,:]\\s*|\\s+)\\(?" + LABEL + "\\)?\\s*");

    private PersonShapes() {
    }

    /** The value without its remarks in brackets. */
    static String withoutRemarks(String value) {
        return REMARK.matcher(value).replaceAll("").strip();
    }

    /**
     * Every person listed in the value is written with a civil title ({@code titled}) or an initial: "M. Le Goff (DRH),
     * Mme Briand (DGA)", "Me Da Costa", "Κ. Δημητρίου".
     */
    static boolean marked(String value, Pattern titled) {
        String v = withoutRemarks(value);
        if (v.isEmpty() || v.length() > 120) {
            return false;
        }
        for (String person : LIST.split(v)) {
            if (!titled.matcher(person).matches() && !INITIALLED.matcher(person).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One to four words written as a name is, in any script, no digit: "Hanna Oja", "Δημήτριος", "Sairaanhoitaja Anu
     * Lehto", "LE CORRE Yann"; a remark in brackets aside.
     */
    static int nameWords(String value) {
        String v = withoutRemarks(value);
        if (v.isEmpty() || v.length() > 60) {
            return 0;
        }
        String[] words = v.split("\\s+");
        if (words.length > 4) {
            return 0;
        }
        int named = 0;
        for (String w : words) {
            if (NAME_WORD.matcher(w).matches()) {
                named++;
            } else if (!PARTICLE.matcher(w).matches()) {
                return 0;
            }
        }
        return named == 0 ? 0 : words.length;
    }

    /** A pseudonym's shape: "yann5", "IsabelleGuillou", "habitant_cleunay", "lea.m", "Nolwenn L.". */
    static boolean handle(String value) {
        String v = value.strip();
        if (GIVEN_INITIAL.matcher(v).matches()) {
            return true;
        }
        if (!HANDLE.matcher(v).matches() || !JOINED.matcher(v).matches()) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetter(v.charAt(i))) {
                letters++;
            } else if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        // A code keeps its digits ("AB-1234"); a pseudonym is mostly letters.
        return letters >= 3 && digits <= 4 && digits * 2 < letters;
    }

    /** The words a pseudonym is made of: "IsabelleGuillou" gives Isabelle and Guillou; "yann5" gives yann. */
    static List<String> handlePieces(String value) {
        List<String> pieces = new ArrayList<>();
        for (String piece : HANDLE_PIECES.split(value.strip())) {
            if (piece.length() >= 3) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** The phone of a value that is a word or two and a phone ("nièce +33 6 00 94 78 54"), or null. */
    static String labelledPhone(String value) {
        if (value.length() > 60) {
            return null;
        }
        Matcher m = LABEL_PHONE.matcher(value);
        if (m.matches()) {
            return m.group(1);
        }
        m = PHONE_LABEL.matcher(value);
        return m.matches() ? m.group(1) : null;
    }
}
