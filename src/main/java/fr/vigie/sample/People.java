package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws {@link Person}s for one dataset: the share of women, the age pyramid and the nationality
 * mix are the dataset's own (CCAS applicants are not the population of a health centre).
 */
final class People {
    /** "Today" for every dataset, fixed so that files never depend on the clock. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 6, 30);

    private static final Weighted<Commune> COMMUNES = Weighted.of(Commune.METROPOLIS,
            Commune.METROPOLIS.stream().mapToDouble(Commune::population).toArray());
    /** Montpellier's four postal codes, roughly by population. */
    private static final Weighted<String> MONTPELLIER_CODES = Weighted.pairs(
            "34000", 30, "34070", 30, "34080", 22, "34090", 18);
    /** Countries of birth abroad, INSEE country codes as written in a NIR ("99" + code). */
    private static final Weighted<String> EU_BIRTH = Weighted.pairs(
            "99134", 5, "99127", 2, "99139", 3, "99109", 1, "99131", 1, "99114", 2);
    private static final Weighted<String> NON_EU_BIRTH = Weighted.pairs(
            "99350", 8, "99352", 7, "99351", 3, "99341", 2, "99208", 2, "99397", 1);

    private final double femaleShare;
    private final Weighted<int[]> ageBands;
    private final Weighted<Names.Origin> origins;

    /**
     * @param femaleShare share of women
     * @param ageBands    {from, to (inclusive), weight} triples
     * @param origins     weights of French, EU and non-EU nationals
     */
    People(double femaleShare, int[][] ageBands, double french, double eu, double nonEu) {
        this.femaleShare = femaleShare;
        double[] weights = new double[ageBands.length];
        for (int i = 0; i < ageBands.length; i++) {
            weights[i] = ageBands[i][2];
        }
        this.ageBands = Weighted.of(List.of(ageBands), weights);
        this.origins = Weighted.of(List.of(Names.Origin.values()), french, eu, nonEu);
    }

    Person next(SplittableRandom random) {
        boolean female = random.nextDouble() < femaleShare;
        LocalDate birth = birthDate(random);
        Names.Origin origin = origins.draw(random);
        Commune commune = COMMUNES.draw(random);
        String postalCode = commune.postalCodes().size() > 1
                ? MONTPELLIER_CODES.draw(random) : commune.postalCodes().get(0);
        String firstName = Names.firstName(random, female, birth.getYear(), origin);
        String surname = Names.surname(random, origin);
        String nir = Identifiers.nir(random, female, birth, birthPlace(random, origin));
        return new Person(female, firstName, surname, birth, origin, nationality(origin), commune,
                postalCode, Streets.address(random), nir);
    }

    private LocalDate birthDate(SplittableRandom random) {
        int[] band = ageBands.draw(random);
        int age = band[0] + random.nextInt(band[1] - band[0] + 1);
        // A uniform day within the year that ends at that age on the reference day.
        LocalDate latest = REFERENCE_DAY.minusYears(age);
        return latest.minusDays(random.nextInt(365));
    }

    private static String birthPlace(SplittableRandom random, Names.Origin origin) {
        // Most foreign nationals were born abroad; some were born here.
        return switch (origin) {
            case FRENCH -> "34" + COMMUNES.draw(random).inseeSuffix();
            case EU -> random.nextDouble() < 0.8 ? EU_BIRTH.draw(random) : "34" + COMMUNES.draw(random).inseeSuffix();
            case NON_EU -> random.nextDouble() < 0.85 ? NON_EU_BIRTH.draw(random) : "34" + COMMUNES.draw(random).inseeSuffix();
        };
    }

    private static String nationality(Names.Origin origin) {
        return switch (origin) {
            case FRENCH -> "Française";
            case EU -> "UE";
            case NON_EU -> "Hors UE";
        };
    }
}
