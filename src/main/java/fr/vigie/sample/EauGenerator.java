package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Water billing, one half-yearly bill per meter. Households on the social tariff pay less per
 * cubic metre and fall behind more often, so unpaid bills correlate with the social tariff (a
 * financial-hardship signal the classification must treat as sensitive).
 */
final class EauGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("numero_compteur", "titulaire", "adresse", "code_postal", "commune",
            "iban", "consommation_m3", "montant_facture", "impaye", "nb_relances", "date_releve", "tarif_social");

    /** Half-yearly subscription, in cents. */
    private static final long SUBSCRIPTION = 2_450;
    /** Water plus sanitation per cubic metre, in cents (about the metropolis' order of magnitude). */
    private static final long PRICE_PER_M3 = 385;
    private static final double SOCIAL_DISCOUNT = 0.3;
    private static final People SUBSCRIBERS = new People(0.5,
            new int[][] {{20, 29, 12}, {30, 44, 28}, {45, 59, 27}, {60, 74, 21}, {75, 95, 12}},
            86, 5, 9);
    private static final String[] MAKERS = {"A", "D", "I", "S"};
    private static final LocalDate FIRST_READING = LocalDate.of(2024, 1, 8);

    private final Formats formats;

    EauGenerator(Dialect dialect) {
        this.formats = new Formats(dialect);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = SUBSCRIBERS.next(random);
        boolean social = random.nextDouble() < 0.09;
        boolean unpaid = random.nextDouble() < (social ? 0.22 : 0.05);
        int reminders = unpaid ? 1 + random.nextInt(3) : 0;
        long cubicMetres = consumption(random);
        long amount = SUBSCRIPTION + cubicMetres * PRICE_PER_M3;
        if (social) {
            amount = Math.round(amount * (1 - SOCIAL_DISCOUNT));
        }
        String iban = "";
        if (random.nextDouble() < 0.68) {
            // Direct debit; the others pay by cheque or card and leave the field empty.
            String plain = Identifiers.iban(random);
            iban = random.nextDouble() < 0.15 ? Identifiers.groupedIban(plain) : plain;
        }
        return new String[] {
            meterNumber(random, index),
            holder(random, p),
            p.address(),
            p.postalCode(),
            p.commune().name(),
            iban,
            Long.toString(cubicMetres),
            formats.money(amount),
            unpaid ? "oui" : "non",
            Integer.toString(reminders),
            formats.date(FIRST_READING.plusDays(random.nextInt(540))),
            social ? "oui" : "non"
        };
    }

    /** Maker letter, year of manufacture, model letters, then a serial unique within the file. */
    private static String meterNumber(SplittableRandom random, long index) {
        int year = 8 + random.nextInt(17);
        return MAKERS[random.nextInt(MAKERS.length)] + Identifiers.twoDigits(year)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + Identifiers.padded(index + 1, 8);
    }

    /** {@code Mme Marie DUPONT}, {@code M. Jean DUPONT} or {@code M. et Mme DUPONT}. */
    private static String holder(SplittableRandom random, Person p) {
        String surname = p.surname().toUpperCase(Locale.ROOT);
        if (random.nextDouble() < 0.15) {
            return "M. et Mme " + surname;
        }
        return (p.female() ? "Mme " : "M. ") + p.firstName() + " " + surname;
    }

    private static long consumption(SplittableRandom random) {
        // Half a year for a household: log-normal around 40 m³, a few leaks far above.
        if (random.nextDouble() < 0.01) {
            return 200 + random.nextInt(600);
        }
        double m3 = 40 * StrictMath.exp(0.5 * CcasGenerator.gaussian(random));
        return Math.max(0, Math.round(m3));
    }
}
