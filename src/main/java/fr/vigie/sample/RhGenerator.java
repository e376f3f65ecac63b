package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Staff of the metropolis (HR). Two documented effects: within each category, the annual bonus of
 * women is {@link #FEMALE_BONUS_FACTOR} times men's (a pay gap the bias scan should find once it
 * stratifies by category); the 2024 promotion is drawn with the same probability for everyone
 * (a control with no effect). Directions are segregated by sex as in real administrations, so the
 * direction is a proxy of sex. Holds special-category data: union membership, disability.
 */
final class RhGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("matricule", "nom", "prenom", "nir", "date_naissance", "sexe",
            "nationalite", "adresse", "code_postal", "commune", "telephone", "email", "direction", "statut",
            "categorie", "grade", "date_entree", "temps_partiel", "salaire_brut_mensuel", "prime_annuelle",
            "iban", "jours_arret_maladie", "rqth", "syndique", "promotion_2024");
    static final double FEMALE_BONUS_FACTOR = 0.85;
    static final double PROMOTION_RATE = 0.12;

    private static final People AGENTS = new People(0.52,
            new int[][] {{20, 29, 11}, {30, 39, 23}, {40, 49, 28}, {50, 59, 28}, {60, 66, 10}},
            93, 5, 2);
    private static final LocalDate OLDEST_HIRE = LocalDate.of(1980, 1, 1);

    private final Formats formats;

    RhGenerator(Dialect dialect) {
        this.formats = new Formats(dialect);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = AGENTS.next(random);
        int age = p.age(People.REFERENCE_DAY);
        Direction direction = Direction.draw(random, p.female());
        Category category = Category.draw(random, direction);
        // Non-EU nationals cannot be tenured civil servants: they are contract staff.
        boolean tenured = p.origin() != Names.Origin.NON_EU && random.nextDouble() < 0.78;
        LocalDate hired = hireDate(random, p.birthDate());
        int seniority = People.REFERENCE_DAY.getYear() - hired.getYear();
        boolean partTime = random.nextDouble() < (p.female() ? 0.22 : 0.06);
        long fullTimeSalary = Math.round(category.salary * (1 + 0.012 * seniority)
                * (1 + 0.05 * CcasGenerator.gaussian(random))) * 100;
        long salary = partTime ? Math.round(fullTimeSalary * 0.8) : fullTimeSalary;
        long bonus = Math.round(category.bonus * (p.female() ? FEMALE_BONUS_FACTOR : 1.0)
                * (1 + 0.08 * CcasGenerator.gaussian(random))) * 100;
        return new String[] {
            "MAT" + Identifiers.padded(index + 1, 7),
            p.surname().toUpperCase(Locale.ROOT),
            p.firstName(),
            p.nir(),
            formats.date(p.birthDate()),
            p.sex(),
            p.nationality(),
            p.address(),
            p.postalCode(),
            p.commune().name(),
            random.nextDouble() < 0.9 ? Identifiers.phone(random) : "",
            Identifiers.ascii(p.firstName()) + "." + Identifiers.ascii(p.surname()) + "@agents.example",
            direction.label,
            tenured ? "Titulaire" : "Contractuel",
            category.name(),
            Identifiers.pick(random, category.grades),
            formats.date(hired),
            partTime ? "oui" : "non",
            formats.money(salary),
            formats.money(bonus),
            Identifiers.iban(random),
            Integer.toString(sickDays(random, age)),
            random.nextDouble() < 0.07 ? "oui" : "non",
            random.nextDouble() < 0.18 ? "oui" : "non",
            random.nextDouble() < PROMOTION_RATE ? "oui" : "non"
        };
    }

    private static LocalDate hireDate(SplittableRandom random, LocalDate birth) {
        LocalDate earliest = birth.plusYears(20);
        if (earliest.isBefore(OLDEST_HIRE)) {
            earliest = OLDEST_HIRE;
        }
        long span = People.REFERENCE_DAY.toEpochDay() - earliest.toEpochDay();
        return earliest.plusDays(span <= 0 ? 0 : random.nextLong(span));
    }

    private static int sickDays(SplittableRandom random, int age) {
        if (random.nextDouble() < 0.55) {
            return 0;
        }
        double days = 4 * StrictMath.exp(0.9 * CcasGenerator.gaussian(random)) * (1 + (age - 40) * 0.01);
        return (int) Math.min(365, Math.max(1, Math.round(days)));
    }

    /** Directions with the share of women in them (segregation as in real administrations). */
    private enum Direction {
        WATER("Eau et assainissement", 20, 0.25, 0.1),
        WASTE("Propreté et déchets", 14, 0.15, 0.05),
        ROADS("Voirie", 10, 0.12, 0.1),
        PARKS("Espaces verts", 9, 0.3, 0.1),
        MOBILITY("Mobilité", 8, 0.45, 0.3),
        CULTURE("Culture et médiathèques", 9, 0.7, 0.35),
        SOCIAL("Solidarités", 8, 0.85, 0.4),
        FINANCE("Finances", 6, 0.7, 0.45),
        HR("Ressources humaines", 6, 0.8, 0.4),
        IT("Systèmes d'information", 5, 0.3, 0.6),
        LEGAL("Affaires juridiques", 5, 0.7, 0.6);

        private static final Weighted<Direction> FOR_WOMEN = weighted(true);
        private static final Weighted<Direction> FOR_MEN = weighted(false);

        private final String label;
        private final double size;
        private final double womenShare;
        /** Share of category A posts, the rest split between B and C. */
        private final double shareA;

        Direction(String label, double size, double womenShare, double shareA) {
            this.label = label;
            this.size = size;
            this.womenShare = womenShare;
            this.shareA = shareA;
        }

        static Direction draw(SplittableRandom random, boolean female) {
            return (female ? FOR_WOMEN : FOR_MEN).draw(random);
        }

        private static Weighted<Direction> weighted(boolean female) {
            double[] weights = new double[values().length];
            for (Direction d : values()) {
                weights[d.ordinal()] = d.size * (female ? d.womenShare : 1 - d.womenShare);
            }
            return Weighted.of(List.of(values()), weights);
        }
    }

    /** Civil-service categories: monthly gross salary at entry and annual bonus, in euros. */
    private enum Category {
        A(2900, 4200, List.of("Attaché", "Ingénieur", "Attaché principal", "Ingénieur principal", "Conservateur")),
        B(2300, 2100, List.of("Rédacteur", "Technicien", "Rédacteur principal", "Technicien principal",
                "Assistant de conservation")),
        C(1850, 1300, List.of("Adjoint administratif", "Adjoint technique", "Agent de maîtrise",
                "Adjoint technique principal", "Adjoint du patrimoine"));

        private final int salary;
        private final int bonus;
        private final List<String> grades;

        Category(int salary, int bonus, List<String> grades) {
            this.salary = salary;
            this.bonus = bonus;
            this.grades = grades;
        }

        static Category draw(SplittableRandom random, Direction direction) {
            double r = random.nextDouble();
            if (r < direction.shareA) {
                return A;
            }
            return r < direction.shareA + (1 - direction.shareA) * 0.35 ? B : C;
        }
    }
}
