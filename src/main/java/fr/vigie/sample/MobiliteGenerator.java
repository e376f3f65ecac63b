package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Public-transport subscriptions. Holds the identifiers a classifier must recognise beyond names:
 * home coordinates (rounded to about 10 m), a park-and-ride vehicle plate, the IP address of the
 * online subscription (documentation ranges of RFC 5737 only). Fares depend on age and on the
 * social tariff, as the real fare grid does.
 */
final class MobiliteGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("numero_abonne", "nom", "prenom", "date_naissance", "sexe",
            "email", "telephone", "adresse", "code_postal", "commune", "latitude", "longitude", "type_abonnement",
            "tarif_mensuel", "date_souscription", "canal", "adresse_ip", "plaque_parking_relais",
            "validations_mois");

    private static final People SUBSCRIBERS = new People(0.53,
            new int[][] {{11, 17, 10}, {18, 25, 22}, {26, 39, 22}, {40, 64, 30}, {65, 90, 16}},
            85, 5, 10);
    private static final LocalDate FIRST_SUBSCRIPTION = LocalDate.of(2020, 1, 1);
    /** Approximate centre of each commune (degrees), only to scatter homes around it. */
    private static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("Montpellier", new double[] {43.611, 3.877}),
            Map.entry("Castelnau-le-Lez", new double[] {43.633, 3.901}),
            Map.entry("Lattes", new double[] {43.567, 3.904}),
            Map.entry("Juvignac", new double[] {43.613, 3.810}),
            Map.entry("Saint-Jean-de-Védas", new double[] {43.577, 3.826}),
            Map.entry("Villeneuve-lès-Maguelone", new double[] {43.533, 3.861}),
            Map.entry("Pérols", new double[] {43.565, 3.952}),
            Map.entry("Le Crès", new double[] {43.648, 3.939}),
            Map.entry("Grabels", new double[] {43.648, 3.799}),
            Map.entry("Pignan", new double[] {43.584, 3.761}),
            Map.entry("Baillargues", new double[] {43.662, 4.011}),
            Map.entry("Fabrègues", new double[] {43.551, 3.776}),
            Map.entry("Vendargues", new double[] {43.657, 3.970}),
            Map.entry("Cournonterral", new double[] {43.559, 3.720}),
            Map.entry("Jacou", new double[] {43.661, 3.912}),
            Map.entry("Castries", new double[] {43.679, 3.985}),
            Map.entry("Prades-le-Lez", new double[] {43.697, 3.864}),
            Map.entry("Clapiers", new double[] {43.658, 3.889}),
            Map.entry("Saint-Georges-d'Orques", new double[] {43.609, 3.782}),
            Map.entry("Montferrier-sur-Lez", new double[] {43.668, 3.857}),
            Map.entry("Cournonsec", new double[] {43.549, 3.704}),
            Map.entry("Saint-Brès", new double[] {43.667, 4.031}),
            Map.entry("Lavérune", new double[] {43.587, 3.806}),
            Map.entry("Saint-Drézéry", new double[] {43.731, 3.977}),
            Map.entry("Sussargues", new double[] {43.712, 4.004}),
            Map.entry("Restinclières", new double[] {43.723, 4.036}),
            Map.entry("Beaulieu", new double[] {43.729, 4.022}),
            Map.entry("Saint-Geniès-des-Mourgues", new double[] {43.697, 4.036}),
            Map.entry("Murviel-lès-Montpellier", new double[] {43.606, 3.739}),
            Map.entry("Saussan", new double[] {43.572, 3.775}),
            Map.entry("Montaud", new double[] {43.746, 3.958}));
    private static final String[] IP_RANGES = {"192.0.2.", "198.51.100.", "203.0.113."};
    /** Letters used on French plates (no I, O, U). */
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ";

    private final Formats formats;

    MobiliteGenerator(Dialect dialect) {
        this.formats = new Formats(dialect);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = SUBSCRIBERS.next(random);
        int age = p.age(People.REFERENCE_DAY);
        boolean social = age >= 18 && random.nextDouble() < 0.14;
        Fare fare = Fare.of(age, social);
        boolean online = random.nextDouble() < 0.62;
        double[] centre = CENTRES.get(p.commune().name());
        double spread = p.commune().name().equals("Montpellier") ? 0.03 : 0.008;
        return new String[] {
            "ABO-" + Identifiers.padded(index + 1, 8),
            p.surname(),
            p.firstName(),
            formats.date(p.birthDate()),
            p.sex(),
            age >= 15 && random.nextDouble() < 0.85
                    ? Identifiers.email(random, p.firstName(), p.surname(), p.birthDate().getYear()) : "",
            random.nextDouble() < 0.7 ? Identifiers.phone(random) : "",
            p.address(),
            p.postalCode(),
            p.commune().name(),
            coordinate(centre[0] + (random.nextDouble() * 2 - 1) * spread),
            coordinate(centre[1] + (random.nextDouble() * 2 - 1) * spread * 1.4),
            fare.label,
            formats.money(fare.cents),
            formats.date(FIRST_SUBSCRIPTION.plusDays(random.nextInt(2000))),
            online ? "En ligne" : "Agence",
            online ? IP_RANGES[random.nextInt(IP_RANGES.length)] + (1 + random.nextInt(254)) : "",
            age >= 18 && random.nextDouble() < 0.18 ? plate(random) : "",
            Integer.toString(validations(random, fare))
        };
    }

    /** Four decimals, about 10 m: precise enough to be personal data. */
    private static String coordinate(double degrees) {
        long tenThousandths = Math.round(degrees * 10_000);
        return tenThousandths / 10_000 + "." + Identifiers.padded(tenThousandths % 10_000, 4);
    }

    /** The French SIV format {@code AB-123-CD}, random. */
    private static String plate(SplittableRandom random) {
        return "" + letter(random) + letter(random) + "-" + Identifiers.threeDigits(1 + random.nextInt(999)) + "-"
                + letter(random) + letter(random);
    }

    private static char letter(SplittableRandom random) {
        return PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
    }

    private static int validations(SplittableRandom random, Fare fare) {
        double mean = fare == Fare.SENIOR ? 18 : 38;
        return (int) Math.max(0, Math.round(mean * StrictMath.exp(0.5 * CcasGenerator.gaussian(random))));
    }

    /** Monthly fares in cents, by age band and social tariff. */
    private enum Fare {
        YOUTH("Jeune -18 ans", 0),
        STUDENT("Jeune 18-26 ans", 2_000),
        STANDARD("Tout public", 5_000),
        SENIOR("Senior +65 ans", 0),
        SOLIDARITY("Solidaire", 1_000);

        private final String label;
        private final long cents;

        Fare(String label, long cents) {
            this.label = label;
            this.cents = cents;
        }

        static Fare of(int age, boolean social) {
            if (age < 18) {
                return YOUTH;
            }
            if (age >= 65) {
                return SENIOR;
            }
            if (social) {
                return SOLIDARITY;
            }
            return age <= 26 ? STUDENT : STANDARD;
        }
    }
}
