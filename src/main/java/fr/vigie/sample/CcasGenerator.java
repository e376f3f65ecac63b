package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * CCAS social-aid requests. The decision carries a documented, deliberate bias so the bias scan
 * has something to find: the grant probability is multiplied by {@link #FEMALE_FACTOR} for women
 * and by {@link #NON_EU_FACTOR} for non-EU nationals, and by nothing else that depends on sex or
 * nationality (income, household and aid type are drawn independently of both), so the expected
 * ratios of grant rates are exactly these factors.
 */
final class CcasGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("id_demande", "nom", "prenom", "nir", "date_naissance", "sexe",
            "nationalite", "adresse", "code_postal", "commune", "telephone", "email", "situation_familiale",
            "nb_enfants", "revenu_mensuel", "type_aide", "montant_demande", "decision", "date_decision",
            "commentaire");
    static final double FEMALE_FACTOR = 0.75;
    static final double NON_EU_FACTOR = 0.8;

    private static final LocalDate FIRST_DECISION = LocalDate.of(2024, 1, 2);
    private static final People APPLICANTS = new People(0.56,
            new int[][] {{20, 24, 9}, {25, 34, 21}, {35, 44, 20}, {45, 54, 17}, {55, 64, 14}, {65, 74, 9},
                {75, 95, 8}},
            74, 7, 19);
    private static final Weighted<Integer> CHILDREN = Weighted.of(List.of(0, 1, 2, 3, 4, 5, 6),
            46, 20, 17, 10, 4, 2, 1);
    private static final Weighted<String> SITUATIONS = Weighted.pairs("Célibataire", 42, "Marié(e)", 17,
            "Pacsé(e)", 5, "Concubinage", 9, "Divorcé(e)", 17, "Séparé(e)", 10);
    private static final List<String> COMMENTS = List.of(
            "Dossier complet.", "Pièces justificatives manquantes, relance envoyée.",
            "Situation suivie par l'assistante sociale du secteur.", "Famille hébergée chez un tiers.",
            "Demande urgente; première sollicitation du CCAS.", "Facture d'énergie impayée de plus de 300 €.",
            "Orientation vers l'épicerie sociale.", "Perte d'emploi récente, dossier Pôle emploi en cours.",
            "Demande renouvelée après un premier refus.", "Situation de surendettement, dossier Banque de France déposé.",
            "Accompagnement budgétaire proposé.", "Coût du loyer très élevé par rapport aux ressources.",
            "Problème de santé du demandeur, arrêt maladie prolongé.", "Rupture de droits CAF, régularisation attendue.",
            "Aide exceptionnelle validée en commission, cœur de la mission du CCAS.");

    private final Formats formats;

    CcasGenerator(Dialect dialect) {
        this.formats = new Formats(dialect);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = APPLICANTS.next(random);
        int age = p.age(People.REFERENCE_DAY);
        String situation = situation(random, age);
        int children = age > 70 ? 0 : CHILDREN.draw(random);
        long income = incomeCents(random, age);
        AidType aid = AidType.draw(random, children);
        long amount = aid.amountCents(random);
        boolean granted = random.nextDouble() < grantProbability(p, income, aid);
        LocalDate decided = FIRST_DECISION.plusDays(random.nextInt(540));
        return new String[] {
            "DEM-" + Identifiers.padded(index + 1, 8),
            p.surname().toUpperCase(Locale.ROOT),
            p.firstName(),
            p.nir(),
            formats.date(p.birthDate()),
            p.sex(),
            p.nationality(),
            p.address(),
            p.postalCode(),
            p.commune().name(),
            random.nextDouble() < 0.88 ? Identifiers.phone(random) : "",
            random.nextDouble() < 0.78
                    ? Identifiers.email(random, p.firstName(), p.surname(), p.birthDate().getYear()) : "",
            situation,
            Integer.toString(children),
            formats.money(income),
            aid.label,
            formats.money(amount),
            granted ? "ACCORDEE" : "REFUSEE",
            formats.date(decided),
            comment(random)
        };
    }

    /** Need-based probability (income, aid type), then the two injected factors. */
    private static double grantProbability(Person p, long incomeCents, AidType aid) {
        double base = incomeCents < 70_000 ? 0.86 : incomeCents < 120_000 ? 0.76 : 0.55;
        base *= aid.grantWeight;
        if (p.female()) {
            base *= FEMALE_FACTOR;
        }
        if (p.origin() == Names.Origin.NON_EU) {
            base *= NON_EU_FACTOR;
        }
        return base;
    }

    private static String situation(SplittableRandom random, int age) {
        double widowed = age >= 75 ? 0.45 : age >= 60 ? 0.15 : 0.01;
        if (random.nextDouble() < widowed) {
            return "Veuf(ve)";
        }
        return SITUATIONS.draw(random);
    }

    private static long incomeCents(SplittableRandom random, int age) {
        if (random.nextDouble() < 0.05) {
            return 0;
        }
        // Log-normal around 950 EUR a month; pensions a bit higher and tighter.
        double median = age >= 65 ? 1050 : 950;
        double sigma = age >= 65 ? 0.3 : 0.45;
        double euros = median * StrictMath.exp(sigma * gaussian(random));
        return Math.round(Math.min(euros, 4000) * 100);
    }

    private static String comment(SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.45) {
            return "";
        }
        if (r < 0.55) {
            // Free text that holds personal data: the classifier must look inside.
            return "Rappeler la personne au " + Identifiers.phone(random) + " avant la commission.";
        }
        return Identifiers.pick(random, COMMENTS);
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17. StrictMath, not Math: its
        // results are the same on every JVM and CPU, so files are byte-identical everywhere.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** Kinds of aid, with amount ranges in euros and how need-based their approval is. */
    private enum AidType {
        FOOD("Aide alimentaire", 30, 300, 1.0),
        ENERGY("Aide à l'énergie", 80, 600, 0.95),
        RENT("Aide au loyer", 150, 900, 0.85),
        EMERGENCY("Secours d'urgence", 50, 500, 1.0),
        CANTEEN("Aide à la cantine scolaire", 30, 250, 1.0),
        TRANSPORT("Aide aux transports", 20, 150, 0.95),
        FUNERAL("Aide aux obsèques", 500, 1500, 0.8);

        private static final Weighted<AidType> ADULTS = Weighted.of(List.of(values()), 32, 21, 16, 12, 0, 17, 2);
        private static final Weighted<AidType> PARENTS = Weighted.of(List.of(values()), 28, 18, 15, 10, 18, 9, 2);

        private final String label;
        private final int minEuros;
        private final int maxEuros;
        private final double grantWeight;

        AidType(String label, int minEuros, int maxEuros, double grantWeight) {
            this.label = label;
            this.minEuros = minEuros;
            this.maxEuros = maxEuros;
            this.grantWeight = grantWeight;
        }

        static AidType draw(SplittableRandom random, int children) {
            return (children > 0 ? PARENTS : ADULTS).draw(random);
        }

        long amountCents(SplittableRandom random) {
            // Requests are mostly round amounts, sometimes to the cent (an invoice's exact total).
            int euros = minEuros + random.nextInt(maxEuros - minEuros + 1);
            return random.nextDouble() < 0.7 ? (euros / 10) * 1000L : euros * 100L + random.nextInt(100);
        }
    }
}
