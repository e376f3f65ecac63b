package fr.vigie.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Check-digit validators of the personal identification numbers of European countries (and Brazil's CPF),
 * written from each number's public definition, named in the javadoc of its method. No library on Maven
 * Central covers them together (single-country PESEL validators exist; python-stdnum, which covers them all,
 * is not Java): each method is short and tested on the published examples of its source and on the same
 * number with one digit changed.
 *
 * <p>Each accepts a raw cell with the separators people write (spaces, dots, dashes, a slash) and says
 * whether it is a well-formed number whose check digits and embedded birth date, if any, are right. Rules
 * refer to them by the names of {@link #byName()}.
 */
public final class NationalIdentifiers {
    private static final String CONTROL_23 = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String HETU_CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final String CF_MONTHS = "ABCDEHLMPRST";
    // Thông tư 07/2016/TT-BCA, annex: the codes of the 63 provinces and cities (those of Decision 124/2004/QĐ-TTg).
    private static final Set<Integer> VN_PROVINCES = Set.of(1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17,
        19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60,
        62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);
    private static final Map<String, Predicate<String>> BY_NAME = registry();

    private NationalIdentifiers() {
    }

    /** The validators by the name rules use for them. */
    public static Map<String, Predicate<String>> byName() {
        return BY_NAME;
    }

    /**
     * Poland, PESEL: YYMMDD, 4 serial digits, a check digit; weights 1,3,7,9 repeated, check = (10 − sum mod 10)
     * mod 10; the month carries the century (+80 for 1800s, +20 for 2000s, +40, +60). Source: Ustawa o ewidencji
     * ludności (Dz.U. 2010 nr 217 poz. 1427), art. 15; Ministerstwo Cyfryzacji, "Numer PESEL".
     */
    public static boolean pesel(String raw) {
        String v = digits(raw, 11);
        if (v == null) {
            return false;
        }
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        if ((10 - weighted(v, weights) % 10) % 10 != digit(v, 10)) {
            return false;
        }
        int month = number(v, 2, 4);
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        return isDate(century + number(v, 0, 2), month % 20, number(v, 4, 6));
    }

    /**
     * Czech Republic and Slovakia, rodné číslo: YYMMDD/SSSC, ten digits since 1954; the whole number is divisible
     * by 11 (or the first nine give remainder 10 and the check is 0, 1954–1985); women's months +50, and +20 from
     * 2004 when a day's serials run out. Source: zákon č. 133/2000 Sb. (CZ), § 13; zákon č. 301/1995 Z. z. (SK).
     * Nine-digit numbers (before 1954) have no check digit and are not accepted.
     */
    public static boolean rodneCislo(String raw) {
        String v = digits(raw, 10);
        if (v == null) {
            return false;
        }
        long first9 = Long.parseLong(v.substring(0, 9));
        int check = digit(v, 9);
        if (!(first9 % 11 == check || first9 % 11 == 10 && check == 0)) {
            return false;
        }
        int yy = number(v, 0, 2);
        int month = number(v, 2, 4) % 50;
        month = month > 20 ? month - 20 : month;
        return isDate(yy < 54 ? 2000 + yy : 1900 + yy, month, number(v, 4, 6));
    }

    /**
     * Romania, cod numeric personal (CNP): S YYMMDD JJ NNN C; S gives sex and century (1/2 1900s, 3/4 1800s,
     * 5/6 2000s, 7/8/9 residents); check = weighted sum with 279146358279 mod 11 (10 gives 1). Source: Legea nr.
     * 105/1996 and HG 839/1996 privind evidența populației; Wikipedia (ro), "Cod numeric personal".
     */
    public static boolean cnp(String raw) {
        String v = digits(raw, 13);
        if (v == null || v.charAt(0) == '0') {
            return false;
        }
        int mod = weighted(v, new int[] {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9}) % 11;
        if ((mod == 10 ? 1 : mod) != digit(v, 12)) {
            return false;
        }
        int county = number(v, 7, 9);
        if (county < 1 || county > 52 && county != 70) {
            return false;
        }
        int s = digit(v, 0);
        int century = s <= 2 ? 1900 : s <= 4 ? 1800 : s <= 6 ? 2000 : 1900;
        int year = century + number(v, 1, 3);
        // Residents (7, 8, 9) carry no century: take the one that makes a past date.
        if (s >= 7 && year + 100 <= LocalDate.now().getYear()) {
            year += 100;
        }
        return isDate(year, number(v, 3, 5), number(v, 5, 7));
    }

    /**
     * Bulgaria, ЕГН (EGN): YYMMDD, 3 serial digits, a check digit; weights 2,4,8,5,10,9,7,3,6 mod 11 (10 gives 0);
     * months +20 for 1800s, +40 for 2000s. Source: Закон за гражданската регистрация, чл. 15; Наредба № РД-02-20-9
     * (ГРАО).
     */
    public static boolean egn(String raw) {
        String v = digits(raw, 10);
        if (v == null) {
            return false;
        }
        int mod = weighted(v, new int[] {2, 4, 8, 5, 10, 9, 7, 3, 6}) % 11;
        if (mod % 10 != digit(v, 9)) {
            return false;
        }
        int month = number(v, 2, 4);
        int year = number(v, 0, 2) + (month > 40 ? 2000 : month > 20 ? 1800 : 1900);
        return isDate(year, month % 20, number(v, 4, 6));
    }

    /**
     * Sweden, personnummer (and samordningsnummer, day +60): YYMMDD-NNNC, or with the century YYYYMMDD; the last
     * digit is the Luhn check of the ten-digit form; '+' instead of '-' for people over 100. Source: Skatteverket,
     * SKV 704 "Personnummer" (2007).
     */
    public static boolean personnummerSe(String raw) {
        String v = compact(raw).replace("+", "");
        if (v.length() == 12) {
            int century = number(v, 0, 2);
            if (century < 18 || century > 20) {
                return false;
            }
            v = v.substring(2);
        }
        if (v.length() != 10 || !Validators.allDigits(v) || !Validators.luhn(v)) {
            return false;
        }
        int day = number(v, 4, 6);
        return isDayMonth(number(v, 2, 4), day > 60 ? day - 60 : day);
    }

    /**
     * Denmark, CPR-nummer: DDMMYY-SSSS. Numbers issued since 1 October 2007 have no check digit (the modulus-11 test
     * of the CPR office applies to older numbers only), so only the date is checked: a rule using this never decides
     * alone. Source: CPR-kontoret, "Personnummeret i CPR" (2008); CPR-loven, § 3.
     */
    public static boolean cprDk(String raw) {
        String v = digits(raw, 10);
        return v != null && isDayMonth(number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Finland, henkilötunnus: DDMMYY, a century sign (+ 1800s, - Y X W V U 1900s, A B C D E F 2000s), three digits
     * and a check character: the nine digits mod 31 in 0123456789ABCDEFHJKLMNPRSTUVWXY. Source: Digi- ja
     * väestötietovirasto (DVV), "Henkilötunnus"; Väestötietojärjestelmälaki 661/2009, § 11.
     */
    public static boolean henkilotunnus(String raw) {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        if (v.length() != 11) {
            return false;
        }
        char sign = v.charAt(6);
        int century = sign == '+' ? 1800 : "-YXWVU".indexOf(sign) >= 0 ? 1900 : "ABCDEF".indexOf(sign) >= 0 ? 2000 : -1;
        String nine = v.substring(0, 6) + v.substring(7, 10);
        if (century < 0 || !Validators.allDigits(nine)) {
            return false;
        }
        return HETU_CONTROL.charAt((int) (Long.parseLong(nine) % 31)) == v.charAt(10)
            && isDate(century + number(v, 4, 6), number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Norway, fødselsnummer (and D-nummer, day +40): DDMMYY, three individual digits, two modulus-11 check digits
     * (weights 3,7,6,1,8,9,4,5,2 then 5,4,3,2,7,6,5,4,3,2). Source: Skatteetaten, "Fødselsnummer"; forskrift om
     * folkeregistrering § 2-2-1.
     */
    public static boolean fodselsnummer(String raw) {
        String v = digits(raw, 11);
        if (v == null || !mod11Check(v, 9, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2})
                || !mod11Check(v, 10, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2})) {
            return false;
        }
        int day = number(v, 0, 2);
        return isDayMonth(number(v, 2, 4), day > 40 ? day - 40 : day);
    }

    /**
     * Iceland, kennitala: DDMMYY, two digits, a check digit (weights 3,2,7,6,5,4,3,2, 11 − sum mod 11), the century
     * (9 for 1900s, 0 for 2000s, 8 for 1800s). Companies add 40 to the day: not accepted here. Source: Þjóðskrá
     * Íslands, "Kennitala".
     */
    public static boolean kennitala(String raw) {
        String v = digits(raw, 10);
        if (v == null || !mod11Check(v, 8, new int[] {3, 2, 7, 6, 5, 4, 3, 2})) {
            return false;
        }
        int c = digit(v, 9);
        int century = c == 9 ? 1900 : c == 0 ? 2000 : c == 8 ? 1800 : -1;
        return century > 0 && isDate(century + number(v, 4, 6), number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Estonia (isikukood) and Lithuania (asmens kodas): G YYMMDD SSS C; G gives sex and century (1/2 1800s, 3/4
     * 1900s, 5/6 2000s); check = weighted sum with 1234567891 mod 11, if 10 again with 3456789123, if 10 again 0.
     * Source: EVS 585:2007 "Isikukood" (EE); LST 1185:1993 and Lietuvos Respublikos gyventojų registro įstatymas (LT).
     */
    public static boolean isikukood(String raw) {
        String v = digits(raw, 11);
        if (v == null) {
            return false;
        }
        int g = digit(v, 0);
        if (g < 1 || g > 6) {
            return false;
        }
        int mod = weighted(v, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1}) % 11;
        if (mod == 10) {
            mod = weighted(v, new int[] {3, 4, 5, 6, 7, 8, 9, 1, 2, 3}) % 11;
            mod = mod == 10 ? 0 : mod;
        }
        return mod == digit(v, 10) && isDate(1800 + (g - 1) / 2 * 100 + number(v, 1, 3), number(v, 3, 5), number(v, 5, 7));
    }

    /**
     * Latvia, personas kods of the old form DDMMYY-CNNNN (C the century: 0 1800s, 1 1900s, 2 2000s) with its check
     * digit: (1101 − weighted sum with 1,6,3,7,9,10,5,8,4,2) mod 11. Codes issued since July 2017 start with 32 and
     * have no date nor check: not accepted. Source: Pilsonības un migrācijas lietu pārvalde (PMLP), "Personas kods";
     * Fizisko personu reģistra likums.
     */
    public static boolean personasKods(String raw) {
        String v = digits(raw, 11);
        if (v == null) {
            return false;
        }
        int c = digit(v, 6);
        int check = (1101 - weighted(v, new int[] {1, 6, 3, 7, 9, 10, 5, 8, 4, 2})) % 11;
        return c <= 2 && check == digit(v, 10)
            && isDate(1800 + c * 100 + number(v, 4, 6), number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Slovenia, Croatia (before OIB), Serbia, North Macedonia, Montenegro, Bosnia: EMŠO/JMBG, DDMMYYY RR BBB K;
     * check = 11 − (weighted sum with 7,6,5,4,3,2 twice) mod 11 (11 gives 0, 10 is never issued). Source: Zakon o
     * centralnem registru prebivalstva (SI, ZCRP), čl. 7; Zakon o jedinstvenom matičnom broju građana (RS).
     */
    public static boolean emso(String raw) {
        String v = digits(raw, 13);
        if (v == null || !mod11Check(v, 12, new int[] {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2})) {
            return false;
        }
        int yyy = number(v, 4, 7);
        return isDate(yyy < 800 ? 2000 + yyy : 1000 + yyy, number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Croatia, osobni identifikacijski broj (OIB): eleven digits, the last an ISO 7064 MOD 11,10 check digit.
     * Source: Zakon o osobnom identifikacijskom broju (NN 60/08), čl. 4; ISO 7064.
     */
    public static boolean oib(String raw) {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        v = digits(v.startsWith("HR") ? v.substring(2) : v, 11);
        return v != null && iso7064Mod11x10(v);
    }

    /**
     * Greece, ΑΜΚΑ (AMKA): DDMMYY, four digits, the eleventh the Luhn check. Source: Ν. 3863/2010 and ΗΔΙΚΑ,
     * "Αριθμός Μητρώου Κοινωνικής Ασφάλισης"; the check digit is Luhn's (ISO/IEC 7812-1 annex B).
     */
    public static boolean amka(String raw) {
        String v = digits(raw, 11);
        return v != null && Validators.luhn(v) && isDayMonth(number(v, 2, 4), number(v, 0, 2));
    }

    /**
     * Portugal, número de identificação fiscal (NIF) of a person: nine digits, the first 1, 2 or 3 (45 for
     * non-residents), the last = 11 − (weighted sum with 9..2) mod 11 (10 and 11 give 0). Source: Decreto-Lei n.º
     * 14/2013, art. 2; Autoridade Tributária, "NIF".
     */
    public static boolean nifPt(String raw) {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        v = digits(v.startsWith("PT") ? v.substring(2) : v, 9);
        if (v == null || !(v.charAt(0) >= '1' && v.charAt(0) <= '3' || v.startsWith("45"))) {
            return false;
        }
        int check = 11 - weighted(v, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) % 11;
        return (check >= 10 ? 0 : check) == digit(v, 8);
    }

    /**
     * Belgium, numéro de registre national / rijksregisternummer (and BIS numbers, month +20 or +40): YYMMDD, three
     * serial digits, two check digits = 97 − (the nine first, prefixed with 2 for births from 2000) mod 97. Source:
     * Loi du 8 août 1983 organisant un registre national; SPF Intérieur, "Numéro de Registre national".
     */
    public static boolean registreNational(String raw) {
        String v = digits(raw, 11);
        if (v == null) {
            return false;
        }
        long nine = Long.parseLong(v.substring(0, 9));
        int check = number(v, 9, 11);
        int year;
        if (97 - nine % 97 == check) {
            year = 1900;
        } else if (97 - (2_000_000_000L + nine) % 97 == check) {
            year = 2000;
        } else {
            return false;
        }
        int month = number(v, 2, 4);
        month = month > 40 ? month - 40 : month > 20 ? month - 20 : month;
        // Unknown birth dates are registered with month or day 00.
        return month == 0 || number(v, 4, 6) == 0 || isDate(year + number(v, 0, 2), month, number(v, 4, 6));
    }

    /**
     * Spain, DNI (eight digits and a letter) and NIE (X, Y or Z, seven digits and a letter); the letter is the
     * number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE (X, Y, Z count as 0, 1, 2). Source: Real Decreto 1553/2005, art. 11;
     * Ministerio del Interior, "Cálculo del dígito de control del NIF/NIE".
     */
    public static boolean dniNie(String raw) {
        String v = compact(raw).toUpperCase(Locale.ROOT);
        if (v.length() != 9) {
            return false;
        }
        int lead = "XYZ".indexOf(v.charAt(0));
        String number = lead >= 0 ? lead + v.substring(1, 8) : v.substring(0, 8);
        return Validators.allDigits(number) && CONTROL_23.charAt(Integer.parseInt(number) % 23) == v.charAt(8);
    }

    /**
     * Italy, codice fiscale of a person: six letters of the names, YY, a month letter (ABCDEHLMPRST), the day (+40
     * for women), a municipality code (letter and three digits), a check letter from the odd and even position
     * tables; digits may be replaced by letters (omocodia, LMNPQRSTUV). Source: Decreto del Ministero delle Finanze
     * 23 dicembre 1976; DPR 605/1973, art. 1.
     */
    public static boolean codiceFiscale(String raw) {
        String v = compact(raw).toUpperCase(Locale.ROOT);
        if (v.length() != 16) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            int k = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
            if (k < 0) {
                return false;
            }
            sum += i % 2 == 0 ? CF_ODD[k] : k;
        }
        if (v.charAt(15) != (char) ('A' + sum % 26)) {
            return false;
        }
        String shape = v.substring(0, 6) + v.charAt(8) + v.charAt(11);
        String numbers = omocodia(v.substring(6, 8) + v.substring(9, 11) + v.substring(12, 15));
        if (numbers == null || !shape.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        int month = CF_MONTHS.indexOf(v.charAt(8)) + 1;
        int day = number(numbers, 2, 4) % 40;
        return month > 0 && isDayMonth(month, day);
    }

    /**
     * Netherlands, burgerservicenummer (BSN): nine digits passing the "elfproef" with weights 9..2 and −1. Source:
     * Wet algemene bepalingen burgerservicenummer; Rijksdienst voor Identiteitsgegevens, "Logische Ontwerp BSN".
     */
    public static boolean bsn(String raw) {
        String v = digits(raw, 9);
        if (v == null || v.charAt(0) == '0' && v.charAt(1) == '0') {
            return false;
        }
        int sum = weighted(v, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) - digit(v, 8);
        return sum % 11 == 0 && sum != 0;
    }

    /**
     * Luxembourg, numéro d'identification national (matricule): YYYYMMDD, three serial digits, then the Luhn check
     * digit of those eleven and their Verhoeff check digit. Source: loi du 19 juin 2013 relative à l'identification
     * des personnes physiques; OECD, "Luxembourg – Information on Tax Identification Numbers" (the TIN of persons is
     * the matricule).
     */
    public static boolean matriculeLu(String raw) {
        String v = digits(raw, 13);
        if (v == null || !isDate(number(v, 0, 4), number(v, 4, 6), number(v, 6, 8))) {
            return false;
        }
        String base = v.substring(0, 11);
        return Validators.luhn(base + v.charAt(11)) && verhoeff(base + v.charAt(12));
    }

    /**
     * Hungary, adóazonosító jel (tax number of a person): 8, the days from 1867-01-01 to the birth date on five
     * digits, three serial digits, then the sum of the first nine digits weighted by their position, mod 11 (10 is
     * never issued). Source: 1996. évi XX. törvény, 16. § (4).
     */
    public static boolean adoazonositoJel(String raw) {
        String v = digits(raw, 10);
        if (v == null || v.charAt(0) != '8') {
            return false;
        }
        int sum = weighted(v, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        if (sum % 11 != digit(v, 9)) {
            return false;
        }
        LocalDate birth = LocalDate.of(1867, 1, 1).plusDays(number(v, 1, 6));
        return !birth.isAfter(LocalDate.now());
    }

    /**
     * Hungary, TAJ (social security) number: eight digits, then the sum of those at odd places times 3 and at even
     * places times 7, mod 10. Source: 1996. évi XX. törvény, 22. §; NEAK, "A TAJ szám" (CDV check). One number in
     * ten passes by chance and no date is inside: it only confirms a name.
     */
    public static boolean tajHu(String raw) {
        String v = digits(raw, 9);
        return v != null && weighted(v, new int[] {3, 7, 3, 7, 3, 7, 3, 7}) % 10 == digit(v, 8);
    }

    /**
     * Germany, steuerliche Identifikationsnummer (Steuer-ID): eleven digits, the first not 0; among the first ten
     * one digit appears twice (or three times, not three in a row) and one to three never; the last an ISO 7064
     * MOD 11,10 check digit. Source: § 139b AO; Bundeszentralamt für Steuern, "Steuerliche Identifikationsnummer".
     */
    public static boolean steuerId(String raw) {
        String v = digits(raw, 11);
        if (v == null || v.charAt(0) == '0' || !iso7064Mod11x10(v)) {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digit(v, i)]++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            repeated += count >= 2 ? 1 : 0;
        }
        for (int i = 2; i < 10; i++) {
            if (v.charAt(i) == v.charAt(i - 1) && v.charAt(i) == v.charAt(i - 2)) {
                return false;
            }
        }
        return repeated == 1;
    }

    /**
     * Switzerland, AHV/AVS number (since 2008): 756 then nine digits and an EAN-13 check digit, written
     * 756.XXXX.XXXX.XC. Source: Zentrale Ausgleichsstelle (ZAS), "Die AHV-Nummer"; GS1 EAN-13 check digit.
     */
    public static boolean ahv(String raw) {
        String v = digits(raw, 13);
        if (v == null || !v.startsWith("756")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += digit(v, i) * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == digit(v, 12);
    }

    /**
     * Ireland, Personal Public Service Number (PPSN): seven digits, a check letter and an optional letter (W, T, X
     * or A-I since 2013); check = (weighted sum with 8..2, plus 9 × the second letter's position) mod 23 in
     * WABCDEFGHIJKLMNOPQRSTUV. Source: Department of Social Protection, "PPS Number"; Revenue, "Validating a PPSN".
     */
    public static boolean ppsn(String raw) {
        String v = compact(raw).toUpperCase(Locale.ROOT);
        if (v.length() < 8 || v.length() > 9 || !Validators.allDigits(v.substring(0, 7))) {
            return false;
        }
        int sum = weighted(v, new int[] {8, 7, 6, 5, 4, 3, 2});
        if (v.length() == 9) {
            char second = v.charAt(8);
            if (second >= 'A' && second <= 'I') {
                sum += 9 * (second - 'A' + 1);
            } else if (second != 'W' && second != 'T' && second != 'X') {
                return false;
            }
        }
        return "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) == v.charAt(7);
    }

    /**
     * Austria, Sozialversicherungsnummer: three serial digits, a check digit, DDMMYY; check = weighted sum with
     * 3,7,9,(check),5,8,4,2,1,6 mod 11 (10 is never issued). Source: Dachverband der Sozialversicherungsträger,
     * "Versicherungsnummer"; ASVG § 31 (4).
     */
    public static boolean svnrAt(String raw) {
        String v = digits(raw, 10);
        if (v == null || v.charAt(0) == '0') {
            return false;
        }
        int[] w = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digit(v, i) * w[i];
        }
        int day = number(v, 4, 6);
        int month = number(v, 6, 8);
        // Unknown dates are registered with month 13-14 or day 00; only ordinary dates count here.
        return sum % 11 == digit(v, 3) && isDayMonth(month, day);
    }

    /**
     * Brazil, Cadastro de Pessoas Físicas (CPF): eleven digits, two modulus-11 check digits (weights 10..2, then
     * 11..2; a remainder under 2 gives 0); numbers of one repeated digit are invalid. Source: Receita Federal,
     * Instrução Normativa RFB nº 2.172/2024; "Algoritmo do dígito verificador do CPF".
     */
    public static boolean cpf(String raw) {
        String v = digits(raw, 11);
        if (v == null || v.chars().distinct().count() == 1) {
            return false;
        }
        int first = weighted(v, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2}) % 11;
        int second = weighted(v, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2}) % 11;
        return (first < 2 ? 0 : 11 - first) == digit(v, 9) && (second < 2 ? 0 : 11 - second) == digit(v, 10);
    }

    // ---- personal numbers of partner countries outside the EU (round 9, stop 26) ----

    /**
     * Ukraine, РНОКПП (registration number of the taxpayer's record card, formerly ІПН): the days from 1899-12-31 to the
     * birth date on five digits, three serial digits, a ninth odd for men and even for women, then (the first nine
     * weighted −1, 5, 7, 9, 4, 6, 10, 5, 7) mod 11 mod 10. Source: Податковий кодекс України, ст. 70 (the number) and
     * наказ Мінфіну № 822 of 29.09.2017 (the register); the check as python-stdnum's {@code ua.rntrc} gives it, whose
     * published example (1759013776) the tests run. Persons who refused the number on religious grounds have none (a
     * passport mark instead): rules read such remarks apart ({@code remarks} of a value rule).
     */
    public static boolean rnokpp(String raw) {
        String v = digits(raw, 10);
        if (v == null) {
            return false;
        }
        int sum = weighted(v, new int[] {-1, 5, 7, 9, 4, 6, 10, 5, 7});
        if (Math.floorMod(sum, 11) % 10 != digit(v, 9)) {
            return false;
        }
        int days = number(v, 0, 5);
        return days > 0 && !LocalDate.of(1899, 12, 31).plusDays(days).isAfter(LocalDate.now());
    }

    /**
     * Turkey, T.C. kimlik numarası: eleven digits, the first not 0; the tenth is (7 × the sum of the digits at odd
     * places 1–9 − the sum of those at even places 2–8) mod 10, the eleventh the sum of the first ten mod 10. Source:
     * 5490 sayılı Nüfus Hizmetleri Kanunu, md. 45 (Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü); the checks as
     * python-stdnum's {@code tr.tckimlik} gives them (10000000146, NVİ's test number, passes).
     */
    public static boolean tcKimlik(String raw) {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        v = digits(v.startsWith("TR") ? v.substring(2).strip() : v, 11);
        if (v == null || v.charAt(0) == '0') {
            return false;
        }
        int odd = digit(v, 0) + digit(v, 2) + digit(v, 4) + digit(v, 6) + digit(v, 8);
        int even = digit(v, 1) + digit(v, 3) + digit(v, 5) + digit(v, 7);
        int tenth = Math.floorMod(7 * odd - even, 10);
        return tenth == digit(v, 9) && (odd + even + tenth) % 10 == digit(v, 10);
    }

    /**
     * South Korea, 주민등록번호 (resident registration number): YYMMDD, a digit for sex and century (1/2 1900s, 3/4 2000s,
     * 5/6 and 7/8 foreign residents of those centuries, 9/0 1800s), five digits, and a check digit: (11 − the first
     * twelve weighted 2..9, 2..5 mod 11) mod 10. Numbers issued since October 2020 end with random digits: those of
     * persons born since then are accepted on their date alone. Source: 주민등록법 시행규칙 제2조; the check as
     * python-stdnum's {@code kr.rrn} gives it (971013-9019902 passes).
     */
    public static boolean rrnKr(String raw) {
        String v = digits(raw, 13);
        if (v == null) {
            return false;
        }
        int g = digit(v, 6);
        int century = switch (g) {
            case 1, 2, 5, 6 -> 1900;
            case 3, 4, 7, 8 -> 2000;
            default -> 1800;
        };
        int year = century + number(v, 0, 2);
        if (!isDate(year, number(v, 2, 4), number(v, 4, 6))) {
            return false;
        }
        int check = (11 - weighted(v, new int[] {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}) % 11) % 10;
        return check == digit(v, 12) || !LocalDate.of(year, number(v, 2, 4), number(v, 4, 6)).isBefore(LocalDate.of(2020, 10, 1));
    }

    /**
     * Chile, rol único nacional (RUN, the same number as the person's RUT): a body of seven or eight digits and a check
     * character, written {@code 12.531.909-2}; check = 11 − (the body's digits weighted 2, 3, 4, 5, 6, 7 repeated from
     * the right) mod 11, 11 giving 0 and 10 giving K. Bodies from 50 000 000 are the RUTs of legal persons (Servicio de
     * Impuestos Internos): not a person's number, not accepted. Source: Decreto con Fuerza de Ley N° 3 de 1969 (RUT) and
     * Registro Civil e Identificación, "Rol Único Nacional"; the check as python-stdnum's {@code cl.rut} gives it
     * (12.531.909-2 passes).
     */
    public static boolean runCl(String raw) {
        String v = compact(raw).toUpperCase(Locale.ROOT);
        if (v.length() < 8 || v.length() > 9) {
            return false;
        }
        String body = v.substring(0, v.length() - 1);
        char check = v.charAt(v.length() - 1);
        if (!Validators.allDigits(body) || body.charAt(0) == '0' || !(check == 'K' || check >= '0' && check <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = body.length() - 1, w = 2; i >= 0; i--, w = w == 7 ? 2 : w + 1) {
            sum += digit(body, i) * w;
        }
        int r = 11 - sum % 11;
        char expected = r == 11 ? '0' : r == 10 ? 'K' : (char) ('0' + r);
        return expected == check && Integer.parseInt(body) < 50_000_000;
    }

    /**
     * Japan, 個人番号 (Individual Number, "My Number"): eleven digits and a check digit; with the first eleven weighted
     * 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 and r their sum mod 11, the check is 0 when r is 0 or 1, else 11 − r. Source:
     * 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 (Cabinet Order No. 155 of 2014), art. 8,
     * and 総務省令第85号 (2014), art. 5; the check as python-stdnum's {@code jp.in_} gives it (6214 9832 0257 passes).
     */
    public static boolean myNumberJp(String raw) {
        String v = digits(raw, 12);
        if (v == null) {
            return false;
        }
        int r = weighted(v, new int[] {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
        return (r <= 1 ? 0 : 11 - r) == digit(v, 11);
    }

    /**
     * Viet Nam, số định danh cá nhân on the citizen identity card (CCCD): the code of the province of birth registration
     * (three digits, one of the 63 codes of Decision 124/2004/QĐ-TTg), a digit for sex and century (0/1 men/women born
     * in the 1900s, 2/3 in the 2000s; later centuries are not yet issued), the birth year's last two digits and six
     * random digits, written as on the card in one piece. No check digit: the province and a past birth year only; a
     * chance twelve-digit number passes one time in forty, and a number in groups (a French department, a year and a
     * serial: {@code 056-2017-40189}) is not read as one. Source: Nghị định 137/2015/NĐ-CP, art. 7, and Thông tư 07/2016/TT-BCA, art. 7 (the structure) and
     * its annex (the province codes).
     */
    public static boolean cccdVn(String raw) {
        String v = raw.strip();
        if (v.length() != 12 || !Validators.allDigits(v) || !VN_PROVINCES.contains(number(v, 0, 3))) {
            return false;
        }
        int g = digit(v, 3);
        return g <= 3 && (g < 2 ? 1900 : 2000) + number(v, 4, 6) <= LocalDate.now().getYear();
    }

    /**
     * Any of the numbers above whose check digits make a chance match unlikely, tried by the shape of the value
     * (its count of digits and letters), so that one look at a value settles them all. Left out: the Danish CPR
     * number (no check digit), the Greek AMKA and the bare Swedish personnummer (a date and a Luhn check, like
     * many account numbers): a Swedish personnummer counts here when written with its '-' or '+'. Viet Nam's CCCD has
     * no check digit but a province code and a past birth year, which a chance twelve-digit number meets one time in
     * forty: a column of them does not pass at the rule's ratio by chance.
     */
    public static boolean european(String raw) {
        int length = raw.length();
        if (length < 8 || length > 22) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        boolean dash = false;
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letters++;
            } else if (c == '-' || c == '+') {
                dash = true;
            } else if (c != ' ' && c != '.' && c != '/' && c != '\u00a0') {
                return false;
            }
        }
        if (letters > 0) {
            if (digits + letters == 16) {
                return codiceFiscale(raw);
            }
            return switch (digits) {
                case 7 -> ppsn(raw) || dniNie(raw) || runCl(raw);
                case 8 -> dniNie(raw) || runCl(raw);
                case 9 -> nifPt(raw) || henkilotunnus(raw);
                case 10 -> henkilotunnus(raw);
                case 11 -> oib(raw) || tcKimlik(raw);
                default -> false;
            };
        }
        return switch (digits) {
            case 8 -> runCl(raw);
            case 9 -> bsn(raw) || nifPt(raw) || runCl(raw);
            case 10 -> rodneCislo(raw) || egn(raw) || svnrAt(raw) || kennitala(raw) || dash && personnummerSe(raw)
                || henkilotunnus(raw) || adoazonositoJel(raw) || rnokpp(raw);
            case 11 -> pesel(raw) || fodselsnummer(raw) || isikukood(raw) || personasKods(raw) || oib(raw)
                || registreNational(raw) || steuerId(raw) || cpf(raw) || tcKimlik(raw);
            case 12 -> dash && personnummerSe(raw) || myNumberJp(raw) || cccdVn(raw);
            case 13 -> cnp(raw) || emso(raw) || ahv(raw) || matriculeLu(raw) || rrnKr(raw);
            default -> false;
        };
    }

    // ---- shared arithmetic

    private static final int[][] VERHOEFF_D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** Verhoeff's dihedral check over all digits, the last being the check (Verhoeff 1969; the usual D5 tables). */
    static boolean verhoeff(String v) {
        int c = 0;
        for (int i = 0; i < v.length(); i++) {
            c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digit(v, v.length() - 1 - i)]];
        }
        return c == 0;
    }

    /** Whether digit {@code at} is 11 − (weighted sum of those before) mod 11, 11 giving 0 (10 is never issued). */
    private static boolean mod11Check(String v, int at, int[] weights) {
        int check = 11 - weighted(v, weights) % 11;
        check = check == 11 ? 0 : check;
        return check != 10 && check == digit(v, at);
    }

    /** ISO 7064 MOD 11,10 over all digits (the last is the check). */
    static boolean iso7064Mod11x10(String v) {
        int product = 10;
        for (int i = 0; i < v.length() - 1; i++) {
            int sum = (digit(v, i) + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10 == digit(v, v.length() - 1);
    }

    static int weighted(String v, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(v, i) * weights[i];
        }
        return sum;
    }

    /** The codice fiscale's digits, with letters of omocodia turned back to digits; null if a character is neither. */
    private static String omocodia(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = "LMNPQRSTUV".indexOf(c);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (k >= 0) {
                out.append((char) ('0' + k));
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** A real calendar date from 1850 to today. */
    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return year >= 1850 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A day that exists in that month of some year (the year is not known or not checked). */
    private static boolean isDayMonth(int month, int day) {
        return isDate(2000, month, day);
    }

    /** The value without separators if it is exactly {@code length} digits, else null (cheap on other values). */
    static String digits(String raw, int length) {
        if (raw.length() < length || raw.length() > length + 6) {
            return null;
        }
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            count += c >= '0' && c <= '9' ? 1 : 0;
        }
        if (count != length) {
            return null;
        }
        String v = count == raw.length() ? raw : compact(raw);
        return v.length() == length && Validators.allDigits(v) ? v : null;
    }

    static String compact(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '\u00a0' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int digit(String v, int i) {
        return v.charAt(i) - '0';
    }

    private static int number(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }

    private static Map<String, Predicate<String>> registry() {
        Map<String, Predicate<String>> map = new LinkedHashMap<>();
        map.put("pesel", NationalIdentifiers::pesel);
        map.put("rodne-cislo", NationalIdentifiers::rodneCislo);
        map.put("cnp", NationalIdentifiers::cnp);
        map.put("egn", NationalIdentifiers::egn);
        map.put("personnummer-se", NationalIdentifiers::personnummerSe);
        map.put("cpr-dk", NationalIdentifiers::cprDk);
        map.put("henkilotunnus", NationalIdentifiers::henkilotunnus);
        map.put("fodselsnummer", NationalIdentifiers::fodselsnummer);
        map.put("kennitala", NationalIdentifiers::kennitala);
        map.put("isikukood", NationalIdentifiers::isikukood);
        map.put("personas-kods", NationalIdentifiers::personasKods);
        map.put("emso", NationalIdentifiers::emso);
        map.put("oib", NationalIdentifiers::oib);
        map.put("amka", NationalIdentifiers::amka);
        map.put("nif-pt", NationalIdentifiers::nifPt);
        map.put("registre-national-be", NationalIdentifiers::registreNational);
        map.put("dni-nie", NationalIdentifiers::dniNie);
        map.put("codice-fiscale", NationalIdentifiers::codiceFiscale);
        map.put("bsn", NationalIdentifiers::bsn);
        map.put("steuer-id", NationalIdentifiers::steuerId);
        map.put("ahv", NationalIdentifiers::ahv);
        map.put("ppsn", NationalIdentifiers::ppsn);
        map.put("svnr-at", NationalIdentifiers::svnrAt);
        map.put("cpf", NationalIdentifiers::cpf);
        map.put("taj-hu", NationalIdentifiers::tajHu);
        map.put("adoazonosito-jel", NationalIdentifiers::adoazonositoJel);
        map.put("matricule-lu", NationalIdentifiers::matriculeLu);
        // ---- partner countries outside the EU ----
        map.put("rnokpp", NationalIdentifiers::rnokpp);
        map.put("tc-kimlik", NationalIdentifiers::tcKimlik);
        map.put("rrn-kr", NationalIdentifiers::rrnKr);
        map.put("run-cl", NationalIdentifiers::runCl);
        map.put("my-number-jp", NationalIdentifiers::myNumberJp);
        map.put("cccd-vn", NationalIdentifiers::cccdVn);
        map.put("national-id-europe", NationalIdentifiers::european);
        return Collections.unmodifiableMap(map);
    }
}
