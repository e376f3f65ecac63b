package fr.vigie.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic French administrative values for the labelled corpus and the benchmark: valid and
 * deliberately invalid identifiers, names, addresses, dates. Seeded, so the output is reproducible.
 * Every value is made up; the name lists are frequent names, not people.
 */
final class Fake {
    static final String[] FEMALE = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Sophie", "Céline", "Julie", "Camille",
        "Léa", "Chloé", "Emma", "Inès", "Jade", "Louise", "Fatima", "Aïcha", "Yasmine", "Lucie", "Pauline", "Manon",
        "Sarah", "Clara", "Océane", "Hélène", "Brigitte", "Nadia", "Sabrina", "Ophélie", "Gwenaëlle", "Soraya"};
    static final String[] MALE = {"Jean", "Pierre", "Michel", "Philippe", "Nicolas", "Julien", "Thomas", "Lucas",
        "Hugo", "Louis", "Mohamed", "Karim", "Mehdi", "Théo", "Enzo", "Antoine", "Maxime", "Kevin", "David", "Éric",
        "Mamadou", "Youssef", "Benjamin", "Quentin", "Gérard", "Tristan", "Anouar", "Killian", "Gaëtan", "Bilal"};
    /** Frequent names, some outside the rules' dictionary on purpose. */
    static final String[] LAST = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
        "Moreau", "Laurent", "Simon", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Fabre", "Vidal",
        "Marty", "Nguyen", "Benali", "Rossi", "Kowalski", "Diallo", "Traoré", "Haddad", "Ferreira", "Santos",
        "Lopez", "Mercier", "Blanc", "Barthès", "Cabanis", "Aubrespy", "Vergnes", "Bousquet", "Combes", "Granier"};
    static final String[][] COMMUNES = {{"Montpellier", "34000", "34172"}, {"Montpellier", "34070", "34172"},
        {"Montpellier", "34080", "34172"}, {"Montpellier", "34090", "34172"}, {"Castelnau-le-Lez", "34170", "34057"},
        {"Lattes", "34970", "34129"}, {"Pérols", "34470", "34198"}, {"Juvignac", "34990", "34123"},
        {"Saint-Jean-de-Védas", "34430", "34270"}, {"Grabels", "34790", "34116"}, {"Jacou", "34830", "34120"},
        {"Le Crès", "34920", "34090"}, {"Vendargues", "34740", "34327"}, {"Pignan", "34570", "34202"},
        {"Fabrègues", "34690", "34095"}, {"Villeneuve-lès-Maguelone", "34750", "34337"}, {"Clapiers", "34830", "34077"}};
    static final String[] STREETS = {"rue de la Loge", "avenue de Toulouse", "boulevard Clemenceau", "rue du Faubourg Figuerolles",
        "chemin de Moularès", "impasse des Oliviers", "allée des Mimosas", "place de la Comédie", "route de Mende",
        "avenue du Père Soulas", "rue Saint-Guilhem", "quai du Verdanson", "rue des Lilas", "avenue de la Pompignane"};
    static final String[] NATIONALITIES = {"Française", "Française", "Française", "Française", "Marocaine", "Algérienne",
        "Tunisienne", "Espagnole", "Portugaise", "Italienne", "Sénégalaise", "Turque", "Roumaine", "Afghane", "Syrienne"};
    static final String[] COUNTRIES = {"France", "France", "France", "Maroc", "Algérie", "Tunisie", "Espagne", "Portugal",
        "Italie", "Sénégal", "Turquie", "Roumanie", "Afghanistan", "Syrie", "Belgique"};
    static final String[] DIAGNOSES = {"Diabète de type 2", "Asthme", "Hypertension artérielle", "Dépression", "Obésité",
        "BPCO", "Insuffisance cardiaque", "Épilepsie", "Trouble anxieux", "Allergie alimentaire", "Arthrose", "Migraine"};
    static final String[] ICD10 = {"E11.9", "J45.0", "I10", "F32.1", "E66.0", "J44.9", "I50.0", "G40.9", "F41.1",
        "T78.1", "M19.9", "G43.9", "C50.9", "K21.0"};
    static final String[] BENEFITS = {"RSA", "APL", "Aide alimentaire", "Secours d'urgence", "Aide énergie", "Prime d'activité",
        "Aide au loyer", "AAH", "Chèque énergie", "Aide cantine"};
    static final String[] FAMILY = {"Célibataire", "Marié", "Mariée", "Pacsé", "Divorcé", "Divorcée", "Veuf", "Veuve",
        "Concubinage", "Séparée"};
    static final String[] PROFESSIONS = {"Employé", "Ouvrier", "Cadre", "Retraité", "Sans emploi", "Étudiant",
        "Artisan", "Technicien", "Enseignant", "Infirmière", "Agent d'entretien", "Auxiliaire de vie"};

    private final Random random;

    Fake(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    LocalDate date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
        return start.plusDays(random.nextInt(days + 1));
    }

    static String dmy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A NIR with the right key, consistent with sex and birth date. */
    String nir(boolean female, LocalDate birth) {
        String dept = chance(0.05) ? (chance(0.5) ? "2A" : "2B") : String.format(Locale.ROOT, "%02d", between(1, 95));
        if ("20".equals(dept)) {
            dept = "34";
        }
        String body = (female ? "2" : "1") + String.format(Locale.ROOT, "%02d%02d", birth.getYear() % 100, birth.getMonthValue())
            + dept + String.format(Locale.ROOT, "%03d%03d", between(1, 999), between(1, 999));
        long number = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
        return body + String.format(Locale.ROOT, "%02d", 97 - number % 97);
    }

    /** Fifteen digits shaped like a NIR whose key is wrong (an order or file number). */
    String nirWrongKey() {
        String body = between(1, 2) + digits(2) + String.format(Locale.ROOT, "%02d", between(1, 12)) + digits(8);
        long key = 97 - Long.parseLong(body) % 97;
        long wrong = (key + between(1, 90)) % 97 + 1;
        if (wrong == key) {
            wrong = key % 97 + 1;
        }
        return body + String.format(Locale.ROOT, "%02d", wrong);
    }

    /** A French IBAN with the right check digits. */
    String iban() {
        String bban = digits(5) + digits(5) + digits(11) + digits(2);
        String rearranged = bban + "1527" + "00"; // F=15, R=27
        int mod = 0;
        for (char c : rearranged.toCharArray()) {
            mod = (mod * 10 + (c - '0')) % 97;
        }
        return String.format(Locale.ROOT, "FR%02d%s", 98 - mod, bban);
    }

    static String spaced(String text, int group) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % group == 0) {
                b.append(' ');
            }
            b.append(text.charAt(i));
        }
        return b.toString();
    }

    /** Completes {@code prefix} (digits) with a Luhn check digit. */
    static String withLuhn(String prefix) {
        for (int d = 0; d <= 9; d++) {
            if (Validators.luhn(prefix + d)) {
                return prefix + d;
            }
        }
        throw new IllegalStateException();
    }

    String card() {
        return chance(0.5) ? withLuhn("4" + digits(14)) : withLuhn("5" + between(1, 5) + digits(13));
    }

    /** Sixteen digits that fail Luhn: a payment or batch reference. */
    String luhnFailing16() {
        String valid = withLuhn(between(1, 9) + digits(14));
        char last = valid.charAt(15);
        return valid.substring(0, 15) + (char) ('0' + (last - '0' + between(1, 9)) % 10);
    }

    String siret() {
        return withLuhn(withLuhn(between(1, 9) + digits(7)) + digits(4));
    }

    String phone() {
        String national = "0" + pick(new String[] {"6", "7", "4", "4", "9"}) + digits(8);
        return switch (random.nextInt(5)) {
            case 0 -> national;
            case 1 -> spaced(national, 2);
            case 2 -> String.join(".", spaced(national, 2).split(" "));
            case 3 -> "+33" + national.substring(1);
            default -> "+33 " + national.charAt(1) + " " + spaced(national.substring(2), 2);
        };
    }

    String email(String first, String last) {
        String local = Text.normalize(first).replace(" ", "-") + pick(new String[] {".", "_", ""}) + Text.normalize(last).replace(" ", "");
        return local + (chance(0.3) ? between(1, 99) : "") + "@" + pick(new String[] {"gmail.com", "orange.fr", "free.fr",
            "laposte.net", "yahoo.fr", "outlook.fr", "sfr.fr"});
    }

    String address() {
        return between(1, 180) + (chance(0.1) ? " bis" : "") + " " + pick(STREETS);
    }

    String[] commune() {
        return pick(COMMUNES);
    }

    String plate() {
        String letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
        if (chance(0.8)) {
            return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
                + "-" + String.format(Locale.ROOT, "%03d", between(1, 999)) + "-"
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        }
        return between(1, 9999) + " " + letters.charAt(random.nextInt(letters.length()))
            + letters.charAt(random.nextInt(letters.length())) + " 34";
    }

    String ipv4() {
        return between(1, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
    }

    String ipv6() {
        return String.format(Locale.ROOT, "2a01:cb1c:%x:%x::%x", between(0, 65535), between(0, 65535), between(1, 65535));
    }

    String latitude() {
        return String.format(Locale.ROOT, "%.6f", 43.55 + random.nextDouble() * 0.12);
    }

    String longitude() {
        return String.format(Locale.ROOT, "%.6f", 3.78 + random.nextDouble() * 0.15);
    }

    String amount(int min, int max) {
        return String.format(Locale.ROOT, "%.2f", min + random.nextDouble() * (max - min));
    }

    String taxNumber() {
        String head = between(0, 3) + digits(9);
        return head + String.format(Locale.ROOT, "%03d", Long.parseLong(head) % 511);
    }

    /** One synthetic person, so the columns of a row agree with each other. */
    final class Person {
        final boolean female = chance(0.52);
        final String first = female ? pick(FEMALE) : pick(MALE);
        final String last = pick(LAST);
        final LocalDate birth = date(1935, 2008);
        final String[] commune = commune();
        final String nir = nir(female, birth);
        final String phone = phone();
        final String email = email(first, last);
        final String address = address();
        final String nationality = pick(NATIONALITIES);
    }

    Person person() {
        return new Person();
    }
}
