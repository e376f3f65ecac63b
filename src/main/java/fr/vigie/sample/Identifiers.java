package fr.vigie.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Identifiers that pass their checks but belong to no one: NIR with a valid key, IBAN with valid
 * RIB and IBAN keys, phone numbers from ARCEP's fiction blocks, e-mails on reserved domains.
 */
final class Identifiers {
    /** Blocks of 10,000 numbers ARCEP reserves for fiction (numbering plan, decision 2018-0881). */
    private static final String MOBILE_FICTION = "06 39 98";
    private static final String LANDLINE_FICTION = "04 65 71";
    /** Domains reserved for examples (RFC 2606): mail sent there reaches no one. */
    private static final Weighted<String> MAIL_DOMAINS = Weighted.pairs(
            "example.com", 5, "example.org", 3, "example.net", 2, "mail.example", 1);
    /** French bank codes (public codes of the big networks); accounts under them are random. */
    private static final Weighted<String> BANK_CODES = Weighted.pairs(
            "30002", 3, "30003", 4, "30004", 4, "20041", 5, "13506", 5, "13485", 3, "16607", 2,
            "10278", 2, "11315", 2, "30066", 1, "17515", 2, "42559", 1);
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

    private Identifiers() {
    }

    /**
     * A NIR (French social security number, 15 digits): sex digit, birth year and month, place of
     * birth (department + commune, or 99 + country code for people born abroad), a random order
     * number, and the key 97 − (first 13 digits mod 97).
     */
    static String nir(SplittableRandom random, boolean female, LocalDate birth, String place5) {
        StringBuilder body = new StringBuilder(13)
                .append(female ? '2' : '1')
                .append(twoDigits(birth.getYear() % 100))
                .append(twoDigits(birth.getMonthValue()))
                .append(place5)
                .append(threeDigits(1 + random.nextInt(999)));
        long value = Long.parseLong(body.toString());
        return body.append(twoDigits((int) (97 - value % 97))).toString();
    }

    /** A NIR written in its usual spaced groups: {@code 2 85 03 34 172 123 45}. */
    static String spacedNir(String nir) {
        return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
                + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
                + nir.substring(13);
    }

    /**
     * A French IBAN: bank code, branch code, 11-digit account, RIB key, with the IBAN check digits
     * computed by ISO 13616 (mod 97 = 1).
     */
    static String iban(SplittableRandom random) {
        String bank = BANK_CODES.draw(random);
        String branch = digits(random, 5);
        String account = digits(random, 11);
        int ribKey = 97 - (int) ((89L * Long.parseLong(bank) + 15L * Long.parseLong(branch)
                + 3L * Long.parseLong(account)) % 97);
        String bban = bank + branch + account + twoDigits(ribKey);
        // Country letters as numbers: F = 15, R = 27; then "00" as placeholder check digits.
        int mod = mod97(bban + "152700");
        return "FR" + twoDigits(98 - mod) + bban;
    }

    /** The remainder of a long decimal number by 97, digit by digit (no BigInteger on the hot path). */
    private static int mod97(String digits) {
        int remainder = 0;
        for (int i = 0; i < digits.length(); i++) {
            remainder = (remainder * 10 + digits.charAt(i) - '0') % 97;
        }
        return remainder;
    }

    /** An IBAN in its printed form, groups of four: {@code FR76 3000 4000 ...}. */
    static String groupedIban(String iban) {
        StringBuilder out = new StringBuilder(iban.length() + 7);
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(iban.charAt(i));
        }
        return out.toString();
    }

    /** A fiction mobile (most) or landline number written {@code 06 39 98 12 34}. */
    static String phone(SplittableRandom random) {
        String block = random.nextDouble() < 0.8 ? MOBILE_FICTION : LANDLINE_FICTION;
        return block + " " + twoDigits(random.nextInt(100)) + " " + twoDigits(random.nextInt(100));
    }

    /** {@code prenom.nom}, {@code pnom} or {@code prenom.nom85} on a reserved domain, accents removed. */
    static String email(SplittableRandom random, String firstName, String surname, int birthYear) {
        String first = ascii(firstName);
        String last = ascii(surname);
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + "." + last + twoDigits(birthYear % 100);
            default -> first + last + random.nextInt(1000);
        };
        return local + "@" + MAIL_DOMAINS.draw(random);
    }

    /** Lower-case ASCII letters and digits only: {@code Aïcha} → {@code aicha}. Names repeat, so results are cached. */
    static String ascii(String text) {
        return ASCII.computeIfAbsent(text, Identifiers::toAscii);
    }

    private static String toAscii(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = stripped.replace("œ", "oe").replace("Œ", "Oe").toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(lower).replaceAll("");
    }

    static String digits(SplittableRandom random, int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(out);
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    static String threeDigits(int value) {
        return value < 10 ? "00" + value : value < 100 ? "0" + value : Integer.toString(value);
    }

    /** {@code value} left-padded with zeros to {@code width} digits. */
    static String padded(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
