package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeded synthetic datasets with known injected effects, and direct computations on them that the
 * scan's figures are checked against. All names and places are invented for the tests.
 */
final class BiasFixtures {
    static final List<String> HEADER = List.of("id", "prenom", "sexe", "nationalite", "quartier", "date_naissance",
            "service", "revenu", "taille_cm", "montant", "decision");
    static final String[] WOMEN_NAMES = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Jade", "Louise",
            "Emma", "Zoé", "Lina", "Nadia", "Fatou", "Amina", "Julie", "Claire", "Sophie", "Aïcha", "Yasmine", "Anne"};
    static final String[] MEN_NAMES = {"Lucas", "Hugo", "Louis", "Nathan", "Enzo", "Mohamed", "Karim", "Paul",
            "Jules", "Adam", "Yanis", "Thomas", "Pierre", "Mamadou", "Omar", "Antoine", "Julien", "Marc", "Ali", "Rémi"};
    static final String[] FRENCH = {"Française", "Française", "Français", "FR"};
    static final String[] EU = {"Italienne", "Espagnol", "Portugaise", "Belge"};
    static final String[] NON_EU = {"Marocaine", "Algérien", "Tunisienne", "Sénégalaise", "Turque"};
    static final String[] DISTRICTS_A = {"Écusson", "Antigone", "Port Marianne", "Beaux-Arts", "Boutonnet"};
    static final String[] DISTRICTS_B = {"La Mosson", "Petit Bard", "Pergola", "Cévennes", "Figuerolles"};
    static final LocalDate TODAY = LocalDate.now();

    /** What to inject. Factors multiply the base acceptance rate; 1 means no effect. */
    record Spec(int rows, long seed, double femaleShare, double euShare, double nonEuShare, double baseRate,
                double womenFactor, double nonEuFactor, double xorFactor, boolean proxies, int tinyGroupRows,
                boolean confoundedService, double womenAmountFactor, boolean incomeGap) {

        static Spec control(int rows, long seed) {
            return new Spec(rows, seed, 0.527, 0.031, 0.076, 0.6, 1, 1, 1, false, 0, false, 1, false);
        }

        Spec withWomenFactor(double f) {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, f, nonEuFactor, xorFactor,
                    proxies, tinyGroupRows, confoundedService, womenAmountFactor, incomeGap);
        }

        Spec withNonEuFactor(double f) {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, f, xorFactor,
                    proxies, tinyGroupRows, confoundedService, womenAmountFactor, incomeGap);
        }

        Spec withProxies() {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, nonEuFactor,
                    xorFactor, true, tinyGroupRows, confoundedService, womenAmountFactor, incomeGap);
        }

        Spec withTinyGroup(int n) {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, nonEuFactor,
                    xorFactor, proxies, n, confoundedService, womenAmountFactor, incomeGap);
        }

        /** Half women, half non-EU; F × non-EU and M × French at {@code f} times the others' rate. */
        Spec intersectionOnly(double f) {
            return new Spec(rows, seed, 0.5, 0, 0.5, baseRate, 1, 1, f, proxies, tinyGroupRows, confoundedService,
                    womenAmountFactor, incomeGap);
        }

        Spec withConfoundedService() {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, nonEuFactor,
                    xorFactor, proxies, tinyGroupRows, true, womenAmountFactor, incomeGap);
        }

        Spec withWomenAmountFactor(double f) {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, nonEuFactor,
                    xorFactor, proxies, tinyGroupRows, confoundedService, f, incomeGap);
        }

        /** Income missing for 20 % of non-EU nationals against 3 % of the others. */
        Spec withIncomeGap() {
            return new Spec(rows, seed, femaleShare, euShare, nonEuShare, baseRate, womenFactor, nonEuFactor,
                    xorFactor, proxies, tinyGroupRows, confoundedService, womenAmountFactor, true);
        }
    }

    private BiasFixtures() {
    }

    static BiasRules rules() {
        return BiasRules.load(Path.of("rules"));
    }

    static List<String[]> generate(Spec spec) {
        Random random = new Random(spec.seed());
        List<String[]> rows = new ArrayList<>(spec.rows() + spec.tinyGroupRows());
        for (int i = 0; i < spec.rows(); i++) {
            boolean woman = random.nextDouble() < spec.femaleShare();
            double u = random.nextDouble();
            int origin = u < spec.nonEuShare() ? 2 : u < spec.nonEuShare() + spec.euShare() ? 1 : 0;
            rows.add(row(spec, random, i, woman ? "F" : "M", origin));
        }
        for (int i = 0; i < spec.tinyGroupRows(); i++) {
            rows.add(row(spec, random, spec.rows() + i, "X", 0));
        }
        return rows;
    }

    private static String[] row(Spec spec, Random random, int i, String sex, int origin) {
        boolean woman = sex.equals("F");
        String[] names = sex.equals("X") ? (random.nextBoolean() ? WOMEN_NAMES : MEN_NAMES)
                : spec.proxies() ? (woman ? WOMEN_NAMES : MEN_NAMES) : (random.nextBoolean() ? WOMEN_NAMES : MEN_NAMES);
        String prenom = names[random.nextInt(names.length)];
        String sexRaw = sex.equals("X") ? "X" : random.nextDouble() < 0.02 ? "" : random.nextDouble() < 0.1 ? (woman ? "Femme" : "Homme") : sex;
        String[] nationalities = origin == 2 ? NON_EU : origin == 1 ? EU : FRENCH;
        String nationalite = nationalities[random.nextInt(nationalities.length)];
        boolean inB = spec.proxies() ? random.nextDouble() < (origin == 2 ? 0.85 : 0.1) : random.nextBoolean();
        String[] districts = inB ? DISTRICTS_B : DISTRICTS_A;
        String quartier = districts[random.nextInt(districts.length)];
        LocalDate birth = TODAY.minusDays(365L * 18 + random.nextInt(365 * 67));
        String date = random.nextBoolean() ? birth.toString()
                : String.format("%02d/%02d/%04d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear());
        String service;
        double serviceRate = 1;
        if (spec.confoundedService()) {
            boolean b = random.nextDouble() < (woman ? 0.8 : 0.2);
            service = b ? "B" : "A";
            serviceRate = b ? 0.4 : 1.4;
        } else {
            service = "ABC".substring(random.nextInt(3)).substring(0, 1);
        }
        double missingIncome = origin == 2 && spec.incomeGap() ? 0.2 : 0.03;
        String revenu = random.nextDouble() < missingIncome ? ""
                : String.format(java.util.Locale.ROOT, "%.2f", 800 + random.nextDouble() * 2400);
        double height = (woman ? 163 : 176.5) + random.nextGaussian() * 6.5;
        String taille = spec.proxies() ? String.format(java.util.Locale.ROOT, "%.1f", height)
                : String.format(java.util.Locale.ROOT, "%.1f", 170 + random.nextGaussian() * 8);
        double rate = spec.baseRate() * serviceRate;
        if (woman) {
            rate *= spec.womenFactor();
        }
        if (origin == 2) {
            rate *= spec.nonEuFactor();
        }
        if ((woman && origin == 2) || (sex.equals("M") && origin == 0)) {
            rate *= spec.xorFactor();
        }
        String decision = random.nextDouble() < Math.min(1, rate) ? "ACCORDEE" : "REFUSEE";
        double amount = (300 + random.nextDouble() * 900) * (woman ? spec.womenAmountFactor() : 1);
        String montant = String.format(java.util.Locale.ROOT, "%.2f", amount);
        return new String[] {"ID" + (100000 + i), prenom, sexRaw, nationalite, quartier, date, service, revenu,
                taille, montant, decision};
    }

    // ------------------------------------------------------------- direct computations

    static int col(String name) {
        return HEADER.indexOf(name);
    }

    static boolean isWoman(String[] row) {
        return row[col("sexe")].equals("F") || row[col("sexe")].equals("Femme");
    }

    static boolean isMan(String[] row) {
        return row[col("sexe")].equals("M") || row[col("sexe")].equals("Homme");
    }

    static boolean isNonEu(String[] row) {
        return List.of(NON_EU).contains(row[col("nationalite")]);
    }

    static boolean isFrench(String[] row) {
        return List.of(FRENCH).contains(row[col("nationalite")]);
    }

    /** Share of rows matching {@code group} whose decision is positive. */
    static double acceptance(List<String[]> rows, Predicate<String[]> group) {
        long n = 0;
        long positive = 0;
        for (String[] row : rows) {
            if (group.test(row)) {
                n++;
                if (row[col("decision")].equals("ACCORDEE")) {
                    positive++;
                }
            }
        }
        return (double) positive / n;
    }

    static double meanAmount(List<String[]> rows, Predicate<String[]> group) {
        return rows.stream().filter(group).mapToDouble(r -> Double.parseDouble(r[col("montant")])).average()
                .orElseThrow();
    }

    static BiasRequest request(String outcome, String positive, Map<String, String> references, String stratifyBy,
                               List<String> proxies) {
        return new BiasRequest(HEADER, List.of(new ProtectedColumn("sexe", ProtectedAttribute.GENDER),
                new ProtectedColumn("nationalite", ProtectedAttribute.ORIGIN)), outcome, positive, references,
                stratifyBy, proxies);
    }

    /** The usual request: decision = ACCORDEE, men and French nationals declared as references. */
    static BiasRequest decisionRequest() {
        return request("decision", "ACCORDEE", Map.of("sexe", "M", "nationalite", "Française"), null,
                List.of("prenom", "quartier", "service", "revenu", "taille_cm", "id"));
    }

    static BiasReport scan(BiasRequest request, List<String[]> rows) {
        BiasScan scan = new BiasScan(rules(), request);
        rows.forEach(scan::accept);
        return scan.finish();
    }

    static Finding finding(BiasReport report, Check check, String attribute, String group) {
        return report.findings().stream()
                .filter(f -> f.check() == check && f.attribute().equals(attribute) && group.equals(f.group()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + check + " finding for " + attribute
                        + " / " + group + " in " + report.toText()));
    }
}
