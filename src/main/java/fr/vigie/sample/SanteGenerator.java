package fr.vigie.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Health-prevention consultations. Diagnoses carry real ICD-10 (CIM-10) codes and are drawn
 * according to sex and age (no breast screening for men, no COPD at 20); body-mass index, blood
 * pressure and smoking agree with the diagnosis.
 */
final class SanteGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("id", "nom", "prenom", "nir", "date_naissance", "sexe",
            "code_postal", "commune", "medecin_traitant", "diagnostic", "code_cim10", "handicap",
            "vaccination_a_jour", "imc", "tension", "fumeur", "date_consultation", "centre");

    private static final LocalDate FIRST_CONSULTATION = LocalDate.of(2024, 1, 2);
    private static final People PATIENTS = new People(0.54,
            new int[][] {{16, 24, 9}, {25, 34, 14}, {35, 44, 15}, {45, 54, 17}, {55, 64, 18}, {65, 74, 16},
                {75, 95, 11}},
            88, 4, 8);
    private static final int DOCTORS = 140;

    private final Formats formats;
    private final List<String> doctors;

    /** @param random draws the pool of doctors of this stream, so a seed gives its own doctors */
    SanteGenerator(Dialect dialect, SplittableRandom random) {
        this.formats = new Formats(dialect);
        this.doctors = doctors(random);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = PATIENTS.next(random);
        int age = p.age(People.REFERENCE_DAY);
        Diagnosis diagnosis = Diagnosis.draw(random, p.female(), age);
        boolean smoker = diagnosis == Diagnosis.TOBACCO || random.nextDouble() < (age < 65 ? 0.27 : 0.1);
        return new String[] {
            "PRV-" + Identifiers.padded(index + 1, 8),
            p.surname(),
            p.firstName(),
            random.nextDouble() < 0.3 ? Identifiers.spacedNir(p.nir()) : p.nir(),
            formats.date(p.birthDate()),
            p.sex(),
            p.postalCode(),
            p.commune().name(),
            random.nextDouble() < 0.06 ? "" : Identifiers.pick(random, doctors),
            diagnosis.label,
            diagnosis.code,
            yesNo(random.nextDouble() < 0.04 + age * 0.0015),
            yesNo(random.nextDouble() < 0.78),
            formats.oneDecimal(bmiTenths(random, diagnosis)),
            bloodPressure(random, age, diagnosis),
            yesNo(smoker),
            formats.date(weekday(FIRST_CONSULTATION.plusDays(random.nextInt(545)))),
            centre(p)
        };
    }

    private static List<String> doctors(SplittableRandom random) {
        List<String> names = new ArrayList<>(DOCTORS);
        for (int i = 0; i < DOCTORS; i++) {
            boolean female = random.nextDouble() < 0.5;
            int birthYear = 1955 + random.nextInt(40);
            Names.Origin origin = random.nextDouble() < 0.9 ? Names.Origin.FRENCH : Names.Origin.NON_EU;
            names.add("Dr " + Names.firstName(random, female, birthYear, origin) + " " + Names.surname(random, origin));
        }
        return names;
    }

    private static long bmiTenths(SplittableRandom random, Diagnosis diagnosis) {
        double bmi = diagnosis == Diagnosis.OBESITY
                ? 30.5 + Math.abs(CcasGenerator.gaussian(random)) * 4.5
                : 25.2 + CcasGenerator.gaussian(random) * 4.2;
        return Math.round(Math.max(16.0, Math.min(48.0, bmi)) * 10);
    }

    private static String bloodPressure(SplittableRandom random, int age, Diagnosis diagnosis) {
        double systolic = 112 + age * 0.35 + CcasGenerator.gaussian(random) * 11
                + (diagnosis == Diagnosis.HYPERTENSION ? 18 : 0);
        double diastolic = systolic * 0.62 + CcasGenerator.gaussian(random) * 5;
        return Math.round(systolic) + "/" + Math.round(diastolic);
    }

    private static LocalDate weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY ? day.plusDays(2) : dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The prevention centre nearest to where the patient lives. */
    private static String centre(Person p) {
        return switch (p.postalCode()) {
            case "34000" -> "Centre de santé Montpellier Centre";
            case "34080" -> "Centre de prévention Montpellier Mosson";
            case "34070", "34970", "34470", "34750" -> "Centre de prévention Montpellier Sud";
            case "34090", "34980", "34730", "34830", "34790" -> "Centre de prévention Montpellier Nord";
            case "34170", "34920", "34740", "34670", "34160" -> "Maison de santé Castelnau-le-Lez";
            default -> "Maison de santé Saint-Jean-de-Védas";
        };
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    /** Plain labels with valid ICD-10 codes; weight, and who can have it (sex, minimum and maximum age). */
    private enum Diagnosis {
        CHECKUP("Examen de santé sans anomalie", "Z00.0", 16, null, 0, 120),
        HYPERTENSION("Hypertension artérielle", "I10", 12, null, 35, 120),
        DIABETES("Diabète de type 2", "E11.9", 7, null, 35, 120),
        OBESITY("Obésité", "E66.9", 6, null, 16, 120),
        CHOLESTEROL("Hypercholestérolémie", "E78.0", 6, null, 30, 120),
        ASTHMA("Asthme", "J45.9", 5, null, 0, 120),
        DEPRESSION("Épisode dépressif", "F32.9", 5, null, 16, 120),
        ANXIETY("Trouble anxieux généralisé", "F41.1", 4, null, 16, 120),
        LOW_BACK_PAIN("Lombalgie", "M54.5", 6, null, 20, 120),
        COPD("Bronchopneumopathie chronique obstructive", "J44.9", 3, null, 45, 120),
        RHINITIS("Rhinite allergique", "J30.4", 4, null, 0, 120),
        HYPOTHYROIDISM("Hypothyroïdie", "E03.9", 3, null, 20, 120),
        MIGRAINE("Migraine", "G43.9", 3, null, 16, 70),
        REFLUX("Reflux gastro-œsophagien", "K21.9", 3, null, 20, 120),
        KNEE_ARTHRITIS("Arthrose du genou", "M17.9", 3, null, 50, 120),
        KIDNEY("Maladie rénale chronique", "N18.9", 1, null, 50, 120),
        HEART("Cardiopathie ischémique chronique", "I25.9", 2, null, 50, 120),
        TOBACCO("Dépendance au tabac", "F17.2", 4, null, 16, 120),
        ALCOHOL("Dépendance à l'alcool", "F10.2", 1, null, 18, 120),
        BREAST_SCREENING("Dépistage du cancer du sein", "Z12.3", 3, Boolean.TRUE, 50, 74),
        COLORECTAL_SCREENING("Dépistage du cancer colorectal", "Z12.1", 3, null, 50, 74),
        PREGNANCY("Surveillance de grossesse normale", "Z34.9", 2, Boolean.TRUE, 18, 44),
        CROHN("Maladie de Crohn", "K50.9", 0.5, null, 16, 120),
        HIV("Infection par le VIH", "B24", 0.3, null, 18, 120);

        private final String label;
        private final String code;
        private final double weight;
        /** TRUE: women only; null: both sexes. */
        private final Boolean femaleOnly;
        private final int minAge;
        private final int maxAge;

        Diagnosis(String label, String code, double weight, Boolean femaleOnly, int minAge, int maxAge) {
            this.label = label;
            this.code = code;
            this.weight = weight;
            this.femaleOnly = femaleOnly;
            this.minAge = minAge;
            this.maxAge = maxAge;
        }

        static Diagnosis draw(SplittableRandom random, boolean female, int age) {
            // Rejection sampling over the weighted list: at most a few draws, cheap.
            while (true) {
                Diagnosis d = ALL.draw(random);
                if ((d.femaleOnly == null || female) && age >= d.minAge && age <= d.maxAge) {
                    return d;
                }
            }
        }

        private static final Weighted<Diagnosis> ALL = Weighted.of(List.of(values()),
                java.util.Arrays.stream(values()).mapToDouble(d -> d.weight).toArray());
    }
}
