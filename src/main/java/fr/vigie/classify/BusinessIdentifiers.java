package fr.vigie.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Check-digit validators of the business identifiers of European organisations (the counterparts of the SIREN and
 * the SIRET), written from each number's public definition, named in the javadoc of its method, in the style of
 * {@link NationalIdentifiers}: Polish NIP and REGON, Czech IČO, Italian partita IVA, Spanish CIF, Belgian enterprise
 * number, and the EU VAT numbers of PL, CZ, IT, ES, BE, FR, DE and AT (the country's prefix and its national number).
 * An organisation's number, not a person's: a sole trader's is personal data all the same, as a SIREN is.
 *
 * <p>Only the forms that belong to organisations are accepted: a Czech VAT number of a natural person is
 * {@code CZ} and a rodné číslo, a Spanish one {@code ES} and a DNI or NIE; both are left to the national
 * identifiers. Each method accepts a raw cell with the separators people write (spaces, dots, dashes, a slash).
 */
public final class BusinessIdentifiers {
    /** The CIF's first letters of legal persons and entities; K, L, M (persons' NIFs) and X, Y, Z (NIEs) are not. */
    private static final String CIF_LETTERS = "ABCDEFGHJNPQRSUVW";
    private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";
    private static final Map<String, Predicate<String>> BY_NAME = registry();

    private BusinessIdentifiers() {
    }

    /** The validators by the name rules use for them. */
    public static Map<String, Predicate<String>> byName() {
        return BY_NAME;
    }

    /**
     * Poland, numer identyfikacji podatkowej (NIP): ten digits (the first three the tax office's), the last the sum of
     * the nine first weighted 6,5,7,2,3,4,5,6,7, mod 11 (10 is never issued). Source: Ustawa z dnia 13 października
     * 1995 r. o zasadach ewidencji i identyfikacji podatników i płatników; Ministerstwo Finansów, "Numer identyfikacji
     * podatkowej".
     */
    public static boolean nip(String raw) {
        String v = NationalIdentifiers.digits(raw, 10);
        if (v == null) {
            return false;
        }
        int check = NationalIdentifiers.weighted(v, new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11;
        return check != 10 && check == NationalIdentifiers.digit(v, 9);
    }

    /**
     * Poland, REGON (krajowy rejestr urzędowy podmiotów gospodarki narodowej): nine digits, the last the eight first
     * weighted 8,9,2,3,4,5,6,7, mod 11 (10 gives 0); a local unit has fourteen, its nine first a REGON and the last the
     * thirteen first weighted 2,4,8,5,0,9,7,3,6,1,2,4,8, mod 11 (10 gives 0). Source: Rozporządzenie Rady Ministrów z
     * dnia 30 listopada 2015 r. w sprawie sposobu i metodologii prowadzenia i aktualizacji krajowego rejestru
     * urzędowego podmiotów gospodarki narodowej (GUS).
     */
    public static boolean regon(String raw) {
        String v = NationalIdentifiers.digits(raw, 9);
        if (v != null) {
            return mod11Or0(v, new int[] {8, 9, 2, 3, 4, 5, 6, 7});
        }
        v = NationalIdentifiers.digits(raw, 14);
        return v != null && mod11Or0(v.substring(0, 9), new int[] {8, 9, 2, 3, 4, 5, 6, 7})
            && mod11Or0(v, new int[] {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8});
    }

    /**
     * Czech Republic, identifikační číslo osoby (IČO): eight digits, the last (11 − the seven first weighted 8..2 mod
     * 11) mod 10. Source: zákon č. 111/2009 Sb., o základních registrech, § 24 (registr osob); Český statistický úřad,
     * "Identifikační číslo osoby".
     */
    public static boolean ico(String raw) {
        String v = NationalIdentifiers.digits(raw, 8);
        if (v == null) {
            return false;
        }
        int rest = NationalIdentifiers.weighted(v, new int[] {8, 7, 6, 5, 4, 3, 2}) % 11;
        return (11 - rest) % 10 == NationalIdentifiers.digit(v, 7);
    }

    /**
     * Italy, partita IVA: eleven digits, seven of the taxpayer, three of the provincial office (001 to 121, 888 and 999
     * for those the Agenzia assigns centrally), a Luhn check digit. Source: D.P.R. 26 ottobre 1972, n. 633, art. 35;
     * Agenzia delle Entrate, "Partita IVA" (struttura del numero).
     */
    public static boolean partitaIva(String raw) {
        String v = NationalIdentifiers.digits(raw, 11);
        if (v == null || v.startsWith("0000000")) {
            return false;
        }
        int office = Integer.parseInt(v, 7, 10, 10);
        return (office >= 1 && office <= 121 || office == 888 || office == 999) && Validators.luhn(v);
    }

    /**
     * Spain, código de identificación fiscal (CIF, the NIF of legal persons and entities): a letter of the kind of
     * entity (A sociedad anónima, B limitada, G asociación, Q organismo público...), seven digits, a control that is
     * (10 − (the even-placed digits + the digit sums of the odd-placed ones doubled) mod 10) mod 10, written as a
     * digit (A, B, E, H), a letter of JABCDEFGHI (N, P, Q, R, S, W) or either. Source: Real Decreto 1065/2007, arts. 20
     * to 22; Orden EHA/451/2008 (clave de entidad).
     */
    public static boolean cif(String raw) {
        String v = NationalIdentifiers.compact(raw.strip().toUpperCase(Locale.ROOT));
        if (v.length() != 9 || CIF_LETTERS.indexOf(v.charAt(0)) < 0 || !Validators.allDigits(v.substring(1, 8))) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = NationalIdentifiers.digit(v, i);
            sum += i % 2 == 0 ? d : d * 2 / 10 + d * 2 % 10;
        }
        int control = (10 - sum % 10) % 10;
        char kind = v.charAt(0);
        char written = v.charAt(8);
        boolean digit = written == (char) ('0' + control);
        boolean letter = written == CIF_CONTROL_LETTERS.charAt(control);
        if ("NPQRSW".indexOf(kind) >= 0) {
            return letter;
        }
        return "ABEH".indexOf(kind) >= 0 ? digit : digit || letter;
    }

    /**
     * Belgium, numéro d'entreprise / ondernemingsnummer (Banque-Carrefour des Entreprises): ten digits, the first 0 or
     * 1, the last two 97 − (the eight first mod 97); written with nine digits before 2005 (a 0 in front). Source: Code
     * de droit économique, livre III, art. III.17; SPF Économie, "Numéro d'entreprise".
     */
    public static boolean enterpriseNumberBe(String raw) {
        String v = NationalIdentifiers.digits(raw, 10);
        if (v == null) {
            String nine = NationalIdentifiers.digits(raw, 9);
            v = nine == null ? null : "0" + nine;
        }
        if (v == null || v.charAt(0) > '1') {
            return false;
        }
        return 97 - Long.parseLong(v.substring(0, 8)) % 97 == Integer.parseInt(v, 8, 10, 10);
    }

    /**
     * An EU VAT number (numéro de TVA intracommunautaire) of an organisation: the country's prefix and its national
     * number. PL and the NIP; CZ and the IČO (eight digits: the nine and ten of natural persons are their rodné číslo);
     * IT and the partita IVA; ES and the CIF (a natural person's is their DNI or NIE); BE and the enterprise number;
     * FR, a key and the SIREN, the key (12 + 3 × (SIREN mod 97)) mod 97 (CGI art. 286 ter; DGFiP); DE and nine digits
     * with an ISO 7064 MOD 11,10 check (UStG § 27a; Bundeszentralamt für Steuern); AT, U and eight digits, the last
     * (10 − (the seven first, every second doubled to its digit sum, + 4) mod 10) mod 10 (UStG 1994 § 28;
     * Bundesministerium für Finanzen). Source of the prefixes: Council Directive 2006/112/EC, art. 215; European
     * Commission, VIES.
     */
    public static boolean vat(String raw) {
        String v = NationalIdentifiers.compact(raw.strip().toUpperCase(Locale.ROOT));
        if (v.length() < 10 || v.length() > 14) {
            return false;
        }
        String number = v.substring(2);
        return switch (v.substring(0, 2)) {
            case "PL" -> nip(number);
            case "CZ" -> number.length() == 8 && ico(number);
            case "IT" -> partitaIva(number);
            case "ES" -> cif(number);
            case "BE" -> enterpriseNumberBe(number);
            case "FR" -> vatFr(number);
            case "DE" -> number.length() == 9 && number.charAt(0) != '0' && Validators.allDigits(number)
                && NationalIdentifiers.iso7064Mod11x10(number);
            case "AT" -> vatAt(number);
            default -> false;
        };
    }

    /**
     * Any of the numbers above, tried by the shape of the value so that one look settles them all: a VAT number by its
     * prefix, a CIF by its letter, bare digits by their count (8 IČO; 9 REGON or a Belgian enterprise number written
     * before 2005; 10 NIP or Belgian enterprise number; 11 partita IVA; 14 REGON of a local unit).
     */
    public static boolean european(String raw) {
        String v = raw.strip();
        int length = v.length();
        if (length < 8 || length > 20) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < length; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letters++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '\u00a0') {
                return false;
            }
        }
        // Every form holds at least seven digits and at most three letters (ATU, a CIF's two): words are none.
        if (digits < 7 || letters > 3) {
            return false;
        }
        if (letters > 0) {
            return Character.isLetter(v.charAt(1)) ? vat(v) : cif(v);
        }
        return switch (digits) {
            case 8 -> ico(v);
            case 9 -> regon(v) || enterpriseNumberBe(v);
            case 10 -> nip(v) || enterpriseNumberBe(v);
            case 11 -> partitaIva(v);
            case 14 -> regon(v);
            default -> false;
        };
    }

    private static boolean vatFr(String number) {
        if (number.length() != 11 || !Validators.allDigits(number) || !Validators.siren(number.substring(2))) {
            return false;
        }
        long siren = Long.parseLong(number.substring(2));
        return Integer.parseInt(number, 0, 2, 10) == (12 + 3 * (siren % 97)) % 97;
    }

    private static boolean vatAt(String number) {
        if (number.length() != 9 || number.charAt(0) != 'U' || !Validators.allDigits(number.substring(1))) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i <= 7; i++) {
            int d = NationalIdentifiers.digit(number, i);
            sum += i % 2 == 0 ? d * 2 / 10 + d * 2 % 10 : d;
        }
        return (10 - (sum + 4) % 10) % 10 == NationalIdentifiers.digit(number, 8);
    }

    /** Whether the last digit is the weighted sum of those before mod 11, 10 giving 0. */
    private static boolean mod11Or0(String v, int[] weights) {
        return NationalIdentifiers.weighted(v, weights) % 11 % 10 == NationalIdentifiers.digit(v, weights.length);
    }

    private static Map<String, Predicate<String>> registry() {
        Map<String, Predicate<String>> map = new LinkedHashMap<>();
        map.put("nip-pl", BusinessIdentifiers::nip);
        map.put("regon", BusinessIdentifiers::regon);
        map.put("ico-cz", BusinessIdentifiers::ico);
        map.put("partita-iva", BusinessIdentifiers::partitaIva);
        map.put("cif-es", BusinessIdentifiers::cif);
        map.put("enterprise-number-be", BusinessIdentifiers::enterpriseNumberBe);
        map.put("vat-eu", BusinessIdentifiers::vat);
        map.put("business-id-europe", BusinessIdentifiers::european);
        return Collections.unmodifiableMap(map);
    }
}
