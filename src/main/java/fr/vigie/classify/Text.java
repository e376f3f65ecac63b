package fr.vigie.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation of column names and values for matching: lower case, no accents, tokens. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INCLUSIVE_ENDING = Pattern.compile(
        "\\((?:e|s|es|ne|le|ve|euse|rice|trice|x)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCLUSIVE = Pattern.compile("\\((?:e|s|es|ne|le)\\)|[·.](?:e|es)\\b", Pattern.CASE_INSENSITIVE);

    /** Little words dropped from names and name patterns: "date de naissance" is "date naissance". */
    private static final Set<String> STOP_WORDS = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "of", "the",
        "a", "au", "aux", "en", "et", "dans", "par", "pour", "sur", "in", "on", "for", "and");
    /** Spellings of "number" all read as "num": "N° sécu", "no_secu", "numero_secu", "num_secu". */
    private static final Map<String, String> SYNONYMS = Map.of("n", "num", "no", "num", "nr", "num", "nro", "num",
        "numero", "num", "number", "num", "nbr", "nb", "nombre", "nb");

    /**
     * A currency's sign in a column's name is its ISO 4217 code ("Loyer (€)" → loyer, eur; "הכנסה (₪)" → ils): a word
     * the rules can read. Signs of the Unicode Currency Symbols block and CLDR's local symbols; "¥" is read as the yen.
     */
    private static final Map<Character, String> CURRENCY_SIGNS = Map.ofEntries(Map.entry('€', "eur"),
        Map.entry('£', "gbp"), Map.entry('$', "usd"), Map.entry('₪', "ils"), Map.entry('₫', "vnd"), Map.entry('֏', "amd"),
        Map.entry('₸', "kzt"), Map.entry('₴', "uah"), Map.entry('₽', "rub"), Map.entry('₺', "try"), Map.entry('₼', "azn"),
        Map.entry('₾', "gel"), Map.entry('₹', "inr"), Map.entry('₩', "krw"), Map.entry('¥', "jpy"), Map.entry('₦', "ngn"),
        Map.entry('฿', "thb"), Map.entry('৳', "bdt"));

    /**
     * A currency named in a script the normaliser does not write in Latin letters would leave no word: the Armenian
     * dram ("դրամ", "դր.") and the Israeli shekel's abbreviation ("ש״ח", "ש\"ח"; not "שקל", held by "משקל", a weight),
     * CLDR display names and symbols, read as their codes.
     */
    private static final Map<String, String> CURRENCY_NAMES = Map.of("դրամ", "amd", "դր.", "amd", "ש״ח", "ils",
        "ש\"ח", "ils");

    private Text() {
    }

    /** Lower case, accents removed, 'œ'/'æ' spelled out, every run of non-alphanumerics one space, trimmed. */
    static String normalize(String text) {
        // "Marié(e)", "Veuf(ve)", "Né(e)": inclusive endings would otherwise become words of their own.
        String source = text.indexOf('(') >= 0 ? INCLUSIVE_ENDING.matcher(text).replaceAll("") : text;
        if (!isAscii(source)) {
            // The numero sign "№" (Cyrillic forms, "Довідка №") is the word "no", read as "num" like "N°".
            String lower = source.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replace("№", " no ");
            // Kana before NFD: NFD would split a voiced kana (ガ) into its base and a mark the next step drops.
            lower = hasKana(lower) ? kana(lower) : lower;
            // Scripts the table below lacks (Devanagari, Thai, Ethiopic...), before NFD: an Indic vowel sign or
            // virama is a mark that NFD's removal of accents would drop, and the transliterator needs it.
            lower = OtherScripts.present(lower) ? OtherScripts.romanise(lower) : lower;
            source = transliterate(MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""));
        }
        // One pass over the (now ASCII or accent-free) text: this runs for every sampled value.
        StringBuilder out = new StringBuilder(source.length());
        boolean pendingSpace = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if ((pendingSpace || out.length() > 0 && han(out.charAt(out.length() - 1))) && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append((char) (c + ('a' - 'A')));
            } else if (han(c)) {
                // Kanji cannot be read without a dictionary: kept as written, a run of them one word, so that lists
                // written in kanji (氏名, 住所) match the same words in the data; apart from the romanised kana beside them.
                boolean afterHan = out.length() > 0 && han(out.charAt(out.length() - 1));
                if ((pendingSpace || !afterHan) && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * Latin letters that have no decomposition (ł, ø, đ, ð, þ, ħ, ı) and the Greek and Cyrillic alphabets written
     * in Latin letters (ELOT 743 for Greek, the Bulgarian official transliteration of 2009 for Cyrillic, Georgia's
     * national system of 2002 for Georgian, the consonants of the UNGEGN system of 1972 for Arabic, the Revised
     * Romanization of 2000 for Hangul, BGN/PCGN 1981 for Armenian, the consonants of the Academy of the Hebrew
     * Language's rules of 2006 for Hebrew), so that
     * "Płeć", "Fødselsdato", "Επώνυμο", "Фамилия" and "الجنس" are words like the others ("plec", "fodselsdato",
     * "eponymo", "familiya", "aljns"). Arabic script writes no short vowel: a word is its consonants and long vowels,
     * the article "al" kept on it, and the vocabularies written in Arabic script read the same way.
     */
    private static String transliterate(String lowerWithoutMarks) {
        StringBuilder out = null;
        for (int i = 0; i < lowerWithoutMarks.length(); i++) {
            char c = lowerWithoutMarks.charAt(i);
            // the Armenian and Hebrew letters (U+0561–U+05F4), the Georgian alphabet (Mkhedruli, U+10D0–U+10F0) and
            // the Hangul jamo (U+1100–U+11FF) too.
            String latin = c >= 0x00f0 && c <= 0x052f || c >= 0x0561 && c <= 0x06ff || c >= 0x10d0 && c <= 0x11ff
                ? TRANSLITERATION.get(c) : null;
            int start = i;
            if (c == 'ո' && i + 1 < lowerWithoutMarks.length() && lowerWithoutMarks.charAt(i + 1) == 'ւ') {
                // Armenian "ու" is one vowel, "u" (BGN/PCGN 1981), not its two letters.
                latin = "u";
                i++;
            } else if ((c == '\'' || c == '"') && i > 0 && hebrewLetter(lowerWithoutMarks.charAt(i - 1))
                    && (c == '\'' || i + 1 < lowerWithoutMarks.length() && hebrewLetter(lowerWithoutMarks.charAt(i + 1)))) {
                // A geresh typed as an apostrophe ("מס'", "ז'בוטינסקי") and gershayim typed as quotes in an acronym
                // ("קופ"ח") belong to their word, as the signs U+05F3 and U+05F4 do.
                latin = "";
            }
            if (latin != null && out == null) {
                out = new StringBuilder(lowerWithoutMarks.length() + 8).append(lowerWithoutMarks, 0, start);
            }
            if (out != null) {
                if (latin != null) {
                    out.append(latin);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? lowerWithoutMarks : out.toString();
    }

    /*
     * Hangul: a syllable block is decomposed by Unicode's own algorithm (Unicode 15, section 3.12) into its leading
     * consonant, vowel and trailing consonant, which NFD (run on every non-ASCII value above) already does; each jamo is
     * then written as in the Revised Romanization of Korean (Ministry of Culture and Tourism, 2000), syllable by syllable
     * without the sound changes across syllables: a final is written as it sounds at the end of a word (g, d, b as k, t,
     * p; the silent leading ieung as nothing), so "성별" is "seongbyeol" and "직업" "jikeop", the same in the rules'
     * lists and in the data. A table of 67 entries: no library, nothing to load, one map look-up per letter as for
     * Cyrillic.
     */
    private static final String[] HANGUL_INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
        "jj", "ch", "k", "t", "p", "h"};
    private static final String[] HANGUL_VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
        "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] HANGUL_FINALS = {"k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private static final Map<Character, String> TRANSLITERATION = transliterationTable();

    private static Map<Character, String> transliterationTable() {
        Map<Character, String> map = new java.util.HashMap<>();
        String[] pairs = {
            "ł", "l", "ø", "o", "đ", "d", "ð", "d", "þ", "th", "ħ", "h", "ı", "i",
            // Greek (lower case, accents already removed)
            "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ", "k",
            "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
            "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o",
            // Cyrillic (Bulgarian, Serbian and Macedonian letters)
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ж", "zh", "з", "z", "и", "i", "й", "y",
            "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
            "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sht", "ъ", "a", "ь", "y", "ю", "yu", "я", "ya",
            "ы", "y", "э", "e", "ё", "e", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz", "ѓ", "g", "ќ", "k",
            "ѕ", "dz", "і", "i", "ї", "i", "є", "e",
            // Cyrillic letters of Kazakh, Kyrgyz, Mongolian, Tajik, Uzbek, Bashkir and Tatar (their own alphabets' Latin
            // counterparts: Kazakh Latin of 2021, Uzbek Latin of 1995, Mongolian MNS 5217), and the Azerbaijani schwa.
            "ә", "a", "ғ", "g", "қ", "q", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h", "ҳ", "h", "ҷ", "j",
            "ҡ", "q", "ҙ", "z", "ҫ", "s", "ӏ", "", "ə", "a",
            // Urdu, Pashto, Sorani Kurdish and Uyghur letters of the Arabic script, as their nearest Persian letters.
            "ٹ", "t", "ڈ", "d", "ڑ", "r", "ں", "n", "ہ", "h", "ھ", "h", "ے", "e", "ۓ", "e", "ځ", "z", "څ", "s",
            "ډ", "d", "ړ", "r", "ږ", "zh", "ښ", "sh", "ګ", "g", "ڼ", "n", "ۍ", "y", "ې", "e", "ڤ", "v", "ۆ", "o",
            "ێ", "e", "ڵ", "l", "ڕ", "r", "ۇ", "u", "ۈ", "u", "ۋ", "v",
            // ---- Serbian ђ as Serbian Latin đ (read "d", as above); Georgian by the national system of 2002
            // (Government of Georgia, 2002; ISO 9984's successor): დაბადების თარიღი, "dabadebis tarighi".
            "ђ", "d",
            "ა", "a", "ბ", "b", "გ", "g", "დ", "d", "ე", "e", "ვ", "v", "ზ", "z", "თ", "t", "ი", "i", "კ", "k",
            "ლ", "l", "მ", "m", "ნ", "n", "ო", "o", "პ", "p", "ჟ", "zh", "რ", "r", "ს", "s", "ტ", "t", "უ", "u",
            "ფ", "p", "ქ", "k", "ღ", "gh", "ყ", "q", "შ", "sh", "ჩ", "ch", "ც", "ts", "ძ", "dz", "წ", "ts", "ჭ", "ch",
            "ხ", "kh", "ჯ", "j", "ჰ", "h",
            // Arabic by the UNGEGN system (1972) without its diacritics; the hamza and the 'ayn, written with a
            // sign of their own there, are dropped; the hamza's seats (أ إ آ ؤ ئ) are already their base letters
            // (Unicode decomposes them). Persian letters as in the same system; Arabic-Indic digits as digits.
            "ا", "a", "ب", "b", "ت", "t", "ث", "th", "ج", "j", "ح", "h", "خ", "kh", "د", "d", "ذ", "dh", "ر", "r",
            "ز", "z", "س", "s", "ش", "sh", "ص", "s", "ض", "d", "ط", "t", "ظ", "z", "ع", "", "غ", "gh", "ف", "f",
            "ق", "q", "ك", "k", "ل", "l", "م", "m", "ن", "n", "ه", "h", "و", "w", "ي", "y", "ى", "a", "ة", "a",
            "ء", "", "ـ", "", "پ", "p", "چ", "ch", "ژ", "zh", "گ", "g", "ک", "k", "ی", "y",
            "٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
            "۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9",
            // Armenian (lower case; capitals are lowered before) by the BGN/PCGN system of 1981 for Eastern Armenian,
            // without its apostrophes of aspiration (թ, չ, փ, ք, ց written as t, ch, p, k, ts) and without its
            // rules of position (ե is "e", ո is "o" everywhere): "Ազգանուն" is "azganun", "Սեռ" "ser".
            "ա", "a", "բ", "b", "գ", "g", "դ", "d", "ե", "e", "զ", "z", "է", "e", "ը", "y", "թ", "t", "ժ", "zh",
            "ի", "i", "լ", "l", "խ", "kh", "ծ", "ts", "կ", "k", "հ", "h", "ձ", "dz", "ղ", "gh", "ճ", "ch", "մ", "m",
            "յ", "y", "ն", "n", "շ", "sh", "ո", "o", "չ", "ch", "պ", "p", "ջ", "j", "ռ", "r", "ս", "s", "վ", "v",
            "տ", "t", "ր", "r", "ց", "ts", "ւ", "v", "փ", "p", "ք", "k", "օ", "o", "ֆ", "f", "և", "ev",
            // Hebrew by the consonants of the Academy of the Hebrew Language's rules of 2006 (simple transcription):
            // an abjad writes few vowels, the points (niqqud, dagesh) are marks already removed, so a letter is read
            // as its plosive (ב b, כ k, פ p), alef and ayin are not written, ו is "v" and י "y"; final forms as their
            // letters; geresh and gershayim belong to the word. "שם משפחה" is "shm mshphh", "מין" "myn".
            "א", "", "ב", "b", "ג", "g", "ד", "d", "ה", "h", "ו", "v", "ז", "z", "ח", "h", "ט", "t", "י", "y",
            "ך", "k", "כ", "k", "ל", "l", "ם", "m", "מ", "m", "ן", "n", "נ", "n", "ס", "s", "ע", "", "ף", "p", "פ", "p",
            "ץ", "ts", "צ", "ts", "ק", "k", "ר", "r", "ש", "sh", "ת", "t", "װ", "vv", "ױ", "vy", "ײ", "yy",
            "׳", "", "״", ""};
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        putJamo(map, 0x1100, HANGUL_INITIALS);
        putJamo(map, 0x1161, HANGUL_VOWELS);
        putJamo(map, 0x11a8, HANGUL_FINALS);
        return Map.copyOf(map);
    }

    private static void putJamo(Map<Character, String> map, int first, String[] latin) {
        for (int i = 0; i < latin.length; i++) {
            map.put((char) (first + i), latin[i]);
        }
    }

    /**
     * Whether the text is written in Vietnamese: a letter only Vietnamese uses among Latin scripts (ơ, ư, ă, đ, ĩ, ũ, or
     * one of the Latin Extended Additional block's vowels with a tone, ạ to ỹ). Plain "Nam" or "Xuân" does not say it.
     */
    static boolean vietnamese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1ea0 && c <= 0x1ef9 || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'ă' || c == 'Ă'
                    || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ') {
                return true;
            }
        }
        return false;
    }

    /** A CJK unified ideograph (kanji, hanzi, hanja), or the iteration mark 々. */
    private static boolean han(char c) {
        return c >= 0x4e00 && c <= 0x9fff || c >= 0x3400 && c <= 0x4dbf || c == 0x3005;
    }

    private static boolean hasKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3041 && c <= 0x30ff) {
                return true;
            }
        }
        return false;
    }

    /*
     * Kana: hiragana and katakana written in Latin letters as in the modified Hepburn romanisation (as in ISO 3602's
     * notes and the Japanese Government's passport table), kana by kana, its long vowels without their macron (the
     * macron would be dropped with the other marks anyway): ー is dropped, a small kana after an i-row kana makes a
     * contracted sound (きょ kyo, しゃ sha, ジャ ja), the small tsu doubles the next consonant (っぽ ppo), ん is n. Katakana
     * are hiragana 0x60 further; the dakuten and handakuten (combining or spacing) voice the kana before them.
     */
    private static final String[] KANA = {
        // U+3041 ぁ .. U+3096 ゖ
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de",
        "to", "do", "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe",
        "ho", "bo", "po", "ma", "mi", "mu", "me", "mo", "ya", "ya", "yu", "yu", "yo", "yo", "ra", "ri", "ru", "re", "ro",
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke"};

    private static String kana(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean doubleNext = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = c >= 0x30a1 && c <= 0x30f6 ? (char) (c - 0x60) : c;
            if (c == 0x3099 || c == 0x309b || c == 0x309a || c == 0x309c) {
                voice(out, c == 0x3099 || c == 0x309b);
                continue;
            }
            if (c == 0x30fc || c == 0x30fb) {
                // the long-vowel mark is dropped; the middle dot parts words
                if (c == 0x30fb) {
                    out.append(' ');
                }
                continue;
            }
            if (h < 0x3041 || h > 0x3096) {
                out.append(c);
                continue;
            }
            if (h == 0x3063) {
                doubleNext = true;
                continue;
            }
            String latin = KANA[h - 0x3041];
            boolean small = h == 0x3083 || h == 0x3085 || h == 0x3087 || h == 0x3041 || h == 0x3043 || h == 0x3045
                || h == 0x3047 || h == 0x3049;
            int len = out.length();
            if (small && len > 0) {
                // a small ya, yu, yo after an i-row kana: きゃ kya, しゃ sha, ちゃ cha, じゃ ja; a small vowel: ティ ti, ファ fa
                char last = out.charAt(len - 1);
                if ((h == 0x3083 || h == 0x3085 || h == 0x3087) && last == 'i') {
                    boolean palatal = len > 1 && (out.charAt(len - 2) == 'h' || out.charAt(len - 2) == 'j');
                    out.setLength(len - 1);
                    out.append(palatal ? latin.substring(1) : latin);
                    continue;
                }
                if (last == 'u' || last == 'i' || last == 'e' || last == 'o') {
                    out.setLength(len - 1);
                    out.append(latin);
                    continue;
                }
            }
            if (doubleNext && !latin.isEmpty()) {
                out.append(latin.startsWith("ch") ? 't' : latin.charAt(0));
            }
            doubleNext = false;
            out.append(latin);
        }
        return out.toString();
    }

    /** Voices (or, for the handakuten, makes p of) the last romanised kana: k→g, s→z, sh→j, t→d, ch→j, ts→z, h/f→b. */
    private static void voice(StringBuilder out, boolean dakuten) {
        int len = out.length();
        int start = len;
        while (start > 0 && out.charAt(start - 1) >= 'a' && out.charAt(start - 1) <= 'z'
                && "aiueo".indexOf(out.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start == 0) {
            return;
        }
        String vowels = out.substring(start);
        int consonantStart = start;
        while (consonantStart > 0 && "kgsztdcjhfbpnmyrwv".indexOf(out.charAt(consonantStart - 1)) >= 0
                && start - consonantStart < 2) {
            consonantStart--;
        }
        String consonant = out.substring(consonantStart, start);
        String voiced = switch (consonant) {
            case "k" -> "g";
            case "s", "ts" -> "z";
            case "sh", "ch" -> "j";
            case "t" -> "d";
            case "h", "f" -> dakuten ? "b" : "p";
            default -> consonant;
        };
        out.setLength(consonantStart);
        out.append(voiced).append(vowels);
    }

    /**
     * Whether the text has letters and none of them is read: a script no transliteration covers (Thai, Tamil, Ethiopic,
     * Han...), whose words the rules cannot tell apart, names from harmless labels.
     */
    static boolean unread(String text) {
        if (isAscii(text) || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String read = normalize(text);
        for (int i = 0; i < read.length(); i++) {
            if (read.charAt(i) >= 'a' && read.charAt(i) <= 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every letter of the text is read (written in Latin letters, or kept as kanji): false when some letter belongs
     * to a script the transliteration does not cover (Lao, Khmer, Sinhala, Tibetan, Tifinagh: ICU4J has no transliterator
     * for them). A list line partly read would be a shorter, broader word than the one written (Mongolian "Дүүрэг", a
     * district, was "reg" before the table read ү), so the lists skip such lines until their letters are read. For lists
     * only, read once on load.
     */
    static boolean fullyRead(String text) {
        if (isAscii(text)) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c) && !letterRead(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A letter is read when it is written in Latin letters, kept (kanji), or is one the table transliterates, perhaps
     * as nothing (Arabic ʿayn, Hebrew alef are no sound of their own in the consonant spelling); kana and modifier
     * letters (ー, ッ) are read with their neighbours.
     */
    private static boolean letterRead(char c) {
        if (Character.getType(c) == Character.MODIFIER_LETTER || c >= 0x3040 && c <= 0x30ff
                || !normalize(String.valueOf(c)).isEmpty()) {
            return true;
        }
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
        return !base.isEmpty() && TRANSLITERATION.containsKey(base.charAt(0));
    }

    /**
     * Whether the text holds Hangul (syllables or jamo), Hebrew, Armenian, kana or kanji letters, or letters of a script
     * read through ICU ({@link OtherScripts}: Devanagari, Thai, Tamil, Ethiopic...). These scripts are
     * read, but only their words that a list holds say anything: Korean names, places and labels are all words of two
     * or three syllables, Hebrew is read without its vowels (names, streets and diagnoses become short runs of
     * consonants), Armenian's romanised words are no Latin words, and kanji are kept as written (no transliteration
     * without a dictionary); so a column of them that no rule recognised is treated like words of a script no rule
     * reads (held in a file about persons, never released for the number of its values), and a column name in them
     * that no rule matched says nothing of what it holds.
     */
    static boolean readOnlyThroughLists(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xac00 && c <= 0xd7a3 || c >= 0x1100 && c <= 0x11ff || c >= 0x3131 && c <= 0x318e
                    || c >= 0x0531 && c <= 0x0587 || hebrewLetter(c)
                    // Japanese too: kana are read (Hepburn) and kanji kept as written, but only lists give them a sense.
                    || c >= 0x3041 && c <= 0x30ff || han(c)) {
                return true;
            }
        }
        // Every script read through ICU (Devanagari, Thai, Tamil, Ethiopic...) is read the same
        // way: its romanised words are no words of the languages the shapes were written for.
        return OtherScripts.readOnlyThroughLists(text);
    }

    private static boolean hebrewLetter(char c) {
        return c >= 0x05d0 && c <= 0x05f2;
    }

    /**
     * Whether the text holds letters of a script that is read but has no capital letters (Georgian Mkhedruli, Hangul,
     * Hebrew, and those read through ICU: Devanagari, Thai, Tamil, Ethiopic...): the shapes that tell a name or a sentence in other scripts (a capital, then small letters) say nothing
     * there.
     */
    static boolean caseless(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x10d0 && c <= 0x10ff || c >= 0x1100 && c <= 0x11ff || c >= 0x3131 && c <= 0x318e
                    || c >= 0xac00 && c <= 0xd7a3 || hebrewLetter(c)) {
                return true;
            }
        }
        // and the caseless scripts read through ICU (Brahmic scripts, Thai, Ethiopic, Myanmar, Thaana...)
        return OtherScripts.caseless(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens of a column name: split on camelCase humps, on letter/digit changes and on every
     * non-alphanumeric character, then normalised ({@code DateOfBirth} → date, of, birth;
     * {@code NOM_USAGE} → nom, usage; {@code tel2} → tel, 2).
     */
    static List<String> nameTokens(String name) {
        // Inclusive-writing marks ("Né(e) le", "inscrit·e") would otherwise split words apart.
        name = INCLUSIVE.matcher(name).replaceAll("");
        if (!isAscii(name)) {
            for (Map.Entry<String, String> currency : CURRENCY_NAMES.entrySet()) {
                if (name.contains(currency.getKey())) {
                    name = name.replace(currency.getKey(), " " + currency.getValue() + " ");
                }
            }
        }
        StringBuilder split = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0) {
                char p = name.charAt(i - 1);
                boolean hump = Character.isLowerCase(p) && Character.isUpperCase(c)
                    || Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                boolean digitChange = Character.isDigit(p) != Character.isDigit(c)
                    && Character.isLetterOrDigit(p) && Character.isLetterOrDigit(c);
                if (hump || digitChange) {
                    split.append(' ');
                }
            }
            String sign = CURRENCY_SIGNS.get(c);
            if (sign != null) {
                split.append(' ').append(sign).append(' ');
            } else {
                split.append(c);
            }
        }
        return canonicalWords(normalize(split.toString()));
    }

    /** Words of a normalised value without stop words: "Aide à l'énergie" and "aide énergie" compare equal. */
    static String[] valueWords(String normalised) {
        String[] split = normalised.split(" ");
        int kept = 0;
        for (String word : split) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                kept++;
            }
        }
        if (kept == split.length) {
            return split;
        }
        String[] words = new String[kept];
        int i = 0;
        for (String word : split) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words[i++] = word;
            }
        }
        return words;
    }

    /** Words of normalised text, without stop words, with synonyms replaced ("numero" → "num"). */
    static List<String> canonicalWords(String normalised) {
        List<String> words = new ArrayList<>();
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(SYNONYMS.getOrDefault(word, word));
            }
        }
        return words;
    }
}
