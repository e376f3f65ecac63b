package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The bias corpus: seeded synthetic datasets with known injected effects, and direct computations on
 * them that the scan's figures are checked against. All names and places are invented for the tests.
 */
final class BiasFixtures {
    static final List<String> HEADER = List.of("id", "nir", "prenom", "sexe", "nationalite", "quartier",
            "date_naissance", "tranche_age", "service", "revenu", "taille_cm", "commentaire", "montant", "decision");
    static final String[] WOMEN_NAMES = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Jade", "Louise",
        "Emma", "Zoé", "Julie", "Claire", "Sophie", "Anne", "Lucie", "Margaux"};
    static final String[] MEN_NAMES = {"Lucas", "Hugo", "Louis", "Nathan", "Enzo", "Paul", "Jules", "Thomas",
        "Pierre", "Antoine", "Julien", "Marc", "Rémi", "Bastien", "Olivier", "Xavier"};
    static final String[] WOMEN_NAMES_ABROAD = {"Nadia", "Fatou", "Amina", "Aïcha", "Yasmine", "Mariam", "Leïla",
        "Awa", "Samira", "Khadija"};
    static final String[] MEN_NAMES_ABROAD = {"Mohamed", "Karim", "Mamadou", "Omar", "Ali", "Youssef", "Moussa",
        "Bilal", "Hamza", "Ibrahima"};
    /** French nationals, as departments write them: one category, several spellings. */
    static final String[] FRENCH = {"Française", "Française", "Française", "Française", "Français", "FR"};
    static final String[] EU = {"Italienne", "Espagnole", "Portugaise", "Belge"};
    static final String[] NON_EU = {"Marocaine", "Algérienne", "Tunisienne", "Sénégalaise", "Turque"};
    static final String[] DISTRICTS_A = {"Écusson", "Antigone", "Port Marianne", "Beaux-Arts", "Boutonnet"};
    static final String[] DISTRICTS_B = {"La Mosson", "Petit Bard", "Pergola", "Cévennes", "Figuerolles"};
    /** A pre-banded age column, in the order a department writes it. */
    static final String[] AGE_BANDS = {"moins de 30 ans", "30-44 ans", "45-59 ans", "60 et plus"};
    static final String[] COMMENTS = {"Dossier complet, pièces reçues le", "Relance envoyée au demandeur le",
        "Situation suivie par l'assistante sociale depuis le", "Demande urgente transmise en commission le"};
    static final LocalDate TODAY = LocalDate.now();

    private BiasFixtures() {
    }

    /** What to inject. Factors multiply the base acceptance rate; 1 means no effect. */
    static final class Scenario {
        final int rows;
        final long seed;
        double femaleShare = 0.527;
        double euShare = 0.031;
        double nonEuShare = 0.076;
        double baseRate = 0.6;
        double womenFactor = 1;
        double nonEuFactor = 1;
        double xorFactor = 1;
        boolean proxies;
        boolean inseeSexCodes;
        boolean confoundedService;
        double womenAmountFactor = 1;
        boolean incomeGap;
        String[] french = FRENCH;
        String[] nonEu = NON_EU;
        final Map<String, Double> nationalityFactors = new LinkedHashMap<>();
        final Map<String, Double> ageBandFactors = new LinkedHashMap<>();
        /** Extra rows of a given nationality label, and extra rows with sex "X". */
        final Map<String, Integer> extraNationalities = new LinkedHashMap<>();
        int extraSexX;

        private Scenario(int rows, long seed) {
            this.rows = rows;
            this.seed = seed;
        }

        /** No effect anywhere: shares of the reference population, names and districts independent of all. */
        static Scenario control(int rows, long seed) {
            return new Scenario(rows, seed);
        }

        Scenario womenFactor(double f) {
            womenFactor = f;
            return this;
        }

        Scenario nonEuFactor(double f) {
            nonEuFactor = f;
            return this;
        }

        /** One nationality alone is granted at {@code f} times the others' rate. */
        Scenario nationalityFactor(String nationality, double f) {
            nationalityFactors.put(nationality, f);
            return this;
        }

        /** One band of the pre-banded age column is granted at {@code f} times the others' rate. */
        Scenario ageBandFactor(String band, double f) {
            ageBandFactors.put(band, f);
            return this;
        }

        /** First names reveal sex and origin, districts origin, height sex, the NIR's first digit sex. */
        Scenario proxies() {
            proxies = true;
            return this;
        }

        /** Sex written with the INSEE codes: 1 for men, 2 for women. */
        Scenario inseeSexCodes() {
            inseeSexCodes = true;
            return this;
        }

        Scenario extraNationality(String label, int rowsOfIt) {
            extraNationalities.put(label, rowsOfIt);
            return this;
        }

        Scenario extraSexX(int n) {
            extraSexX = n;
            return this;
        }

        /** Half women, half Moroccan; women Moroccans and French men at {@code f} times the others' rate. */
        Scenario intersectionOnly(double f) {
            femaleShare = 0.5;
            euShare = 0;
            nonEuShare = 0.5;
            french = new String[] {"Française"};
            nonEu = new String[] {"Marocaine"};
            xorFactor = f;
            return this;
        }

        /** Half women, half Moroccan; women at {@code women} and Moroccans at {@code moroccans}, multiplied. */
        Scenario twoMarginalEffects(double women, double moroccans) {
            femaleShare = 0.5;
            euShare = 0;
            nonEuShare = 0.5;
            french = new String[] {"Française"};
            nonEu = new String[] {"Marocaine"};
            womenFactor = women;
            nonEuFactor = moroccans;
            return this;
        }

        Scenario confoundedService() {
            confoundedService = true;
            return this;
        }

        Scenario womenAmountFactor(double f) {
            womenAmountFactor = f;
            return this;
        }

        /** Income missing for 20 % of non-EU nationals against 3 % of the others. */
        Scenario incomeGap() {
            incomeGap = true;
            return this;
        }

        Scenario shares(double female, double eu, double nonEuropean) {
            femaleShare = female;
            euShare = eu;
            nonEuShare = nonEuropean;
            return this;
        }
    }

    static BiasRules rules() {
        return BiasRules.load(Path.of("rules"));
    }

    static List<String[]> generate(Scenario s) {
        Random random = new Random(s.seed);
        List<String[]> rows = new ArrayList<>(s.rows + 100);
        for (int i = 0; i < s.rows; i++) {
            boolean woman = random.nextDouble() < s.femaleShare;
            double u = random.nextDouble();
            int origin = u < s.nonEuShare ? 2 : u < s.nonEuShare + s.euShare ? 1 : 0;
            String[] labels = origin == 2 ? s.nonEu : origin == 1 ? EU : s.french;
            rows.add(row(s, random, i, woman ? "F" : "M", origin, labels[random.nextInt(labels.length)]));
        }
        int index = s.rows;
        for (Map.Entry<String, Integer> extra : s.extraNationalities.entrySet()) {
            for (int k = 0; k < extra.getValue(); k++) {
                rows.add(row(s, random, index++, random.nextBoolean() ? "F" : "M", 2, extra.getKey()));
            }
        }
        for (int k = 0; k < s.extraSexX; k++) {
            rows.add(row(s, random, index++, "X", 0, "Française"));
        }
        return rows;
    }

    private static String[] row(Scenario s, Random random, int i, String sex, int origin, String nationality) {
        boolean woman = sex.equals("F");
        boolean abroad = origin == 2;
        String prenom = firstName(s, random, sex, abroad);
        String sexRaw = sexAsWritten(s, random, sex);
        boolean inB = s.proxies ? random.nextDouble() < (abroad ? 0.85 : 0.1) : random.nextBoolean();
        String[] districts = inB ? DISTRICTS_B : DISTRICTS_A;
        String quartier = districts[random.nextInt(districts.length)];
        LocalDate birth = TODAY.minusDays(365L * 18 + random.nextInt(365 * 67));
        String date = random.nextBoolean() ? birth.toString()
                : String.format(Locale.ROOT, "%02d/%02d/%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                        birth.getYear());
        String band = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
        double serviceRate = 1;
        String service;
        if (s.confoundedService) {
            boolean b = random.nextDouble() < (woman ? 0.8 : 0.2);
            service = b ? "B" : "A";
            serviceRate = b ? 0.4 : 1.4;
        } else {
            service = "ABC".substring(random.nextInt(3)).substring(0, 1);
        }
        double missingIncome = abroad && s.incomeGap ? 0.2 : 0.03;
        String revenu = random.nextDouble() < missingIncome ? ""
                : String.format(Locale.ROOT, "%.2f", 800 + random.nextDouble() * 2400);
        double height = s.proxies ? (woman ? 163 : 176.5) + random.nextGaussian() * 6.5
                : 170 + random.nextGaussian() * 8;
        boolean nirWoman = s.proxies ? woman : random.nextBoolean();
        String nir = (nirWoman ? "2" : "1") + String.format(Locale.ROOT, "%012d", (long) (random.nextDouble() * 1e12));
        String commentaire = COMMENTS[random.nextInt(COMMENTS.length)] + " " + date + " (dossier " + (7000 + i) + ")";
        double rate = s.baseRate * serviceRate * factor(s, woman, sex, abroad, nationality, band);
        String decision = random.nextDouble() < Math.min(1, rate) ? "ACCORDEE" : "REFUSEE";
        double amount = (300 + random.nextDouble() * 900) * (woman ? s.womenAmountFactor : 1);
        return new String[] {"ID" + (100000 + i), nir, prenom, sexRaw, nationality, quartier, date, band, service,
            revenu, String.format(Locale.ROOT, "%.1f", height), commentaire,
            String.format(Locale.ROOT, "%.2f", amount), decision};
    }

    private static double factor(Scenario s, boolean woman, String sex, boolean abroad, String nationality,
            String band) {
        double f = s.nationalityFactors.getOrDefault(nationality, 1.0) * s.ageBandFactors.getOrDefault(band, 1.0);
        if (woman) {
            f *= s.womenFactor;
        }
        if (abroad) {
            f *= s.nonEuFactor;
        }
        if ((woman && abroad) || (sex.equals("M") && !abroad)) {
            f *= s.xorFactor;
        }
        return f;
    }

    private static String firstName(Scenario s, Random random, String sex, boolean abroad) {
        boolean womanName = s.proxies && !sex.equals("X") ? sex.equals("F") : random.nextBoolean();
        boolean abroadName = s.proxies ? abroad : random.nextDouble() < 0.1;
        String[] names = womanName ? (abroadName ? WOMEN_NAMES_ABROAD : WOMEN_NAMES)
                : (abroadName ? MEN_NAMES_ABROAD : MEN_NAMES);
        return names[random.nextInt(names.length)];
    }

    private static String sexAsWritten(Scenario s, Random random, String sex) {
        if (sex.equals("X")) {
            return "X";
        }
        if (random.nextDouble() < 0.02) {
            return "";
        }
        if (s.inseeSexCodes) {
            return sex.equals("F") ? "2" : "1";
        }
        return random.nextDouble() < 0.1 ? (sex.equals("F") ? "Femme" : "Homme") : sex;
    }

    // ------------------------------------------------------------- direct computations

    static int col(String name) {
        return HEADER.indexOf(name);
    }

    static boolean isWoman(String[] row) {
        return List.of("F", "Femme", "2").contains(row[col("sexe")]);
    }

    static boolean isMan(String[] row) {
        return List.of("M", "Homme", "1").contains(row[col("sexe")]);
    }

    static Predicate<String[]> nationality(String label) {
        return row -> row[col("nationalite")].equals(label);
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

    static final ProtectedColumn SEX = new ProtectedColumn("sexe", ProtectedAttribute.GENDER);
    static final ProtectedColumn NATIONALITY = new ProtectedColumn("nationalite", ProtectedAttribute.ORIGIN);

    static BiasRequest request(String outcome, String positive, Map<String, String> references, String stratifyBy,
                               List<String> proxies) {
        return new BiasRequest(HEADER, List.of(SEX, NATIONALITY), outcome, positive, references, stratifyBy, proxies);
    }

    /** The usual request: decision = ACCORDEE, no reference declared, a few proxy candidates. */
    static BiasRequest decisionRequest() {
        return request("decision", "ACCORDEE", Map.of(), null, List.of("prenom", "quartier", "service", "revenu",
                "taille_cm", "id"));
    }

    /** The request the pipeline builds when the job names sex and nationality: every column a proxy candidate. */
    static BiasRequest plannedRequest(String... identifying) {
        List<ColumnFacts> facts = new ArrayList<>();
        for (String column : HEADER) {
            boolean id = List.of(identifying).contains(column);
            ProtectedAttribute attribute = switch (column) {
                case "sexe" -> ProtectedAttribute.GENDER;
                case "nationalite" -> ProtectedAttribute.ORIGIN;
                case "date_naissance" -> ProtectedAttribute.AGE;
                default -> null;
            };
            facts.add(new ColumnFacts(column, id, attribute));
        }
        BiasSettings settings = new BiasSettings(List.of(new BiasSettings.Declared("sexe", null),
                new BiasSettings.Declared("nationalite", null)), "decision", "ACCORDEE", Map.of(), null);
        return BiasRequest.plan(Path.of("jobs/test.yml"), settings, facts).orElseThrow();
    }

    static BiasReport scan(BiasRequest request, List<String[]> rows) {
        BiasScan scan = new BiasScan(rules(), request);
        rows.forEach(scan::accept);
        return scan.finish();
    }

    /** The finding of {@code check} on a group of the attribute's own values (not a roll-up or intersection). */
    static Finding finding(BiasReport report, Check check, String attribute, String group) {
        return report.findings().stream()
                .filter(f -> f.check() == check && f.attribute().equals(attribute) && group.equals(f.group())
                        && f.scope() != GroupView.ROLLUP)
                .findFirst().orElseThrow(() -> new AssertionError("no " + check + " finding for " + attribute
                        + " / " + group + " in " + report.toText(Lang.EN)));
    }

    static GroupStat group(BiasReport report, String attribute, String label) {
        return report.groups().stream().filter(g -> g.attribute().equals(attribute) && g.group().equals(label)
                && g.view() != GroupView.ROLLUP).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + label + " of " + attribute + " in "
                        + report.toText(Lang.EN)));
    }

    static Finding proxy(BiasReport report, String column, String attribute) {
        return report.findings().stream().filter(f -> f.check() == Check.PROXY && column.equals(f.checkedColumn())
                && Objects.equals(f.proxyOf(), attribute)).findFirst()
                .orElseThrow(() -> new AssertionError("no proxy finding for " + column + " of " + attribute + "\n"
                        + report.toText(Lang.EN)));
    }

    /** Findings above INFO, as the DPO reads them. */
    static List<Finding> aboveInfo(BiasReport report) {
        return report.findingsAtLeast(Severity.LOW);
    }
}
