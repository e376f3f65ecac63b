package fr.vigie.classify;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates the labelled classification corpus in {@code src/test/resources/classify/}: one small
 * synthetic CSV per department and a {@code .labels.csv} with the classification a careful DPO
 * gives each column. Seeded: running it again gives the same files ({@link CorpusEvaluationTest}
 * checks that the committed files are this generator's output).
 *
 * <p>Run from the project root: {@code java ... fr.vigie.classify.CorpusGenerator [outDir]}.
 */
public final class CorpusGenerator {
    static final int ROWS = 300;
    static final long SEED = 20_260_401L;
    static final Path DEFAULT_DIR = Path.of("src/test/resources/classify");

    /** One column: its name, its label ("A[:INFO_TYPE[:DOMAIN[:PROTECTED]]]") and how its values are made. */
    record Col(String name, String label, Function<Row, String> value) {
    }

    /** The context of one generated row. */
    record Row(Fake f, Fake.Person p, int index) {
    }

    /**
     * One dataset of the corpus: what its rows describe, and whether it is written as a French
     * spreadsheet exports it (';', Windows-1252, CRLF) rather than as RFC 4180 UTF-8.
     */
    record Dataset(String name, List<Col> columns, DataSubject subject, boolean frenchSpreadsheet, String note) {
        Dataset(String name, List<Col> columns) {
            this(name, columns, DataSubject.PERSON, false, "");
        }
    }

    /** The file listing each dataset with what its rows describe and whether it holds personal data. */
    static final String DATASETS_FILE = "datasets.csv";

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
        write(dir);
        System.out.println("corpus written to " + dir.toAbsolutePath());
    }

    /** Writes every dataset and its labels into {@code dir}. */
    static List<Dataset> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Dataset> datasets = datasets();
        long seed = SEED;
        for (Dataset d : datasets) {
            Fake f = new Fake(seed++);
            CSVFormat format = d.frenchSpreadsheet()
                ? CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get()
                : CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
            try (Writer w = Files.newBufferedWriter(dir.resolve(d.name() + ".csv"),
                        d.frenchSpreadsheet() ? Charset.forName("windows-1252") : StandardCharsets.UTF_8);
                    CSVPrinter out = new CSVPrinter(w, format)) {
                out.printRecord(d.columns().stream().map(Col::name).toList());
                for (int i = 0; i < ROWS; i++) {
                    Row row = new Row(f, f.person(), i);
                    List<String> cells = new ArrayList<>();
                    for (Col c : d.columns()) {
                        String v = c.value().apply(row);
                        cells.add(v == null ? "" : v);
                    }
                    out.printRecord(cells);
                }
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve(d.name() + ".labels.csv"), StandardCharsets.UTF_8);
                    CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                out.printRecord("column", "attributeType", "infoType", "domain", "protectedAttribute");
                for (Col c : d.columns()) {
                    String[] parts = (c.label() + ":::").split(":", -1);
                    out.printRecord(c.name(), expand(parts[0]), parts[1], parts[2], parts[3]);
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(DATASETS_FILE), StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            out.printRecord("dataset", "dataSubject", "personalData", "note");
            for (Dataset d : datasets) {
                // Personal data: at least one direct or indirect identifier, as the labels say.
                boolean personal = d.columns().stream().anyMatch(c -> c.label().startsWith("I") || c.label().startsWith("Q"));
                out.printRecord(d.name(), d.subject(), personal, d.note());
            }
        }
        return datasets;
    }

    private static String expand(String code) {
        return switch (code) {
            case "I" -> "IDENTIFYING";
            case "Q" -> "QUASI_IDENTIFYING";
            case "S" -> "SENSITIVE";
            case "N" -> "INSENSITIVE";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static Col c(String name, String label, Function<Row, String> value) {
        return new Col(name, label, value);
    }

    /** Some cells left empty, as in real files. */
    private static Function<Row, String> sometimes(double p, Function<Row, String> value) {
        return r -> r.f().chance(p) ? value.apply(r) : null;
    }

    /** One of {@code values}, drawn with the given weights. */
    private static String weighted(Row r, String[] values, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int draw = r.f().between(1, total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw <= 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String association(Row r) {
        return r.f().pick(new String[] {"Association", "Club", "Amicale", "Comité", "Association sportive"}) + " "
            + r.f().pick(new String[] {"Les Amis du Lez", "de judo Montpellier Est", "laïque de Pérols", "des fêtes de Lattes",
                "Garrigues et Patrimoine", "Quartier Figuerolles", "Solidarité Mosson"});
    }

    private static String date(Row r, int from, int to) {
        return Fake.dmy(r.f().date(from, to));
    }

    private static String iso(Row r, int from, int to) {
        return r.f().date(from, to).toString();
    }

    private static String fullName(Row r) {
        return r.p().first + " " + r.p().last.toUpperCase(Locale.ROOT);
    }

    private static String comment(Row r, boolean identifiers, boolean health) {
        Fake f = r.f();
        int k = f.between(0, 9);
        if (identifiers && k < 2) {
            return "Rappeler " + (r.p().female ? "Mme " : "M. ") + r.p().last + " au " + r.p().phone + " pour compléter le dossier";
        }
        if (identifiers && k == 2) {
            return "Pièces justificatives envoyées par courriel à " + r.p().email + " le " + date(r, 2024, 2025);
        }
        if (health && k < 5) {
            return "Personne suivie pour " + f.pick(Fake.DIAGNOSES).toLowerCase(Locale.ROOT) + ", orientation vers le centre médico-psychologique";
        }
        return f.pick(new String[] {"Dossier complet, aucune remarque particulière à signaler",
            "Demande transmise au service instructeur pour avis de la commission",
            "Famille hébergée chez un tiers depuis plusieurs mois, situation à revoir",
            "Rendez-vous reporté à la demande de la personne, nouveau créneau proposé",
            "Justificatif de ressources manquant, relance effectuée par courrier simple"});
    }

    static List<Dataset> datasets() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("ccas_aides", List.of(
            c("num_dossier", "I:RECORD_IDENTIFIER", r -> "CCAS-" + (24000 + r.index())),
            c("nom", "I:PERSON_NAME", r -> r.p().last.toUpperCase(Locale.ROOT)),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("NOM_USAGE", "I:PERSON_NAME", sometimes(0.4, r -> r.f().pick(Fake.LAST))),
            c("dt_nais", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "H"),
            c("num_secu", "I:FR_NIR", r -> r.p().nir),
            c("adresse", "I:STREET_ADDRESS", r -> r.p().address),
            c("cp", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("commune", "Q:COMMUNE", r -> r.p().commune[0]),
            c("tel_port", "I:PHONE_NUMBER", r -> r.p().phone),
            c("mel", "I:EMAIL_ADDRESS", sometimes(0.7, r -> r.p().email)),
            c("situation_familiale", "Q:FAMILY_SITUATION", r -> r.f().pick(Fake.FAMILY)),
            c("nb_enfants", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(0, 5))),
            c("ressources_mensuelles", "S:INCOME:FINANCIAL", r -> r.f().amount(0, 1800)),
            c("type_aide", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().pick(Fake.BENEFITS)),
            c("montant_aide", "S:AMOUNT:FINANCIAL", r -> r.f().amount(30, 600)),
            c("date_demande", "N:DATE", r -> date(r, 2024, 2025)),
            c("decision", "N", r -> r.f().pick(new String[] {"Accordée", "Refusée", "Ajournée"})),
            c("nom_service", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"CCAS Montpellier - Pôle Solidarité",
                "Maison pour tous Léo Lagrange", "Antenne sociale Mosson", "Pôle Insertion Croix d'Argent"})),
            c("secteur", "N", r -> r.f().pick(new String[] {"Nord", "Sud", "Est", "Ouest", "Centre"})),
            c("num_ordre", "N", r -> r.f().nirWrongKey()),
            c("iban", "I:IBAN:FINANCIAL", sometimes(0.6, r -> r.f().chance(0.5) ? r.f().iban() : Fake.spaced(r.f().iban(), 4))),
            c("commentaire", "I:FREE_TEXT:HEALTH", r -> comment(r, true, true)))));

        all.add(new Dataset("sante_prevention", List.of(
            c("id_patient", "I:RECORD_IDENTIFIER", r -> "P" + (100000 + r.index() * 7)),
            c("NOM", "I:PERSON_NAME", r -> r.p().last),
            c("Prenom", "I:PERSON_NAME", r -> r.p().first),
            c("DateOfBirth", "Q:DATE_OF_BIRTH::AGE", r -> r.p().birth.toString()),
            c("genre", "Q:GENDER::GENDER", r -> r.p().female ? "2" : "1"),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("commune_residence", "Q:COMMUNE", r -> r.p().commune[0]),
            c("telephone", "I:PHONE_NUMBER", r -> r.p().phone),
            c("diagnostic", "S:DIAGNOSIS:HEALTH", r -> r.f().pick(Fake.DIAGNOSES)),
            c("code_cim10", "S:ICD10_CODE:HEALTH", r -> r.f().pick(Fake.ICD10)),
            c("statut_vaccinal", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"À jour", "Incomplet", "Non vacciné"})),
            c("taux_incapacite", "S:DISABILITY:HEALTH:DISABILITY", sometimes(0.2, r -> r.f().pick(new String[] {"50", "80", "30"}))),
            c("imc", "S:HEALTH_DATA:HEALTH", r -> String.format(Locale.ROOT, "%.1f", 17 + r.f().random().nextDouble() * 20)),
            c("date_rdv", "N:DATE", r -> date(r, 2025, 2025)),
            c("centre", "N", r -> r.f().pick(new String[] {"Centre de santé Mosson", "Centre Croix d'Argent", "Centre Près d'Arènes"})),
            c("observations", "S:FREE_TEXT:HEALTH", r -> comment(r, false, true)),
            c("nb_consultations", "N", r -> String.valueOf(r.f().between(1, 12))))));

        all.add(new Dataset("eau_facturation", List.of(
            c("num_abonne", "I:RECORD_IDENTIFIER", r -> String.valueOf(7_000_000 + r.index() * 13)),
            c("num_compteur", "I:RECORD_IDENTIFIER", r -> "M" + r.f().digits(9)),
            c("titulaire", "I:PERSON_NAME", r -> fullName(r)),
            c("adresse_branchement", "I:STREET_ADDRESS", r -> r.p().address),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("commune", "Q:COMMUNE", r -> r.p().commune[0]),
            c("index_releve", "N", r -> String.valueOf(r.f().between(10000, 95000))),
            c("conso_m3", "N", r -> String.valueOf(r.f().between(8, 260))),
            c("montant_facture", "S:AMOUNT:FINANCIAL", r -> r.f().amount(20, 900)),
            c("montant_du_centimes", "S:AMOUNT:FINANCIAL", r -> String.valueOf(r.f().between(10000, 95000))),
            c("impayes", "S:DEBT:FINANCIAL", r -> r.f().chance(0.8) ? "0.00" : r.f().amount(20, 1500)),
            c("nb_relances", "S:DEBT:FINANCIAL", r -> String.valueOf(r.f().chance(0.8) ? 0 : r.f().between(1, 4))),
            c("date_releve", "N:DATE", r -> iso(r, 2025, 2025)),
            c("ref_lot_compteur", "N", r -> r.f().luhnFailing16()),
            c("tarif_social", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.15) ? "oui" : "non"),
            c("iban_prelevement", "I:IBAN:FINANCIAL", sometimes(0.7, r -> r.f().iban())),
            c("bic", "N:BIC:FINANCIAL", sometimes(0.7, r -> r.f().pick(new String[] {"BNPAFRPP", "AGRIFRPP834", "CCBPFRPPMTG", "SOGEFRPP", "CMCIFR2A"}))),
            c("mode_paiement", "N", r -> r.f().pick(new String[] {"Prélèvement", "Chèque", "TIP", "Carte"})))));

        all.add(new Dataset("rh_agents", List.of(
            c("matricule", "I:RECORD_IDENTIFIER", r -> "A" + (10000 + r.index())),
            c("nom_naissance", "I:PERSON_NAME", r -> r.p().last),
            c("prenom_usuel", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1960, 2002))),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "M"),
            c("nationalite", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("adresse_domicile", "I:STREET_ADDRESS", r -> r.p().address),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("ville", "Q:COMMUNE", r -> r.p().commune[0]),
            c("tel_fixe", "I:PHONE_NUMBER", sometimes(0.5, r -> r.f().phone())),
            c("email_pro", "I:EMAIL_ADDRESS", r -> Text.normalize(r.p().first).replace(" ", "-") + "." + Text.normalize(r.p().last).replace(" ", "") + "@montpellier3m.fr"),
            c("grade", "Q:PROFESSION", r -> r.f().pick(new String[] {"Adjoint administratif", "Rédacteur", "Attaché", "Technicien", "Ingénieur", "Adjoint technique"})),
            c("service", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Direction de l'eau", "Médiathèques", "Voirie", "Ressources humaines", "Sports"})),
            c("date_entree", "N:DATE", r -> date(r, 1990, 2025)),
            c("salaire_brut", "S:INCOME:FINANCIAL", r -> r.f().amount(1900, 5200)),
            c("rqth", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.07) ? "Oui" : "Non"),
            c("syndicat", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", sometimes(0.3, r -> r.f().pick(new String[] {"CGT", "FO", "CFDT", "UNSA", "SUD"}))),
            c("jours_arret_maladie", "S:HEALTH_DATA:HEALTH", r -> String.valueOf(r.f().chance(0.7) ? 0 : r.f().between(1, 60))),
            c("situation_familiale", "Q:FAMILY_SITUATION", r -> r.f().pick(Fake.FAMILY)),
            c("nb_enfants", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(0, 4))),
            c("num_secu", "I:FR_NIR", r -> Fake.spaced(r.p().nir, 3)),
            c("iban", "I:IBAN:FINANCIAL", r -> r.f().iban()),
            c("temps_travail", "N", r -> r.f().pick(new String[] {"100%", "80%", "50%"})))));

        all.add(new Dataset("bibliotheques_prets", List.of(
            c("num_carte_lecteur", "I:RECORD_IDENTIFIER", r -> "L" + (300000 + r.index() * 3)),
            c("nom_lecteur", "I:PERSON_NAME", r -> r.p().last),
            c("prenom_lecteur", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance_lecteur", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("quartier", "Q:NEIGHBOURHOOD", r -> r.f().pick(new String[] {"Mosson", "Croix d'Argent", "Les Cévennes", "Hôpitaux-Facultés", "Port Marianne", "Centre", "Près d'Arènes"})),
            c("email", "I:EMAIL_ADDRESS", sometimes(0.8, r -> r.p().email)),
            c("titre_ouvrage", "N", r -> r.f().pick(new String[] {"Le Petit Prince", "Les Misérables", "L'Étranger", "Madame Bovary",
                "Astérix le Gaulois", "Le Seigneur des anneaux", "La Peste", "Germinal", "Bel-Ami", "Le Comte de Monte-Cristo"})),
            c("genre", "N", r -> r.f().pick(new String[] {"Roman", "Policier", "BD", "Documentaire", "Jeunesse", "Poésie", "Science-fiction"})),
            c("cote", "N", r -> r.f().between(100, 999) + " " + r.f().pick(new String[] {"DUR", "CAM", "HUG", "ZOL", "SAI"})),
            c("date_pret", "N:DATE", r -> date(r, 2025, 2025)),
            c("date_retour_prevue", "N:DATE", r -> date(r, 2025, 2025)),
            c("nb_prolongations", "N", r -> String.valueOf(r.f().between(0, 2))),
            c("bibliotheque", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Médiathèque Émile Zola", "Médiathèque Shakespeare", "Médiathèque Jean-Jacques Rousseau"})),
            c("num_commande", "N", r -> r.f().nirWrongKey()),
            c("montant_amende", "S:AMOUNT:FINANCIAL", sometimes(0.2, r -> r.f().amount(1, 20))))));

        all.add(new Dataset("mobilite_velos", List.of(
            c("id_abonne", "I:RECORD_IDENTIFIER", r -> "VM" + (500000 + r.index())),
            c("immatriculation", "I:VEHICLE_PLATE", sometimes(0.6, r -> r.f().plate())),
            c("type_abonnement", "N", r -> r.f().pick(new String[] {"Annuel", "Mensuel", "Journée", "Solidaire"})),
            c("station_depart", "N", r -> r.f().pick(new String[] {"Comédie", "Gare Saint-Roch", "Corum", "Antigone", "Odysseum", "Rives du Lez"})),
            c("station_arrivee", "N", r -> r.f().pick(new String[] {"Comédie", "Gare Saint-Roch", "Corum", "Antigone", "Odysseum", "Rives du Lez"})),
            c("lat_depart", "Q:GEO_COORDINATE", r -> r.f().latitude()),
            c("lon_depart", "Q:GEO_COORDINATE", r -> r.f().longitude()),
            c("date_trajet", "N:DATE", r -> iso(r, 2025, 2025) + "T" + String.format(Locale.ROOT, "%02d:%02d:00", r.f().between(6, 22), r.f().between(0, 59))),
            c("duree_min", "N", r -> String.valueOf(r.f().between(3, 75))),
            c("distance_km", "N", r -> String.format(Locale.ROOT, "%.1f", r.f().random().nextDouble() * 12)),
            c("adresse_ip", "I:IP_ADDRESS", r -> r.f().chance(0.8) ? r.f().ipv4() : r.f().ipv6()),
            c("carte_bancaire", "I:CREDIT_CARD_NUMBER:FINANCIAL", sometimes(0.5, r -> r.f().card())),
            c("age", "Q:AGE::AGE", r -> String.valueOf(r.f().between(14, 85))),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "Femme" : "Homme"),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("taux_remise", "N", r -> r.f().pick(new String[] {"0.0000", "0.2500", "0.5000"})))));

        all.add(new Dataset("ecoles_inscriptions", List.of(
            c("ine", "I:RECORD_IDENTIFIER", r -> r.f().digits(10) + (char) ('A' + r.f().between(0, 25))),
            c("nom_eleve", "I:PERSON_NAME", r -> r.p().last),
            c("prenom_eleve", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2013, 2022))),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "M"),
            c("classe", "Q:SCHOOL", r -> r.f().pick(new String[] {"PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"})),
            c("ecole", "Q:SCHOOL", r -> r.f().pick(new String[] {"École Jules Ferry", "École Louis Pasteur", "École Marie Curie", "École Jean Moulin"})),
            c("nom_responsable_legal", "I:PERSON_NAME", r -> fullName(r)),
            c("tel_responsable", "I:PHONE_NUMBER", r -> r.p().phone),
            c("mel_responsable", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("adresse", "I:STREET_ADDRESS", r -> r.p().address + ", " + r.p().commune[1] + " " + r.p().commune[0]),
            c("quotient_familial", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(200, 2500))),
            c("boursier", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.2) ? "Oui" : "Non"),
            c("allergies", "S:DIAGNOSIS:HEALTH", sometimes(0.15, r -> r.f().pick(new String[] {"Arachide", "Gluten", "Lactose", "Asthme"}))),
            c("date_inscription", "N:DATE", r -> date(r, 2025, 2025)),
            c("periscolaire", "N", r -> r.f().chance(0.6) ? "Oui" : "Non"))));

        all.add(new Dataset("logement_demandes", List.of(
            c("num_demandeur", "I:RECORD_IDENTIFIER", r -> "034" + (2_500_000 + r.index() * 11)),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("nationalite", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("pays_naissance", "Q:PLACE_OF_BIRTH::ORIGIN", r -> r.f().pick(Fake.COUNTRIES)),
            c("date_de_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("situation_familiale", "Q:FAMILY_SITUATION", r -> r.f().pick(Fake.FAMILY)),
            c("composition_foyer", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(1, 7))),
            c("ressources_mensuelles", "S:INCOME:FINANCIAL", r -> r.f().amount(400, 3000)),
            c("apl", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.5) ? "Oui" : "Non"),
            c("handicap", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.1) ? "Oui" : "Non"),
            c("commune_souhaitee", "Q:COMMUNE", r -> r.f().commune()[0]),
            c("typologie", "N", r -> r.f().pick(new String[] {"T1", "T2", "T3", "T4", "T5"})),
            c("anciennete_mois", "N", r -> String.valueOf(r.f().between(1, 96))),
            c("date_depot", "N:DATE", r -> date(r, 2018, 2025)),
            c("telephone", "I:PHONE_NUMBER", r -> r.p().phone),
            c("motif_demande", "S:SOCIAL_HARDSHIP:HEALTH", r -> r.f().pick(new String[] {"Logement trop petit", "Loyer trop cher",
                "Séparation", "Rapprochement du travail", "Logement insalubre", "Sans logement"})),
            c("profession", "Q:PROFESSION", r -> r.f().pick(Fake.PROFESSIONS)))));

        all.add(new Dataset("sports_licences", List.of(
            c("num_licence", "I:RECORD_IDENTIFIER", r -> "34" + r.f().digits(7)),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1950, 2018))),
            c("civilite", "Q:GENDER::GENDER", r -> r.p().female ? "Mme" : "M."),
            c("club", "N", r -> r.f().pick(new String[] {"MHSC Omnisport", "Montpellier Water-Polo", "ASPTT Montpellier", "Stade Montpelliérain"})),
            c("discipline", "N", r -> r.f().pick(new String[] {"Football", "Natation", "Judo", "Rugby", "Basket", "Escalade"})),
            c("categorie", "N", r -> r.f().pick(new String[] {"U11", "U13", "U15", "Senior", "Vétéran"})),
            c("certificat_medical", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"Valide", "Expiré", "Contre-indication"})),
            c("code_postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("montant_cotisation", "S:AMOUNT:FINANCIAL", r -> r.f().amount(60, 320)),
            c("aide_pass_sport", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.25) ? "Oui" : "Non"),
            c("nom_equipement", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Piscine Olympique Antigone", "Gymnase Alain Achille", "Stade Philippidès"})),
            c("creneau", "N", r -> r.f().pick(new String[] {"Lundi 18h", "Mercredi 14h", "Samedi 10h"})),
            c("email", "I:EMAIL_ADDRESS", r -> r.p().email))));

        all.add(new Dataset("etat_civil_actes", List.of(
            c("num_acte", "I:RECORD_IDENTIFIER", r -> "2025-" + (1000 + r.index())),
            c("type_acte", "N", r -> r.f().pick(new String[] {"Naissance", "Mariage", "Décès", "Reconnaissance"})),
            c("date_acte", "N:DATE", r -> date(r, 2020, 2025)),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenoms", "I:PERSON_NAME", r -> r.p().first + (r.f().chance(0.5) ? ", " + r.f().pick(r.p().female ? Fake.FEMALE : Fake.MALE) : "")),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "M"),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("lieu_naissance", "Q:PLACE_OF_BIRTH::ORIGIN", r -> r.f().chance(0.7) ? r.p().commune[0] : r.f().pick(Fake.COUNTRIES)),
            c("nationalite", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("nom_pere", "I:PERSON_NAME", sometimes(0.9, r -> r.f().pick(Fake.LAST))),
            c("nom_mere", "I:PERSON_NAME", r -> r.f().pick(Fake.LAST)),
            c("profession_pere", "Q:PROFESSION", sometimes(0.8, r -> r.f().pick(Fake.PROFESSIONS))),
            c("commune", "Q:COMMUNE", r -> r.p().commune[0]),
            c("officier", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Nathalie BERNARD", "Michel FABRE", "Sophie VIDAL"})),
            c("mentions", "N", r -> r.f().pick(new String[] {"Mariage célébré à Montpellier, mention apposée en marge",
                "Divorce prononcé par jugement du tribunal judiciaire", "Aucune mention marginale à ce jour pour cet acte",
                "Rectification administrative de l'orthographe du lieu"})))));

        all.add(new Dataset("export_sans_entetes", List.of(
            c("champ01", "I:FR_NIR", r -> r.p().nir),
            c("champ02", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("champ03", "I:PHONE_NUMBER", r -> r.p().phone),
            c("champ04", "I:IBAN:FINANCIAL", r -> Fake.spaced(r.f().iban(), 4)),
            c("champ05", "I:PERSON_NAME", r -> r.p().first),
            c("champ06", "N", r -> r.f().nirWrongKey()),
            c("champ07", "N", r -> r.f().luhnFailing16()),
            c("champ08", "I:CREDIT_CARD_NUMBER:FINANCIAL", r -> r.f().card()),
            c("champ09", "N", r -> String.valueOf(r.f().between(10000, 95000))),
            c("champ10", "I:IP_ADDRESS", r -> r.f().ipv4()),
            c("champ11", "N:DATE", r -> date(r, 2024, 2025)),
            c("champ12", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("champ13", "Q:GEO_COORDINATE", r -> r.f().latitude() + ", " + r.f().longitude()),
            c("champ14", "I:VEHICLE_PLATE", r -> r.f().plate()),
            c("champ15", "I:FREE_TEXT", r -> comment(r, true, false)),
            c("champ16", "I:FR_SIRET", r -> r.f().siret()),
            c("champ17", "I:FR_TAX_NUMBER:FINANCIAL", r -> r.f().taxNumber()),
            c("champ18", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("champ19", "I:STREET_ADDRESS", r -> r.p().address),
            c("champ20", "N", r -> r.f().pick(new String[] {"A", "B", "C", "D"})),
            c("champ21", "S:DIAGNOSIS:HEALTH", r -> r.f().pick(Fake.DIAGNOSES)),
            c("champ22", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("champ23", "N:DATE", r -> iso(r, 1995, 2015)))));

        all.add(new Dataset("association_members_en", List.of(
            c("MemberId", "I:RECORD_IDENTIFIER", r -> String.valueOf(r.index() + 1)),
            c("FirstName", "I:PERSON_NAME", r -> r.p().first),
            c("LastName", "I:PERSON_NAME", r -> r.p().last),
            c("DateOfBirth", "Q:DATE_OF_BIRTH::AGE", r -> r.p().birth.toString()),
            c("Gender", "Q:GENDER::GENDER", r -> r.p().female ? "Female" : "Male"),
            c("EmailAddress", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("PhoneNumber", "I:PHONE_NUMBER", r -> r.p().phone),
            c("ZipCode", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("City", "Q:COMMUNE", r -> r.p().commune[0]),
            c("Nationality", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("AnnualIncome", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(9000, 60000))),
            c("Religion", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", sometimes(0.4, r -> r.f().pick(new String[] {"Catholique", "Musulman", "Protestant", "Juif", "Sans religion", "Bouddhiste"}))),
            c("DonationAmount", "S:AMOUNT:FINANCIAL", r -> r.f().amount(5, 500)),
            c("JoinDate", "N:DATE", r -> iso(r, 2010, 2025)),
            c("Notes", "N:FREE_TEXT", r -> r.f().pick(new String[] {"Volunteer at the summer festival this year",
                "Prefers to receive the newsletter by post", "Member of the gardening committee since spring"})))));
        // A spreadsheet export with the headers people type: accents, spaces, symbols, inclusive writing.
        all.add(new Dataset("solidarite_tableur", List.of(
            c("N° Sécu", "I:FR_NIR", r -> Fake.spaced(r.p().nir, 5)),
            c("Nom de naissance", "I:PERSON_NAME", r -> r.p().last),
            c("Prénom(s)", "I:PERSON_NAME", r -> r.p().first),
            c("Né(e) le", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("Âge", "Q:AGE::AGE", r -> String.valueOf(2025 - r.p().birth.getYear())),
            c("Civilité", "Q:GENDER::GENDER", r -> r.p().female ? "Mme" : "M."),
            c("Adresse e-mail", "I:EMAIL_ADDRESS", sometimes(0.8, r -> r.p().email)),
            c("Téléphone portable", "I:PHONE_NUMBER", r -> r.p().phone),
            c("Code Postal", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("Ville", "Q:COMMUNE", r -> r.p().commune[0]),
            c("Pays de naissance", "Q:PLACE_OF_BIRTH::ORIGIN", r -> r.f().pick(Fake.COUNTRIES)),
            c("Situation de famille", "Q:FAMILY_SITUATION", r -> r.f().pick(Fake.FAMILY)),
            c("Catégorie socio-professionnelle", "Q:PROFESSION", r -> r.f().pick(Fake.PROFESSIONS)),
            c("N° allocataire CAF", "I:RECORD_IDENTIFIER", r -> String.valueOf(1_000_000 + r.index() * 37)),
            c("Revenu fiscal de référence", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(0, 30000))),
            c("Bénéficiaire RSA", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.3) ? "Oui" : "Non"),
            c("Handicap reconnu (MDPH)", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.1) ? "Oui" : "Non"),
            c("Montant versé (€)", "S:AMOUNT:FINANCIAL", r -> r.f().amount(50, 400).replace('.', ',')),
            c("Montant (en centimes)", "S:AMOUNT:FINANCIAL", r -> String.valueOf(r.f().between(10000, 95000))),
            c("Nom de l'établissement", "Q:SCHOOL", r -> r.f().pick(new String[] {"Lycée Joffre", "Collège Fontcarrade", "École Jean Moulin"})),
            c("Nom du fichier source", "N", r -> "export_" + r.f().between(2020, 2025) + "_" + r.f().between(1, 12) + ".csv"),
            c("Population de la commune", "N", r -> String.valueOf(r.f().between(2000, 300000))),
            c("Secteur géographique", "N", r -> r.f().pick(new String[] {"Nord", "Sud", "Est", "Ouest"})),
            c("Genre du document", "N", r -> r.f().pick(new String[] {"Roman", "Essai", "Bande dessinée", "Revue"})),
            c("Taux TVA", "N", r -> r.f().pick(new String[] {"0.2000", "0.0550", "0.1000"})),
            c("Référence paiement", "N", r -> r.f().luhnFailing16()),
            c("N° de commande", "N", r -> r.f().nirWrongKey()),
            c("Date de mise à jour", "N:DATE", r -> date(r, 2025, 2025)),
            c("Date d'entrée dans le dispositif", "N:DATE", r -> date(r, 2019, 2025)),
            c("Coordonnées GPS", "Q:GEO_COORDINATE", r -> r.f().latitude() + "," + r.f().longitude()),
            c("Plaque", "I:VEHICLE_PLATE", sometimes(0.5, r -> r.f().plate())),
            c("Observations du travailleur social", "I:FREE_TEXT:HEALTH", r -> comment(r, true, true)))));
        // Written after the rules, to measure them on names they were not written for.
        all.add(new Dataset("creches_petite_enfance", List.of(
            c("identifiant_famille", "I:RECORD_IDENTIFIER", r -> "FAM-" + (10000 + r.index())),
            c("nom_enfant", "I:PERSON_NAME", r -> r.p().last),
            c("prenom_enfant", "I:PERSON_NAME", r -> r.f().pick(r.f().chance(0.5) ? Fake.FEMALE : Fake.MALE)),
            c("date_naiss_enfant", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2021, 2025))),
            c("sexe_enfant", "Q:GENDER::GENDER", r -> r.f().chance(0.5) ? "Fille" : "Garçon"),
            c("nom_parent1", "I:PERSON_NAME", r -> fullName(r)),
            c("tel_parent1", "I:PHONE_NUMBER", r -> r.p().phone),
            c("courriel_parent", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("adresse_famille", "I:STREET_ADDRESS", r -> r.p().address),
            c("cp_famille", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("revenus_annuels_foyer", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(8000, 90000))),
            c("tarif_horaire", "S:AMOUNT:FINANCIAL", r -> r.f().amount(0, 4)),
            c("allergie_alimentaire", "S:DIAGNOSIS:HEALTH", sometimes(0.1, r -> r.f().pick(new String[] {"Arachide", "Oeuf", "Lait de vache"}))),
            c("vaccins_a_jour", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.95) ? "Oui" : "Non"),
            c("creche", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Crèche Les Lucioles", "Crèche Arc-en-ciel", "Multi-accueil Les Dauphins"})),
            c("date_entree", "N:DATE", r -> date(r, 2023, 2025)),
            c("nb_jours_semaine", "N", r -> String.valueOf(r.f().between(1, 5))))));

        all.add(new Dataset("police_municipale_pv", List.of(
            c("num_pv", "I:RECORD_IDENTIFIER", r -> "PV" + (2025000 + r.index())),
            c("immatriculation_vehicule", "I:VEHICLE_PLATE", r -> r.f().plate()),
            c("nature_infraction", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Stationnement gênant", "Stationnement très gênant",
                "Dépôt sauvage", "Nuisances sonores", "Défaut de titre de stationnement"})),
            c("montant_amende", "S:AMOUNT:OFFENCE", r -> r.f().pick(new String[] {"35", "135", "68"})),
            c("date_infraction", "N:DATE", r -> date(r, 2025, 2025)),
            c("lieu_infraction", "Q:STREET_ADDRESS", r -> r.f().pick(Fake.STREETS)),
            c("agent_verbalisateur", "I:RECORD_IDENTIFIER", r -> "PM" + r.f().between(100, 160)),
            c("nom_contrevenant", "I:PERSON_NAME", sometimes(0.6, r -> r.p().last)),
            c("prenom_contrevenant", "I:PERSON_NAME", sometimes(0.6, r -> r.p().first)),
            c("adresse_contrevenant", "I:STREET_ADDRESS", sometimes(0.6, r -> r.p().address)),
            c("date_naissance_contrevenant", "Q:DATE_OF_BIRTH::AGE", sometimes(0.6, r -> Fake.dmy(r.p().birth))),
            c("statut_paiement", "S:DEBT:FINANCIAL", r -> r.f().pick(new String[] {"Payé", "Impayé", "Majoré"})),
            c("quartier", "Q:NEIGHBOURHOOD", r -> r.f().pick(new String[] {"Mosson", "Centre", "Port Marianne", "Cévennes"})))));
        // ---- Wave 2, development part: families of special categories revealed by values, coded
        // statistical files, whose data it is. Written from the families of issue 11 and public
        // nomenclatures; the held-out part (heldout/) is written apart and never tuned on.
        all.add(new Dataset("cantine_inscriptions", List.of(
            c("id_enfant", "I:RECORD_IDENTIFIER", r -> "ENF" + (5000 + r.index())),
            c("nom_enfant", "I:PERSON_NAME", r -> r.p().last.toUpperCase(Locale.ROOT)),
            c("prenom_enfant", "I:PERSON_NAME", r -> r.f().pick(r.p().female ? Fake.FEMALE : Fake.MALE)),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2014, 2021))),
            c("classe", "Q:SCHOOL", r -> r.f().pick(new String[] {"PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"})),
            c("regime_alimentaire", "S:DIET:HEALTH:RELIGION", r -> weighted(r, new String[] {"Standard", "Sans porc",
                "Végétarien", "Sans viande", "Sans gluten (PAI)"}, 50, 20, 15, 10, 5)),
            c("menu_choisi", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> weighted(r, new String[] {"Menu standard",
                "Menu sans porc", "Menu végétarien"}, 70, 20, 10)),
            c("allergies", "S:DIAGNOSIS:HEALTH", sometimes(0.4, r -> weighted(r, new String[] {"Aucune", "Arachide",
                "Fruits à coque", "Lait", "Oeuf", "Kiwi"}, 60, 12, 8, 10, 6, 4))),
            c("pai", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.08) ? "Oui" : "Non"),
            c("tranche_qf", "S:INCOME:FINANCIAL", r -> "QF" + r.f().between(1, 6)),
            c("tarif_repas", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"0.50", "1.20", "2.10", "2.95", "3.60", "4.25"})),
            c("type_repas", "N", r -> r.f().pick(new String[] {"Déjeuner", "Déjeuner + goûter"})),
            c("jours", "N", r -> r.f().pick(new String[] {"Lun Mar Jeu Ven", "Lun Mar Mer Jeu Ven", "Mer", "Lun Jeu"})),
            c("tel_parent", "I:PHONE_NUMBER", r -> r.p().phone),
            c("email_parent", "I:EMAIL_ADDRESS", sometimes(0.8, r -> r.p().email))),
            DataSubject.PERSON, true, "school catering registrations: diets, allergies, care plans, QF bands"));

        all.add(new Dataset("mdph_orientations", List.of(
            c("num_dossier_mdph", "I:RECORD_IDENTIFIER", r -> "MDPH34-" + (200000 + r.index() * 7)),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("sexe", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "M"),
            c("commune", "Q:COMMUNE", r -> r.p().commune[0]),
            c("orientation", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().pick(new String[] {"ESAT", "IME", "MAS",
                "FAM", "SAMSAH", "SAVS", "SESSAD", "ULIS"})),
            c("prestation", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().pick(new String[] {"AAH", "PCH", "AEEH",
                "CMI invalidité", "RQTH", "Carte européenne de stationnement"})),
            c("taux_incapacite", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().pick(new String[] {"Inférieur à 50 %",
                "Entre 50 et 79 %", "Au moins 80 %"})),
            c("etablissement_accueil", "S:DISABILITY:HEALTH:DISABILITY", sometimes(0.6, r -> r.f().pick(new String[] {
                "ESAT Les Ateliers du Lez", "IME La Pinède", "Foyer de vie Les Tilleuls", "SESSAD Le Lien",
                "SAMSAH Hérault"}))),
            c("date_decision", "N:DATE", r -> date(r, 2023, 2025)),
            c("duree_droits", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().pick(new String[] {"1 an", "3 ans", "5 ans", "10 ans"})),
            c("statut", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().pick(new String[] {"Accordé", "Rejeté", "En cours"})),
            c("referent_mdph", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Mme Sylvie VIDAL", "M. Karim HADDAD",
                "Mme Julie FABRE"}))),
            DataSubject.PERSON, false, "CDAPH decisions: orientations, allowances, incapacity rates"));

        all.add(new Dataset("rh_discipline", List.of(
            c("matricule", "I:RECORD_IDENTIFIER", r -> "A" + (20000 + r.index())),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("grade", "Q:PROFESSION", r -> r.f().pick(new String[] {"Adjoint technique", "Agent de maîtrise",
                "Rédacteur", "Adjoint administratif", "Technicien"})),
            c("service", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Pôle handicap et accessibilité",
                "Mission handicap", "Direction de l'eau", "Médiathèques", "Propreté urbaine", "Espaces verts"})),
            c("secteur", "N", r -> r.f().pick(new String[] {"Nord", "Sud", "Est", "Ouest"})),
            c("date_faits", "N:DATE", r -> date(r, 2023, 2025)),
            c("sanction", "S:DISCIPLINARY_SANCTION:OFFENCE", r -> r.f().pick(new String[] {"Avertissement", "Blâme",
                "Exclusion temporaire de fonctions de 3 jours", "Abaissement d'échelon", "Rétrogradation",
                "Mise à la retraite d'office", "Révocation"})),
            c("motif", "S:DISCIPLINARY_SANCTION:OFFENCE", r -> r.f().pick(new String[] {"Absences injustifiées",
                "Insubordination", "Manquement au devoir de réserve", "Retards répétés",
                "Comportement inapproprié envers un usager"})),
            c("accompagnement", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"CGT", "CFDT", "FO",
                "UNSA", "SUD", "Aucun", "Avocat"}, 20, 15, 15, 10, 10, 22, 8)),
            c("date_notification", "N:DATE", r -> date(r, 2024, 2025))),
            DataSubject.PERSON, false, "disciplinary proceedings of staff; a service named after disability"));

        all.add(new Dataset("police_mains_courantes", List.of(
            c("num_intervention", "I:RECORD_IDENTIFIER", r -> "MC-2025-" + (10000 + r.index())),
            c("date_heure", "N:DATE", r -> iso(r, 2025, 2025) + " " + String.format(Locale.ROOT, "%02d:%02d",
                r.f().between(0, 23), r.f().between(0, 59))),
            c("code_natinf", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"11", "248", "7125", "25001", "22472",
                "30275", "1234", "20712", "27816", "11122"})),
            c("libelle", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Vol simple", "Tapage nocturne",
                "Usage illicite de stupéfiants", "Conduite sous l'empire d'un état alcoolique", "Outrage à agent",
                "Dégradation du bien d'autrui", "Ivresse publique manifeste"})),
            c("suite_donnee", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Rappel à la loi", "Procès-verbal",
                "Classement sans suite", "Transmis au parquet", "Interpellation"})),
            c("nom_mis_en_cause", "I:PERSON_NAME", sometimes(0.7, r -> r.p().last)),
            c("prenom_mis_en_cause", "I:PERSON_NAME", sometimes(0.7, r -> r.p().first)),
            c("date_naissance_mis_en_cause", "Q:DATE_OF_BIRTH::AGE", sometimes(0.7, r -> Fake.dmy(r.p().birth))),
            c("adresse_mis_en_cause", "I:STREET_ADDRESS", sometimes(0.5, r -> r.p().address)),
            c("lieu_intervention", "Q:STREET_ADDRESS", r -> r.f().pick(Fake.STREETS)),
            c("quartier", "Q:NEIGHBOURHOOD", r -> r.f().pick(new String[] {"Mosson", "Centre", "Port Marianne", "Cévennes"})),
            c("type_patrouille", "N", r -> r.f().pick(new String[] {"Pédestre", "VTT", "Véhicule", "Équestre"})),
            c("matricule_agent", "I:RECORD_IDENTIFIER", r -> "PM" + r.f().between(100, 160))),
            DataSubject.PERSON, false, "municipal police log: NATINF codes, offence labels, what followed"));

        all.add(new Dataset("logement_motifs", List.of(
            c("num_unique", "I:RECORD_IDENTIFIER", r -> "03425" + (1_000_000 + r.index() * 13)),
            c("nom", "I:PERSON_NAME", r -> r.p().last),
            c("prenom", "I:PERSON_NAME", r -> r.p().first),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("nb_personnes", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(1, 6))),
            c("motif_principal", "S:SOCIAL_HARDSHIP:HEALTH", r -> r.f().pick(new String[] {"Violences familiales",
                "Handicap", "Séparation, divorce", "Procédure d'expulsion", "Logement trop petit", "Sans logement propre",
                "Rapprochement du lieu de travail", "Raisons de santé", "Logement repris ou mis en vente", "Loyer trop cher"})),
            c("motif_secondaire", "S:SOCIAL_HARDSHIP:HEALTH", sometimes(0.5, r -> r.f().pick(new String[] {
                "Logement trop cher", "Hébergé chez un tiers", "Logement insalubre", "Décohabitation", "Violences conjugales",
                "Perte d'emploi"}))),
            c("prioritaire_dalo", "S:SOCIAL_HARDSHIP:HEALTH", r -> r.f().chance(0.1) ? "Oui" : "Non"),
            c("typologie_souhaitee", "N", r -> r.f().pick(new String[] {"T1", "T2", "T3", "T4", "T5"})),
            c("revenu_fiscal", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(0, 32000))),
            c("commune_demandee", "Q:COMMUNE", r -> r.f().commune()[0]),
            c("date_depot", "N:DATE", r -> date(r, 2019, 2025)),
            // An unnamed column of categories, a fifth of them revealing hardship: flagged for review.
            c("complement", "S:SOCIAL_HARDSHIP:HEALTH", r -> weighted(r, new String[] {"Dossier complet",
                "Attente de pièces", "Urgent", "Handicap", "Violences conjugales", "Relogement ANRU"}, 35, 25, 10, 10, 10, 10))),
            DataSubject.PERSON, false, "social housing requests: reasons of the request"));

        all.add(new Dataset("associations_subventions", List.of(
            c("num_dossier", "N:RECORD_IDENTIFIER", r -> "SUB-2025-" + (100 + r.index())),
            c("nom_association", "N:ORGANISATION_NAME", r -> association(r)),
            c("rna", "N:FR_RNA", r -> "W343" + r.f().digits(6)),
            c("siret", "N:FR_SIRET", sometimes(0.8, r -> r.f().siret())),
            c("objet", "N", r -> r.f().pick(new String[] {"Sport", "Culture", "Solidarité", "Environnement",
                "Éducation populaire", "Loisirs"})),
            c("montant_demande", "N:AMOUNT", r -> r.f().amount(500, 40000)),
            c("montant_accorde", "N:AMOUNT", r -> r.f().amount(0, 30000)),
            c("annee", "N", r -> "2025"),
            c("nom_president", "I:PERSON_NAME", r -> fullName(r)),
            c("tel_president", "I:PHONE_NUMBER", r -> r.p().phone),
            c("email_contact", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("adresse_siege", "N:STREET_ADDRESS", r -> r.f().address()),
            c("code_postal", "N:POSTAL_CODE", r -> r.f().commune()[1]),
            c("commune", "N:COMMUNE", r -> r.f().commune()[0]),
            c("nb_adherents", "N", r -> String.valueOf(r.f().between(8, 900)))),
            DataSubject.ORGANISATION, false, "subsidies to associations: RNA, SIRET and amounts are the associations'"));

        all.add(new Dataset("equipements_sportifs", List.of(
            c("id_equipement", "N:FACILITY", r -> "EQ" + (3400 + r.index())),
            c("nom_equipement", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Piscine", "Gymnase", "Stade",
                "Salle de sport", "Patinoire", "Dojo"}) + " " + r.f().pick(Fake.LAST)),
            c("type_equipement", "N:FACILITY", r -> r.f().pick(new String[] {"Piscine", "Gymnase", "Stade", "City stade",
                "Skatepark", "Salle multisports"})),
            c("adresse", "N:STREET_ADDRESS", r -> r.f().address()),
            c("code_postal", "N:POSTAL_CODE", r -> r.f().commune()[1]),
            c("commune", "N:COMMUNE", r -> r.f().commune()[0]),
            c("latitude", "N:GEO_COORDINATE", r -> r.f().latitude()),
            c("longitude", "N:GEO_COORDINATE", r -> r.f().longitude()),
            c("telephone", "N:PHONE_NUMBER", r -> "04 67 " + Fake.spaced(r.f().digits(6), 2)),
            c("horaires", "N:FACILITY", r -> r.f().pick(new String[] {"Lun-Ven 8h-22h", "Tous les jours 9h-20h",
                "Mer-Dim 10h-19h"})),
            c("accessibilite_pmr", "N:FACILITY", r -> r.f().chance(0.7) ? "Oui" : "Non"),
            c("capacite", "N:FACILITY", r -> String.valueOf(r.f().between(20, 3000))),
            c("gestionnaire", "N", r -> r.f().pick(new String[] {"Ville de Montpellier", "Montpellier Méditerranée Métropole",
                "Commune de Lattes"}))),
            DataSubject.PLACE, false, "open data: sports facilities, with their address and switchboard"));

        all.add(new Dataset("etablissements_medico_sociaux", List.of(
            c("finess", "N:FACILITY", r -> "340" + r.f().digits(6)),
            c("raison_sociale", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"ESAT", "IME", "Foyer de vie",
                "SESSAD", "SAMSAH"}) + " " + r.f().pick(new String[] {"Les Ateliers du Lez", "La Pinède", "Les Tilleuls",
                "Le Lien", "Les Oliviers"})),
            c("categorie_etablissement", "N:FACILITY", r -> r.f().pick(new String[] {"ESAT", "IME", "MAS", "FAM",
                "SAMSAH", "SAVS"})),
            c("adresse", "N:STREET_ADDRESS", r -> r.f().address()),
            c("code_postal", "N:POSTAL_CODE", r -> r.f().commune()[1]),
            c("commune", "N:COMMUNE", r -> r.f().commune()[0]),
            c("telephone", "N:PHONE_NUMBER", r -> "04 67 " + Fake.spaced(r.f().digits(6), 2)),
            c("capacite", "N:FACILITY", r -> String.valueOf(r.f().between(10, 120))),
            c("nom_directeur", "I:PERSON_NAME", r -> fullName(r))),
            DataSubject.PLACE, false, "FINESS list of establishments for disabled people; the director is a person"));

        all.add(new Dataset("recensement_individus", List.of(
            c("IRIS", "Q:NEIGHBOURHOOD", r -> "341720" + r.f().pick(new String[] {"101", "102", "201", "305", "402"})),
            c("IPONDI", "N", r -> String.format(Locale.ROOT, "%.6f", 1 + r.f().random().nextDouble() * 4)),
            c("SEXE", "Q:GENDER::GENDER", r -> r.p().female ? "2" : "1"),
            c("AGED", "Q:AGE::AGE", r -> String.valueOf(r.f().between(0, 99))),
            c("INATC", "Q:NATIONALITY::ORIGIN", r -> r.f().chance(0.88) ? "1" : "2"),
            c("IMMI", "Q:NATIONALITY::ORIGIN", r -> r.f().chance(0.85) ? "2" : "1"),
            c("INAI", "Q:PLACE_OF_BIRTH::ORIGIN", r -> String.valueOf(r.f().between(1, 6))),
            c("DIPL", "Q:EDUCATION_LEVEL", sometimes(0.8, r -> String.format(Locale.ROOT, "%02d", r.f().between(1, 19)))),
            c("CS1", "Q:PROFESSION", r -> String.valueOf(r.f().between(1, 8))),
            c("MATR", "Q:FAMILY_SITUATION", r -> String.valueOf(r.f().between(1, 6))),
            c("TACT", "Q:EMPLOYMENT_STATUS", r -> r.f().pick(new String[] {"11", "12", "21", "22", "23", "24", "25"})),
            c("NBPI", "N", r -> String.valueOf(r.f().between(1, 8))),
            c("STOCD", "N", r -> r.f().pick(new String[] {"10", "21", "22", "23", "30"}))),
            DataSubject.PERSON, true, "census-style coded microdata (INSEE RP détail individus variables)"));

        all.add(new Dataset("fournisseurs", List.of(
            c("siret", "I:FR_SIRET", r -> r.f().siret()),
            c("raison_sociale", "I:PERSON_NAME", r -> r.index() % 3 == 0 ? r.p().first + " " + r.p().last.toUpperCase(Locale.ROOT)
                : r.f().pick(new String[] {"SARL", "SAS", "EURL"}) + " " + r.f().pick(new String[] {"Bâtiment Sud",
                "Hérault Nettoyage", "Lez Informatique", "Garrigues Paysages", "Méditerranée Services"})),
            c("forme_juridique", "N:LEGAL_FORM", r -> r.index() % 3 == 0 ? r.f().pick(new String[] {"Entreprise individuelle",
                "Micro-entrepreneur"}) : r.f().pick(new String[] {"SARL", "SAS", "EURL"})),
            c("code_naf", "N", r -> r.f().pick(new String[] {"4321A", "8121Z", "6201Z", "8130Z", "4120A"})),
            c("adresse", "I:STREET_ADDRESS", r -> r.f().address()),
            c("code_postal", "Q:POSTAL_CODE", r -> r.f().commune()[1]),
            c("commune", "Q:COMMUNE", r -> r.f().commune()[0]),
            c("telephone", "I:PHONE_NUMBER", r -> r.f().phone()),
            c("montant_commandes", "S:AMOUNT:FINANCIAL", r -> r.f().amount(200, 90000)),
            c("date_premiere_commande", "N:DATE", r -> date(r, 2015, 2025))),
            DataSubject.MIXED, false, "suppliers: companies and sole traders (whose SIRET and name are personal)"));

        all.add(new Dataset("vendor_bookings_en", List.of(
            c("CustomerID", "I:RECORD_IDENTIFIER", r -> "C" + (70000 + r.index())),
            c("FullName", "I:PERSON_NAME", r -> r.p().first + " " + r.p().last),
            c("DateOfBirth", "Q:DATE_OF_BIRTH::AGE", r -> r.p().birth.toString()),
            c("Gender", "Q:GENDER::GENDER", r -> r.p().female ? "Female" : "Male"),
            c("Email", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("Mobile", "I:PHONE_NUMBER", r -> r.p().phone),
            c("PostCode", "Q:POSTAL_CODE", r -> r.p().commune[1]),
            c("DietaryRequirements", "S:DIET:HEALTH:RELIGION", r -> weighted(r, new String[] {"None", "Vegetarian", "Halal",
                "Gluten free", "Kosher", "Nut allergy"}, 60, 12, 10, 8, 5, 5)),
            c("MedicalConditions", "S:DIAGNOSIS:HEALTH", sometimes(0.3, r -> r.f().pick(new String[] {"Asthma", "Diabetes",
                "Epilepsy", "None"}))),
            c("MembershipTier", "N", r -> r.f().pick(new String[] {"Gold", "Silver", "Bronze"})),
            c("FavouriteGenre", "N", r -> r.f().pick(new String[] {"Jazz", "Rock", "Classical", "Hip-hop", "Electro"})),
            c("AmountPaid", "S:AMOUNT:FINANCIAL", r -> r.f().amount(5, 250)),
            c("BookingDate", "N:DATE", r -> iso(r, 2025, 2025)),
            c("Notes", "N:FREE_TEXT", r -> r.f().pick(new String[] {"Booked the family pass for the summer season",
                "Asked for a refund after the storm cancellation", "Prefers the morning sessions at the pool"}))),
            DataSubject.PERSON, false, "English export of a vendor's booking system"));

        all.add(new Dataset("terrasses_commerces", List.of(
            c("siret", "N:FR_SIRET", r -> r.f().siret()),
            c("enseigne", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Le Café de la Comédie", "Brasserie du Corum",
                "Le Petit Jardin", "La Maison du Lez", "Chez Paulette", "Le Bistrot d'Antigone"})),
            c("forme_juridique", "N:LEGAL_FORM", r -> r.f().pick(new String[] {"SARL", "SAS", "SASU", "EURL"})),
            c("regime_fiscal", "N", r -> r.f().pick(new String[] {"Réel normal", "Réel simplifié", "Micro-BIC"})),
            c("adresse_terrasse", "N:STREET_ADDRESS", r -> r.f().address()),
            c("surface_m2", "N", r -> String.valueOf(r.f().between(6, 120))),
            c("tranche_tarifaire", "N", r -> "Tranche " + r.f().pick(new String[] {"A", "B", "C"})),
            c("redevance_annuelle", "N:AMOUNT", r -> r.f().amount(300, 12000)),
            c("nom_gerant", "I:PERSON_NAME", r -> fullName(r)),
            c("tel_gerant", "I:PHONE_NUMBER", r -> r.p().phone),
            c("date_autorisation", "N:DATE", r -> date(r, 2022, 2025))),
            DataSubject.ORGANISATION, false, "terrace permits of businesses; tariff zones are not income bands"));
        all.addAll(familiesInOtherWords());
        return all;
    }

    // ---- The families of the datasets moved from the held-out part, written again with other words,
    // other departments and another metropolis (Toulouse), to see whether a mechanism catches the family
    // rather than the words it was written for. Labelled by the conventions of moved-from-heldout/README.md.
    private static final String[] OTHER_FIRST = {"Maïwenn", "Ilyès", "Anselme", "Thaïs", "Nahia", "Djibril", "Oumou",
        "Soan", "Tiago", "Ayla", "Elouan", "Rafaël", "Bérangère", "Wassila", "Kenji", "Ludmila", "Gaspard", "Sixtine",
        "Naïm", "Romane", "Eliot", "Yousra", "Ambroise", "Hawa", "Lisandro", "Marwane", "Perrine", "Zélie", "Aurèle",
        "Sélène"};
    private static final String[] OTHER_LAST = {"Le Quéré", "Abgrall", "Cazenave", "Etcheverry", "Ndiaye", "Bensalem",
        "Ould Ahmed", "Papadakis", "Wojcik", "Van Hecke", "Lagarrigue", "Fabregas", "Dalmasso", "Ouedraogo", "Mbemba",
        "Jaouen", "Carrère", "Soulé", "Pujol", "Estrade", "Laffont", "Dutertre", "Bouziane", "Cherif", "Oliveira",
        "Kaczmarek", "Tran", "Boyer", "Rolland", "Vasquez"};
    private static final String[][] TOULOUSE = {{"Toulouse", "31000"}, {"Toulouse", "31100"}, {"Toulouse", "31200"},
        {"Toulouse", "31300"}, {"Toulouse", "31400"}, {"Toulouse", "31500"}, {"Blagnac", "31700"}, {"Colomiers", "31770"},
        {"Tournefeuille", "31170"}, {"Balma", "31130"}, {"L'Union", "31240"}, {"Cugnaux", "31270"},
        {"Saint-Orens-de-Gameville", "31650"}, {"Castanet-Tolosan", "31320"}};

    private static String otherName(Row r) {
        return r.f().pick(OTHER_FIRST) + " " + r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT);
    }

    private static String[] toulouse(Row r) {
        return TOULOUSE[Math.floorMod(r.index() * 7 + r.p().last.length(), TOULOUSE.length)];
    }

    private static String landline(Row r) {
        return "05 " + Fake.spaced(r.f().digits(8), 2);
    }

    static List<Dataset> familiesInOtherWords() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("periscolaire_loisirs", List.of(
            c("code_famille", "I:RECORD_IDENTIFIER", r -> "TLS-ALAE-" + (40000 + r.index() * 3)),
            c("enfant", "I:PERSON_NAME", r -> otherName(r)),
            c("ne_le", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2013, 2021))),
            c("genre_enfant", "Q:GENDER::GENDER", r -> r.f().chance(0.5) ? "Fille" : "Garçon"),
            c("etablissement_scolaire", "Q:SCHOOL", r -> r.f().pick(new String[] {"École élémentaire Jean Jaurès",
                "Groupe scolaire Bonhoure", "École maternelle Ricard", "École primaire Lakanal", "Groupe scolaire Jolimont"})),
            c("niveau_scolaire", "Q:SCHOOL", r -> r.f().pick(new String[] {"GS", "CP", "CE1", "CE2", "CM1", "CM2"})),
            c("repas_specifique", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> weighted(r, new String[] {"Aucun", "Sans porc",
                "Halal", "Végétarien"}, 60, 20, 12, 8)),
            c("trousse_urgence", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.06) ? "Oui" : "Non"),
            c("traitement_en_cours", "S:HEALTH_DATA:HEALTH", sometimes(0.3, r -> weighted(r, new String[] {"Aucun",
                "Ventoline", "Insuline", "Antihistaminique", "Ritaline"}, 50, 20, 8, 15, 7))),
            c("quotient_caf", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(250, 2300))),
            c("participation_journee", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"3,10 €", "5,40 €", "7,90 €",
                "9,80 €", "12,50 €"})),
            c("tel_urgence", "I:PHONE_NUMBER", r -> r.p().phone),
            c("personne_habilitee", "I:FREE_TEXT", r -> r.f().pick(new String[] {"Grand-mère", "Oncle", "Voisine", "Tante"})
                + " : " + otherName(r) + " " + r.f().phone()),
            c("animateur_referent", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Léa B.", "Karim S.", "Sonia M.",
                "Hugo T.", "Inès R."})),
            c("centre_loisirs", "N", r -> r.f().pick(new String[] {"ALAE Jules Julien", "Centre de loisirs Bonnefoy",
                "ALSH Pradettes", "ALAE Lapujade"})),
            c("commune", "Q:COMMUNE", r -> toulouse(r)[0]),
            c("cp", "Q:POSTAL_CODE", r -> toulouse(r)[1]),
            c("date_inscription", "N:DATE", r -> date(r, 2024, 2025))),
            DataSubject.PERSON, false, "after-school care in another metropolis: families of the canteen files in other words"));

        all.add(new Dataset("rh_absences_agents", List.of(
            c("mat_agent", "I:RECORD_IDENTIFIER", r -> "T" + (100000 + r.index() * 17)),
            c("agent", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT) + " " + r.f().pick(OTHER_FIRST)),
            c("emploi_occupe", "Q:PROFESSION", r -> r.f().pick(new String[] {"Agent d'entretien des locaux",
                "Auxiliaire de puériculture", "Jardinier", "Gestionnaire paie", "Chargée d'accueil", "Électricien"})),
            c("cadre_emploi", "Q:PROFESSION", r -> r.f().pick(new String[] {"Adjoints techniques territoriaux",
                "Rédacteurs territoriaux", "Auxiliaires de puériculture", "Agents de maîtrise"})),
            c("cat", "Q:PROFESSION", r -> r.f().pick(new String[] {"C", "C", "C", "B", "A"})),
            c("affectation", "Q:WORKPLACE", r -> r.f().pick(new String[] {"DGA Solidarités - Petite enfance",
                "Direction des bâtiments", "Mairie annexe Rangueil", "Direction du numérique", "Cuisine centrale"})),
            c("motif_absence", "S:SOCIAL_HARDSHIP:HEALTH", r -> weighted(r, new String[] {"Congé annuel", "Maladie ordinaire",
                "Formation", "Congé maternité", "Accident de service", "Autorisation d'absence", "Enfant malade"},
                35, 20, 15, 5, 5, 12, 8)),
            c("date_debut", "N:DATE", r -> date(r, 2024, 2025)),
            c("date_fin", "N:DATE", r -> date(r, 2024, 2025)),
            c("valide_par", "I:PERSON_NAME", r -> r.f().pick(new String[] {"N. Ferrand", "C. Estrade", "M. Pujol",
                "A. Soulé"})),
            c("temps_travail", "N", r -> r.f().pick(new String[] {"100 %", "80 %", "50 %"})),
            c("tel_pro", "I:PHONE_NUMBER", r -> landline(r)),
            c("indice_majore", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(352, 830)))),
            DataSubject.PERSON, false, "staff absences: reasons revealing health, workplaces, civil-service categories"));

        all.add(new Dataset("payroll_export_en", List.of(
            c("Worker ID", "I:RECORD_IDENTIFIER", r -> "W-" + (4500 + r.index())),
            c("Legal Name", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST) + " " + r.f().pick(OTHER_LAST)),
            c("Birth Date", "Q:DATE_OF_BIRTH::AGE", r -> {
                var d = r.f().date(1960, 2003);
                return String.format(Locale.ROOT, "%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
            }),
            c("Sex", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "M"),
            c("Home Postcode", "Q:POSTAL_CODE", r -> toulouse(r)[1]),
            c("Position", "Q:PROFESSION", r -> r.f().pick(new String[] {"Payroll Specialist", "Warehouse Operative",
                "Store Manager", "Delivery Driver", "Customer Advisor"})),
            c("Cost Centre", "N", r -> "CC-" + r.f().pick(new String[] {"1040", "1120", "2210", "3300"})),
            c("Business Unit", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Logistics", "Retail Operations", "Head Office",
                "Customer Care"})),
            c("Base Pay (EUR)", "S:INCOME:FINANCIAL", r -> r.f().amount(21000, 64000)),
            c("Overtime Hours", "N", r -> String.valueOf(r.f().between(0, 30))),
            c("Union Dues Deduction", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> r.f().chance(0.2) ? "12.50" : "0.00"),
            c("Leave Reason", "S:SOCIAL_HARDSHIP:HEALTH", sometimes(0.6, r -> weighted(r, new String[] {"Annual leave",
                "Sick leave", "Parental leave", "Bereavement", "Training"}, 45, 20, 10, 5, 20))),
            c("Line Manager", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Sixtine Laffont", "Naïm Bensalem",
                "Perrine Dutertre", "Kenji Tran"})),
            c("Work Email", "I:EMAIL_ADDRESS", r -> Text.normalize(r.p().first).replace(" ", "") + "."
                + Text.normalize(r.p().last).replace(" ", "") + "@retail-sud.example"),
            c("Marital Status", "Q:FAMILY_SITUATION", r -> r.f().pick(new String[] {"Married", "Single", "Divorced",
                "Civil partnership", "Widowed"}))),
            DataSubject.PERSON, false, "English payroll export: pay, union dues, leave reasons, business units"));

        all.add(new Dataset("enquete_individus_codes", List.of(
            c("SEXE", "Q:GENDER::GENDER", r -> r.p().female ? "2" : "1"),
            c("AGEREV", "Q:AGE::AGE", r -> String.valueOf(r.f().between(0, 97))),
            c("DNAI", "Q:PLACE_OF_BIRTH::ORIGIN", r -> r.f().pick(new String[] {"31", "31", "31", "75", "82", "81", "99", "64"})),
            c("EMPL", "Q:EMPLOYMENT_STATUS", r -> r.f().pick(new String[] {"11", "12", "13", "16", "21", "22", "ZZ"})),
            c("STAT_CONJ", "Q:FAMILY_SITUATION", r -> String.valueOf(r.f().between(1, 6))),
            c("NENFR", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(0, 4))),
            c("CATL", "N", r -> String.valueOf(r.f().between(1, 4))),
            c("SURF", "N", r -> String.valueOf(r.f().between(1, 7))),
            c("DDRS", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.04) ? "1" : "2"),
            c("HICOV", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.9) ? "1" : "2"),
            c("COW", "Q:EMPLOYMENT_STATUS", r -> String.valueOf(r.f().between(1, 9))),
            c("POVPIP", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(0, 501))),
            c("IPONDI", "N", r -> String.format(Locale.ROOT, "%.4f", 2 + r.f().random().nextDouble() * 5))),
            DataSubject.PERSON, true, "census-style coded variables other than those of the moved files (INSEE RP, ACS PUMS)"));

        all.add(new Dataset("ccas_secours", List.of(
            c("num_instruction", "I:RECORD_IDENTIFIER", r -> "SEC-24-" + String.format(Locale.ROOT, "%05d", 300 + r.index())),
            c("demandeur", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("age_demandeur", "Q:AGE::AGE", r -> String.valueOf(r.f().between(18, 88))),
            c("composition", "Q:HOUSEHOLD_SIZE", r -> r.f().pick(new String[] {"Personne seule", "Couple sans enfant",
                "Couple avec 2 enfants", "Famille monoparentale 1 enfant", "Famille monoparentale 3 enfants"})),
            c("logement", "N", r -> r.f().pick(new String[] {"Locataire HLM", "Locataire privé", "Hébergé chez un tiers",
                "Sans domicile stable", "Propriétaire"})),
            c("motif_sollicitation", "S:SOCIAL_HARDSHIP:HEALTH", r -> weighted(r, new String[] {"Perte d'emploi",
                "Rupture de droits", "Maladie", "Violences conjugales", "Séparation", "Facture énergie impayée"},
                25, 25, 15, 10, 15, 10)),
            c("aide_sollicitee", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().pick(new String[] {"Colis alimentaire",
                "Aide énergie", "Secours financier", "Aide au transport"})),
            c("montant_alloue", "S:AMOUNT:FINANCIAL", r -> r.f().amount(30, 400).replace('.', ',')),
            c("avis_commission", "N", r -> r.f().pick(new String[] {"Favorable", "Défavorable", "Ajourné"})),
            c("travailleur_social", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Mme Agnès ROLLAND",
                "M. Djibril NDIAYE", "Mme Zélie CARRÈRE"})),
            c("orientation", "N", r -> r.f().pick(new String[] {"Épicerie sociale", "Banque alimentaire",
                "Point conseil budget"})),
            c("ressources_foyer", "S:INCOME:FINANCIAL", r -> r.f().amount(0, 1900)),
            c("tel", "I:PHONE_NUMBER", r -> r.p().phone),
            c("adresse", "I:STREET_ADDRESS", r -> r.f().between(2, 90) + " rue " + r.f().pick(new String[] {"des Filatiers",
                "de Metz", "Bayard", "du Taur", "Pargaminières"}))),
            DataSubject.PERSON, false, "emergency aid of a social services centre; current housing is not a special category"));

        all.add(new Dataset("annuaire_associations", List.of(
            c("n_rna", "N:FR_RNA", r -> "W313" + r.f().digits(6)),
            c("siret", "N:FR_SIRET", sometimes(0.8, r -> r.f().siret())),
            c("denomination", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Les Amis du Canal", "Toulouse Échecs",
                "Club de rugby des Minimes", "Comité de quartier Saint-Cyprien", "Chorale Garonne"})),
            c("domaine", "N", r -> r.f().pick(new String[] {"Culture", "Sport", "Vie de quartier", "Solidarité"})),
            c("siege", "N:STREET_ADDRESS", r -> r.f().between(1, 90) + " rue " + r.f().pick(new String[] {"du Taur",
                "Alsace-Lorraine", "de Metz", "Bayard"})),
            c("cp", "N:POSTAL_CODE", r -> toulouse(r)[1]),
            c("ville", "N:COMMUNE", r -> toulouse(r)[0]),
            c("courriel", "N:EMAIL_ADDRESS", r -> r.f().pick(new String[] {"contact", "secretariat", "accueil", "bureau",
                "info"}) + "@" + r.f().pick(new String[] {"amisducanal.org", "toulouse-echecs.fr", "rugby-minimes.fr",
                "chorale-garonne.org"})),
            c("tel_fixe", "N:PHONE_NUMBER", r -> landline(r)),
            c("iban", "N:IBAN", r -> r.f().iban()),
            c("referent_nom", "I:PERSON_NAME", r -> otherName(r)),
            c("referent_portable", "I:PHONE_NUMBER", r -> "06 " + Fake.spaced(r.f().digits(8), 2)),
            c("referent_courriel", "I:EMAIL_ADDRESS", r -> r.f().email(r.p().first, r.p().last)),
            c("nb_licencies", "N", r -> String.valueOf(r.f().between(5, 600))),
            c("subvention_n1", "N:AMOUNT", r -> r.f().amount(0, 15000))),
            DataSubject.ORGANISATION, false, "directory of associations: their mailbox, switchboard and account are theirs"));

        all.add(new Dataset("lieux_culturels", List.of(
            c("id_lieu", "N", r -> "LC-" + (100 + r.index())),
            c("nom_lieu", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Médiathèque Cabanis", "Théâtre Garonne",
                "Musée des Augustins", "Bibliothèque Empalot", "Salle Nougaro"})),
            c("type_lieu", "N:FACILITY", r -> r.f().pick(new String[] {"Médiathèque", "Théâtre", "Musée", "Bibliothèque",
                "Salle de spectacle"})),
            c("adresse", "N:STREET_ADDRESS", r -> r.f().between(1, 90) + " allée " + r.f().pick(new String[] {"Jules Guesde",
                "Jean Jaurès", "Charles de Fitte"})),
            c("cp", "N:POSTAL_CODE", r -> toulouse(r)[1]),
            c("ville", "N:COMMUNE", r -> toulouse(r)[0]),
            c("tel_accueil", "N:PHONE_NUMBER", r -> landline(r)),
            c("mel_accueil", "N:EMAIL_ADDRESS", r -> r.f().pick(new String[] {"accueil.cabanis", "billetterie.garonne",
                "musee.augustins", "bib.empalot"}) + "@mairie-toulouse.fr"),
            c("jauge", "N:FACILITY", r -> String.valueOf(r.f().between(40, 1200))),
            c("acces_handicape", "N:FACILITY", r -> r.f().chance(0.8) ? "Oui" : "Non"),
            c("lat", "N:GEO_COORDINATE", r -> String.format(Locale.ROOT, "%.6f", 43.56 + r.f().random().nextDouble() * 0.1)),
            c("lon", "N:GEO_COORDINATE", r -> String.format(Locale.ROOT, "%.6f", 1.38 + r.f().random().nextDouble() * 0.1))),
            DataSubject.PLACE, false, "open data: cultural venues with their switchboard and mailbox"));

        all.add(new Dataset("fourriere_enlevements", List.of(
            c("num_enlevement", "I:RECORD_IDENTIFIER", r -> "FR31-2024-" + String.format(Locale.ROOT, "%05d", 400 + r.index())),
            c("date_constat", "N:DATE", r -> date(r, 2024, 2024)),
            c("lieu_constat", "Q:STREET_ADDRESS", r -> r.f().between(1, 120) + " " + r.f().pick(new String[] {"rue de Metz",
                "boulevard de Strasbourg", "allée Jean Jaurès", "rue Bayard"})),
            c("motif_enlevement", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Stationnement gênant",
                "Stationnement abusif", "Véhicule épave", "Stationnement sur emplacement réservé"})),
            c("categorie_vehicule", "N", r -> r.f().pick(new String[] {"VP", "2RM", "VU"})),
            c("immat", "I:VEHICLE_PLATE", r -> r.f().plate()),
            c("proprietaire", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("agent_constatateur", "I:RECORD_IDENTIFIER", r -> "ASVP " + String.format(Locale.ROOT, "%04d", r.f().between(400, 470))),
            c("classe_contravention", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"2e classe", "4e classe"})),
            c("frais_enlevement", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"121,27", "150,00", "193,50"})),
            c("suite", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Restitué au propriétaire", "Vendu aux domaines",
                "Détruit"})),
            c("parc", "N", r -> r.f().pick(new String[] {"Fourrière Nord", "Fourrière Sud"}))),
            DataSubject.PERSON, false, "vehicle removals: the offence, what followed, the agent's code"));

        all.add(new Dataset("conseil_municipal_elus", List.of(
            c("elu", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1950, 1995))),
            c("etiquette", "S:POLITICAL_OPINION:SPECIAL_CATEGORY", r -> r.f().pick(new String[] {"UG", "DVD", "ENS", "RN",
                "DVG", "LR"})),
            c("fonction_municipale", "Q:PROFESSION", r -> r.f().pick(new String[] {"Adjoint au maire",
                "Conseiller municipal délégué", "Conseillère municipale", "Maire"})),
            c("delegation", "N", r -> r.f().pick(new String[] {"Sports", "Culture", "Voirie", "Petite enfance"})),
            c("indemnite_mensuelle_brute", "S:INCOME:FINANCIAL", r -> r.f().amount(200, 5600)),
            c("profession_declaree", "Q:PROFESSION", r -> r.f().pick(new String[] {"Avocate", "Retraité", "Enseignant",
                "Cadre de la fonction publique", "Commerçant"})),
            c("courriel_mairie", "I:EMAIL_ADDRESS", r -> Text.normalize(r.p().first).replace(" ", "") + "."
                + Text.normalize(r.p().last).replace(" ", "") + "@mairie-toulouse.fr")),
            DataSubject.PERSON, false, "municipal councillors: nuance codes of candidates, allowances"));

        all.add(new Dataset("residence_autonomie", List.of(
            c("resident", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT) + " " + r.f().pick(OTHER_FIRST)),
            c("naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1928, 1950))),
            c("niveau_gir", "S:HEALTH_DATA:HEALTH", r -> "GIR " + r.f().between(4, 6)),
            c("mesure_protection", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Aucune", "Curatelle simple",
                "Tutelle", "Sauvegarde de justice"}, 70, 15, 10, 5)),
            c("regime", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Normal", "Sans sel", "Diabétique", "Mixé"},
                55, 20, 15, 10)),
            c("apa", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.4) ? "Oui" : "Non"),
            c("infirmier_liberal", "I:PERSON_NAME", r -> r.f().pick(new String[] {"M. Aurèle DUTERTRE", "Mme Hawa OUEDRAOGO",
                "Mme Romane PUJOL"})),
            c("contact_famille", "I:FREE_TEXT", r -> r.f().pick(new String[] {"Fils", "Fille", "Neveu", "Petite-fille"})
                + " : " + otherName(r) + " - " + r.f().phone()),
            c("date_entree", "N:DATE", r -> date(r, 2012, 2025)),
            c("loyer_mensuel", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"520,00", "610,00", "675,00"}))),
            DataSubject.PERSON, false, "residents of a home for the elderly: dependency, legal protection, diets"));
        all.addAll(trickyNegativesInOtherWords());
        return all;
    }

    /**
     * A second round written before running the classifier on it: more families in other words, and harmless
     * columns that look like the families (a pool locker is no criminal record, an author is not the reader,
     * a parking permit's status is no disability decision).
     */
    static List<Dataset> trickyNegativesInOtherWords() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("piscine_abonnements", List.of(
            c("num_carte", "I:RECORD_IDENTIFIER", r -> "PSC-" + (700000 + r.index() * 11)),
            c("titulaire", "I:PERSON_NAME", r -> otherName(r)),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("email", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("code_postal", "Q:POSTAL_CODE", r -> toulouse(r)[1]),
            c("bassin", "N", r -> r.f().pick(new String[] {"Bassin olympique", "Bassin ludique", "Pataugeoire"})),
            c("casier", "N", r -> "C-" + r.f().between(100, 180)),
            c("prix_entree", "N", r -> r.f().pick(new String[] {"3,50", "5,20", "2,10"})),
            c("reduction", "S:DISABILITY:HEALTH", r -> weighted(r, new String[] {"Aucune", "Famille nombreuse",
                "Demandeur d'emploi", "Handicap", "Étudiant"}, 60, 12, 10, 8, 10)),
            c("nb_entrees", "N", r -> String.valueOf(r.f().between(0, 60))),
            c("derniere_entree", "N:DATE", r -> date(r, 2025, 2025))),
            DataSubject.PERSON, false, "pool passes: a locker is no criminal record, a list price is no income"));

        all.add(new Dataset("bibliotheque_retards", List.of(
            c("num_lecteur", "I:RECORD_IDENTIFIER", r -> "B" + (2000000 + r.index() * 7)),
            c("nom_prenom", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT) + " " + r.f().pick(OTHER_FIRST)),
            c("categorie_lecteur", "N", r -> r.f().pick(new String[] {"Adulte", "Jeunesse", "Collectivité"})),
            c("titre", "N", r -> r.f().pick(new String[] {"Les Misérables", "L'Étranger", "Germinal", "Le Horla", "Candide"})),
            c("auteur", "N", r -> r.f().pick(new String[] {"Victor Hugo", "Albert Camus", "Émile Zola", "Guy de Maupassant",
                "Voltaire"})),
            c("genre_litteraire", "N", r -> r.f().pick(new String[] {"Roman", "Nouvelle", "Conte philosophique", "Théâtre"})),
            c("date_retour_prevue", "N:DATE", r -> date(r, 2025, 2025)),
            c("jours_retard", "N", r -> String.valueOf(r.f().between(1, 45))),
            c("amende_retard", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"0,50 €", "1,00 €", "1,50 €", "3,00 €"})),
            c("statut_compte", "N", r -> r.f().pick(new String[] {"Actif", "Bloqué", "Suspendu"})),
            c("site", "N", r -> r.f().pick(new String[] {"Médiathèque José Cabanis", "Bibliothèque Saint-Cyprien",
                "Bibliothèque Pavillon Blanc"}))),
            DataSubject.PERSON, false, "late returns of a library: the author is not the reader, a library fine is no offence"));

        all.add(new Dataset("stationnement_residents", List.of(
            c("id_demande", "I:RECORD_IDENTIFIER", r -> "SR-" + (2025000 + r.index())),
            c("demandeur", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("adresse", "I:STREET_ADDRESS", r -> r.f().between(1, 90) + " rue " + r.f().pick(new String[] {"des Lois",
                "Pargaminières", "du Taur", "Croix-Baragnon"})),
            c("immatriculation", "I:VEHICLE_PLATE", r -> r.f().plate()),
            c("zone", "N", r -> r.f().pick(new String[] {"Zone A", "Zone B", "Zone C"})),
            c("tarif_mensuel", "N", r -> r.f().pick(new String[] {"15,00", "30,00"})),
            c("carte_mobilite_inclusion", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.05) ? "Oui" : "Non"),
            c("justificatif", "N", r -> r.f().pick(new String[] {"Avis d'imposition", "Quittance de loyer",
                "Facture d'électricité"})),
            c("statut_demande", "N", r -> r.f().pick(new String[] {"Validée", "Refusée", "En attente"})),
            c("date_depot", "N:DATE", r -> date(r, 2025, 2025))),
            DataSubject.PERSON, false, "resident parking permits: the permit's status is no disability decision"));

        all.add(new Dataset("teleassistance_seniors", List.of(
            c("beneficiaire", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("age", "Q:AGE::AGE", r -> String.valueOf(r.f().between(65, 99))),
            c("pathologies", "S:DIAGNOSIS:HEALTH", r -> weighted(r, new String[] {"Aucune", "Diabète", "Insuffisance cardiaque",
                "Maladie de Parkinson", "Arthrose"}, 40, 20, 15, 10, 15)),
            c("gir", "S:HEALTH_DATA:HEALTH", r -> String.valueOf(r.f().between(3, 6))),
            c("medecin", "I:PERSON_NAME", r -> "Dr " + r.f().pick(OTHER_LAST)),
            c("appareil", "N", r -> r.f().pick(new String[] {"Médaillon", "Bracelet", "Détecteur de chute"})),
            c("tel_domicile", "I:PHONE_NUMBER", r -> landline(r)),
            c("date_installation", "N:DATE", r -> date(r, 2020, 2025)),
            c("commune", "Q:COMMUNE", r -> toulouse(r)[0])),
            DataSubject.PERSON, false, "remote assistance of the elderly"));

        all.add(new Dataset("school_roster_en", List.of(
            c("Student ID", "I:RECORD_IDENTIFIER", r -> "S" + (880000 + r.index() * 3)),
            c("First Name", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("Last Name", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST)),
            c("DOB", "Q:DATE_OF_BIRTH::AGE", r -> r.f().date(2011, 2019).toString()),
            c("Grade", "Q:SCHOOL", r -> r.f().pick(new String[] {"Kindergarten", "Grade 1", "Grade 2", "Grade 3", "Grade 4",
                "Grade 5"})),
            c("Homeroom Teacher", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Mrs. Patel", "Mr. Okafor", "Ms. Laffont"})),
            c("Lunch Status", "S:INCOME:FINANCIAL", r -> weighted(r, new String[] {"Paid", "Reduced", "Free"}, 60, 15, 25)),
            c("IEP", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.12) ? "Yes" : "No"),
            c("Guardian Email", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("Attendance Rate", "N", r -> String.format(Locale.ROOT, "%.1f", 80 + r.f().random().nextDouble() * 20))),
            DataSubject.PERSON, false, "English school roster: free lunch reveals income, an IEP a disability"));

        all.add(new Dataset("agents_formation", List.of(
            c("matricule", "I:RECORD_IDENTIFIER", r -> "F" + (30000 + r.index())),
            c("nom", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST)),
            c("prenom", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("grade", "Q:PROFESSION", r -> r.f().pick(new String[] {"Adjoint technique", "Rédacteur", "Attaché",
                "Technicien principal"})),
            c("service", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Direction des sports", "Propreté urbaine",
                "Ressources humaines"})),
            c("formation_suivie", "N", r -> r.f().pick(new String[] {"Habilitation électrique", "Premiers secours",
                "Management d'équipe", "Prévention des risques psychosociaux"})),
            c("organisme_formation", "N", r -> r.f().pick(new String[] {"CNFPT", "AFPA", "Croix-Rouge"})),
            c("avis_hierarchique", "N", r -> r.f().pick(new String[] {"Favorable", "Défavorable"})),
            c("motif_refus", "N", sometimes(0.3, r -> r.f().pick(new String[] {"Nécessités de service", "Budget insuffisant",
                "Formation non prioritaire"}))),
            c("date_session", "N:DATE", r -> date(r, 2025, 2025))),
            DataSubject.PERSON, false, "staff training: a refusal's reasons that reveal nothing"));

        all.add(new Dataset("export_brut_rh", List.of(
            c("A", "I:RECORD_IDENTIFIER", r -> "AG-2019-" + String.format(Locale.ROOT, "%05d", 45 + r.index())),
            c("B", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT) + " " + r.f().pick(OTHER_FIRST)),
            c("C", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1960, 2000))),
            c("D", "Q:GENDER::GENDER", r -> r.p().female ? "F" : "H"),
            c("E", "Q:PROFESSION", r -> r.f().pick(new String[] {"Agent d'entretien", "Secrétaire", "Jardinier", "Infirmière",
                "Cadre", "Technicien"})),
            c("F", "S:AMOUNT:FINANCIAL", r -> r.f().amount(1700, 4200).replace('.', ',')),
            c("G", "Q:POSTAL_CODE", r -> toulouse(r)[1]),
            c("H", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("I", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"CGT", "FO", "CFDT", "Non syndiqué"},
                15, 10, 10, 65)),
            c("J", "N", r -> r.f().chance(0.5) ? "Oui" : "Non"),
            c("K", "N", r -> r.f().pick(new String[] {"Temps plein", "Temps partiel"}))),
            DataSubject.PERSON, false, "HR export with letters for headers: the values must speak"));
        all.addAll(thirdRound());
        return all;
    }

    /** A third round, written before running the classifier on it and scored once before any change. */
    static List<Dataset> thirdRound() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("cimetiere_concessions", List.of(
            c("num_concession", "I:RECORD_IDENTIFIER", r -> "CIM-B" + r.f().between(1, 20) + "-" + (4500 + r.index())),
            c("concessionnaire", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("defunt", "I:PERSON_NAME", r -> otherName(r)),
            c("date_deces", "N:DATE", r -> date(r, 1990, 2025)),
            c("carre", "N", r -> "Carré " + r.f().between(1, 24)),
            c("duree", "N", r -> r.f().pick(new String[] {"15 ans", "30 ans", "50 ans", "Perpétuelle"})),
            c("montant_redevance", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"210,00", "480,00", "950,00", "1 900,00"})),
            c("tel_concessionnaire", "I:PHONE_NUMBER", r -> r.p().phone),
            c("adresse_concessionnaire", "I:STREET_ADDRESS", r -> r.p().address)),
            DataSubject.PERSON, false, "cemetery plots: holders and the deceased"));

        all.add(new Dataset("creche_demandes", List.of(
            c("dossier", "I:RECORD_IDENTIFIER", r -> "LY-CR-2025-" + String.format(Locale.ROOT, "%04d", 400 + r.index())),
            c("nom_enfant", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT)),
            c("prenom_enfant", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("ddn_enfant", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2023, 2025))),
            c("parent1_nom", "I:PERSON_NAME", r -> otherName(r)),
            c("parent1_profession", "Q:PROFESSION", r -> r.f().pick(new String[] {"Infirmière", "Chauffeur", "Comptable",
                "Sans emploi", "Enseignant"})),
            c("parent1_employeur", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Hospices civils de Lyon", "Keolis",
                "Cabinet Ferrand", "Éducation nationale"})),
            c("situation_parent", "Q:FAMILY_SITUATION", r -> r.f().pick(new String[] {"Couple", "Famille monoparentale"})),
            c("nb_enfants_foyer", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(1, 5))),
            c("revenus_annuels", "S:INCOME:FINANCIAL", r -> String.valueOf(r.f().between(9000, 85000))),
            c("taux_effort", "S:INCOME:FINANCIAL", r -> String.format(Locale.ROOT, "%.4f", 0.0206 + r.f().between(0, 5) * 0.01)),
            c("creche_souhaitee", "N", r -> r.f().pick(new String[] {"EAJE Les Lucioles", "Crèche Gerland", "Multi-accueil Croix-Rousse"})),
            c("allergie", "S:DIAGNOSIS:HEALTH", r -> weighted(r, new String[] {"Aucune", "Protéines de lait de vache", "Oeuf"},
                85, 10, 5)),
            c("handicap_enfant", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.03) ? "Oui" : "Non")),
            DataSubject.PERSON, false, "nursery requests: the parent's employer, income, effort rate"));

        all.add(new Dataset("club_licences", List.of(
            c("num_licence", "I:RECORD_IDENTIFIER", r -> "31" + String.format(Locale.ROOT, "%07d", 1200 + r.index() * 3)),
            c("licencie", "I:PERSON_NAME", r -> otherName(r)),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(1975, 2016))),
            c("categorie", "N", r -> r.f().pick(new String[] {"U13", "U15", "Senior", "Vétéran"})),
            c("poste", "N", r -> r.f().pick(new String[] {"Gardien", "Défenseur", "Milieu", "Attaquant"})),
            c("taille_maillot", "N", r -> r.f().pick(new String[] {"S", "M", "L", "XL"})),
            c("certificat_medical", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"Valide", "Expiré"})),
            c("cotisation", "S:AMOUNT:FINANCIAL", r -> r.f().pick(new String[] {"120,00", "150,00", "90,00"})),
            c("aide_pass_sport", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().chance(0.2) ? "Oui" : "Non"),
            c("club", "N", r -> r.f().pick(new String[] {"AS Muret", "US Colomiers", "Toulouse FC amateurs"}))),
            DataSubject.PERSON, false, "sports licences: a playing position is no job, a shirt size no body measure"));

        all.add(new Dataset("eau_relances", List.of(
            c("ref_abonne", "I:RECORD_IDENTIFIER", r -> "AB-" + (45000 + r.index() * 9)),
            c("abonne", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("adresse_desserte", "I:STREET_ADDRESS", r -> r.p().address),
            c("commune", "Q:COMMUNE", r -> toulouse(r)[0]),
            c("compteur", "I:RECORD_IDENTIFIER", r -> "M" + r.f().digits(9)),
            c("montant_du", "S:AMOUNT:FINANCIAL", r -> r.f().amount(20, 900).replace('.', ',')),
            c("nb_relances", "S:DEBT:FINANCIAL", r -> String.valueOf(r.f().between(1, 4))),
            c("echeancier", "S:DEBT:FINANCIAL", r -> r.f().chance(0.3) ? "Oui" : "Non"),
            c("fsl", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().pick(new String[] {"Non", "Demandé", "Accordé"})),
            c("date_coupure", "N:DATE", sometimes(0.2, r -> date(r, 2025, 2025)))),
            DataSubject.PERSON, false, "water bills reminders: debts, payment plans, energy-housing fund"));

        all.add(new Dataset("signalements_voirie", List.of(
            c("id_signalement", "I:RECORD_IDENTIFIER", r -> "SIG-" + (90000 + r.index())),
            c("date_signalement", "N:DATE", r -> date(r, 2025, 2025)),
            c("categorie", "N", r -> r.f().pick(new String[] {"Nid de poule", "Éclairage public", "Tag", "Dépôt sauvage"})),
            c("declarant", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST) + " " + r.f().pick(OTHER_LAST).charAt(0) + "."),
            c("email_declarant", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("statut", "N", r -> r.f().pick(new String[] {"Ouvert", "En cours", "Clos"})),
            c("description", "N:FREE_TEXT", r -> r.f().pick(new String[] {"Lampadaire éteint depuis trois jours devant l'école",
                "Trou important sur la chaussée au niveau du passage piéton", "Sacs poubelles abandonnés au pied du conteneur",
                "Inscription peinte sur le mur du gymnase municipal"})),
            c("photo", "N", r -> "IMG_2025" + String.format(Locale.ROOT, "%04d_%04d", r.f().between(101, 1231), r.index()) + ".jpg")),
            DataSubject.PERSON, false, "citizens' reports: the photo shows a pothole, the category an object, not a person"));

        all.add(new Dataset("hr_benefits_en", List.of(
            c("Employee No.", "I:RECORD_IDENTIFIER", r -> "E-" + (70000 + r.index())),
            c("Preferred Name", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("Pronouns", "Q:GENDER::GENDER", r -> r.f().pick(new String[] {"she/her", "he/him", "they/them"})),
            c("Date of Birth", "Q:DATE_OF_BIRTH::AGE", r -> r.f().date(1962, 2003).toString()),
            c("Dependents", "Q:HOUSEHOLD_SIZE", r -> String.valueOf(r.f().between(0, 4))),
            c("Religious Holiday Request", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> weighted(r, new String[] {"None",
                "Eid al-Fitr", "Yom Kippur", "Diwali", "Easter Monday"}, 70, 10, 6, 6, 8)),
            c("Accommodation Request", "S:DISABILITY:HEALTH:DISABILITY", r -> weighted(r, new String[] {"None",
                "Wheelchair access", "Screen reader", "Ergonomic chair", "Sign language interpreter"}, 80, 5, 5, 5, 5)),
            c("Salary Band", "S:INCOME:FINANCIAL", r -> "B" + r.f().between(1, 6)),
            c("Office", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Lyon", "Paris", "Remote"})),
            c("Job Title", "Q:PROFESSION", r -> r.f().pick(new String[] {"Data Analyst", "HR Partner", "Office Manager"}))),
            DataSubject.PERSON, false, "English benefits export: pronouns, religious holidays, accommodations"));

        all.add(new Dataset("bornes_recharge", List.of(
            c("id_station", "N", r -> "FR*TLS*P" + (12000 + r.index())),
            c("nom_station", "N:ORGANISATION_NAME", r -> "Station " + r.f().pick(new String[] {"Capitole", "Compans", "Purpan",
                "Rangueil", "Basso Cambo"})),
            c("operateur", "N", r -> r.f().pick(new String[] {"Izivia", "Freshmile", "Tisséo Recharge"})),
            c("adresse", "N:STREET_ADDRESS", r -> r.f().between(1, 90) + " avenue " + r.f().pick(new String[] {"de Grande-Bretagne",
                "Jean Rieux", "de Lombez"})),
            c("code_insee", "N:COMMUNE", r -> "31555"),
            c("puissance_kw", "N", r -> r.f().pick(new String[] {"7.4", "22", "50", "150"})),
            c("nb_points", "N:FACILITY", r -> String.valueOf(r.f().between(1, 8))),
            c("tel_exploitant", "N:PHONE_NUMBER", r -> "09 70 " + Fake.spaced(r.f().digits(6), 2)),
            c("email_exploitant", "N:EMAIL_ADDRESS", r -> r.f().pick(new String[] {"support@izivia.example", "hotline@freshmile.example"})),
            c("gratuit", "N", r -> r.f().chance(0.2) ? "true" : "false")),
            DataSubject.PLACE, false, "open data: charging stations and their operator's hotline"));

        all.add(new Dataset("prevention_jeunes", List.of(
            c("jeune", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST) + " " + r.f().pick(OTHER_LAST).charAt(0) + "."),
            c("age", "Q:AGE::AGE", r -> String.valueOf(r.f().between(12, 21))),
            c("quartier", "Q:NEIGHBOURHOOD", r -> r.f().pick(new String[] {"Mirail", "Empalot", "Izards", "Bagatelle"})),
            c("suivi_pjj", "S:OFFENCE:OFFENCE", r -> r.f().chance(0.15) ? "Oui" : "Non"),
            c("scolarite", "Q:EDUCATION_LEVEL", r -> r.f().pick(new String[] {"Déscolarisé", "Collège", "Lycée professionnel",
                "Apprentissage"})),
            c("educateur", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Julien R.", "Samia K.", "Loïc T."})),
            c("problematiques", "S:SOCIAL_HARDSHIP:HEALTH", r -> weighted(r, new String[] {"Décrochage scolaire",
                "Conduites addictives", "Violences intrafamiliales", "Logement", "Insertion professionnelle"}, 30, 15, 15, 20, 20)),
            c("date_premier_contact", "N:DATE", r -> date(r, 2023, 2025))),
            DataSubject.PERSON, false, "street youth work: justice follow-up, difficulties"));
        all.addAll(fourthRound());
        all.addAll(fifthRound());
        all.addAll(sixthRound());
        return all;
    }

    /** A fourth round, written before running the classifier on it and scored once before any change. */
    static List<Dataset> fourthRound() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("vaccination_centre", List.of(
            c("patient", "I:PERSON_NAME", r -> otherName(r)),
            c("nir", "I:FR_NIR", r -> r.p().nir),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("vaccin", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"Comirnaty", "Spikevax", "Efluelda", "Vaxigrip"})),
            c("dose", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"1", "2", "Rappel"})),
            c("lot", "N", r -> "FK" + r.f().between(1000, 1040)),
            c("vaccinateur", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Dr Aurèle DUTERTRE", "IDE Romane PUJOL",
                "Dr Kenji TRAN"})),
            c("effets_indesirables", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Aucun", "Fièvre",
                "Douleur au point d'injection", "Fatigue"}, 70, 10, 15, 5)),
            c("date_injection", "N:DATE", r -> date(r, 2024, 2025))),
            DataSubject.PERSON, false, "vaccination centre: vaccines, doses, side effects"));

        all.add(new Dataset("logement_attributions", List.of(
            c("num_demande", "I:RECORD_IDENTIFIER", r -> "031" + (2400000 + r.index() * 13) + "X"),
            c("demandeur", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("reservataire", "N", r -> r.f().pick(new String[] {"Préfecture", "Action Logement", "Ville", "Bailleur"})),
            c("logement_attribue", "I:STREET_ADDRESS", r -> r.f().between(1, 80) + " rue " + r.f().pick(new String[] {
                "des Pins", "Vestrepain", "de Bagatelle"}) + ", apt " + r.f().between(1, 60)),
            c("typologie", "N", r -> r.f().pick(new String[] {"T2", "T3", "T4"})),
            c("loyer_principal", "S:AMOUNT:FINANCIAL", r -> r.f().amount(280, 720).replace('.', ',')),
            c("apl_estimee", "S:SOCIAL_BENEFIT:FINANCIAL", r -> r.f().amount(0, 380).replace('.', ',')),
            c("public_prioritaire", "S:SOCIAL_HARDSHIP:HEALTH", r -> weighted(r, new String[] {"Non", "DALO", "Violences",
                "Handicap", "Sortie d'hébergement"}, 55, 15, 10, 10, 10)),
            c("refus_motif", "S:SOCIAL_HARDSHIP:HEALTH", sometimes(0.3, r -> r.f().pick(new String[] {"Logement trop éloigné",
                "Loyer trop cher", "Étage élevé incompatible avec le handicap", "Quartier non souhaité"})))),
            DataSubject.PERSON, false, "social housing allocations: priority publics, reasons of refusal"));

        all.add(new Dataset("portage_repas", List.of(
            c("beneficiaire", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT) + " " + r.f().pick(OTHER_FIRST)),
            c("adresse_livraison", "I:STREET_ADDRESS", r -> r.p().address),
            c("texture", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Normale", "Hachée", "Mixée"}, 70, 20, 10)),
            c("regime", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Normal", "Sans sel", "Diabétique"}, 60, 25, 15)),
            c("jours_livraison", "N", r -> r.f().pick(new String[] {"Lun-Ven", "Lun-Mer-Ven", "7j/7"})),
            c("tournee", "N", r -> "Tournée " + r.f().between(1, 6)),
            c("tel", "I:PHONE_NUMBER", r -> landline(r))),
            DataSubject.PERSON, false, "meals delivered to the elderly: textures and diets"));

        all.add(new Dataset("gym_members_en", List.of(
            c("Member ID", "I:RECORD_IDENTIFIER", r -> "M" + (50000 + r.index())),
            c("Full Name", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST) + " " + r.f().pick(OTHER_LAST)),
            c("Email Address", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("DOB", "Q:DATE_OF_BIRTH::AGE", r -> r.p().birth.toString()),
            c("Membership Plan", "N", r -> r.f().pick(new String[] {"Off-Peak", "Premium", "Student"})),
            c("Monthly Fee", "N", r -> r.f().pick(new String[] {"29.99", "49.99", "19.99"})),
            c("Health Questionnaire", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.9) ? "Cleared" : "Refer to GP"),
            c("Injuries", "S:DIAGNOSIS:HEALTH", r -> weighted(r, new String[] {"None", "Knee", "Back pain", "Shoulder"}, 70, 10, 15, 5)),
            c("Body Weight (kg)", "S:HEALTH_DATA:HEALTH", r -> String.valueOf(r.f().between(48, 120))),
            c("Personal Trainer", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Jake M.", "Priya S.", "Tom W."})),
            c("Last Visit", "N:DATE", r -> iso(r, 2025, 2025)),
            c("Home Club", "N", r -> r.f().pick(new String[] {"Lyon Part-Dieu", "Lyon Confluence", "Villeurbanne"})),
            c("Referral Code", "I:RECORD_IDENTIFIER", r -> "REF-" + (8000 + r.index() * 3) + "Q")),
            DataSubject.PERSON, false, "English gym export: health questionnaire, injuries, weight"));

        all.add(new Dataset("videoprotection_requisitions", List.of(
            c("num_requisition", "N", r -> "VP-2025-" + String.format(Locale.ROOT, "%04d", 100 + r.index())),
            c("date_requisition", "N:DATE", r -> date(r, 2025, 2025)),
            c("camera", "N", r -> "CAM-" + String.format(Locale.ROOT, "%03d", r.f().between(1, 90)) + " " + r.f().pick(
                new String[] {"Place du Capitole", "Allées Jean Jaurès", "Gare Matabiau"})),
            c("motif", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Vol à l'arraché", "Accident", "Rixe",
                "Dégradation du bien d'autrui"})),
            c("service_demandeur", "N", r -> r.f().pick(new String[] {"Police nationale", "Gendarmerie", "Police municipale"})),
            c("opj", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Capitaine Perrine DUTERTRE", "Lieutenant Naïm BENSALEM",
                "Brigadier Tom WOJCIK"}))),
            DataSubject.PERSON, false, "video surveillance requests by the police: offences, officers"));

        all.add(new Dataset("etat_civil_mariages", List.of(
            c("num_acte", "I:RECORD_IDENTIFIER", r -> "M-2025-" + (100 + r.index())),
            c("epoux_nom", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT)),
            c("epoux_prenoms", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("epouse_nom", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT)),
            c("epouse_prenoms", "I:PERSON_NAME", r -> r.f().pick(OTHER_FIRST)),
            c("date_mariage", "N:DATE", r -> date(r, 2025, 2025)),
            c("lieu_naissance_epoux", "Q:PLACE_OF_BIRTH::ORIGIN", r -> r.f().pick(new String[] {"Toulouse", "Alger", "Dakar",
                "Montauban", "Porto"})),
            c("profession_epoux", "Q:PROFESSION", r -> r.f().pick(Fake.PROFESSIONS)),
            c("temoin_1", "I:PERSON_NAME", r -> otherName(r)),
            c("officier", "I:PERSON_NAME", r -> r.f().pick(new String[] {"Mme Hawa OUEDRAOGO", "M. Gaspard ESTRADE"})),
            c("regime_matrimonial", "N", r -> r.f().pick(new String[] {"Communauté réduite aux acquêts", "Séparation de biens",
                "Sans contrat"}))),
            DataSubject.PERSON, false, "marriage records: spouses, witnesses, the registrar"));

        all.add(new Dataset("apprentis_cfa", List.of(
            c("apprenti", "I:PERSON_NAME", r -> otherName(r)),
            c("date_naissance", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.f().date(2000, 2009))),
            c("nationalite", "Q:NATIONALITY::ORIGIN", r -> r.p().nationality),
            c("diplome_prepare", "Q:EDUCATION_LEVEL", r -> r.f().pick(new String[] {"CAP Boulanger", "BTS MCO", "Bac pro MELEC"})),
            c("entreprise_accueil", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Boulangerie Carrère", "Garage du Canal",
                "Électricité Pujol"})),
            c("maitre_apprentissage", "I:PERSON_NAME", r -> (r.p().female ? "Mme " : "M. ") + otherName(r)),
            c("salaire_brut", "S:INCOME:FINANCIAL", r -> r.f().amount(600, 1500)),
            c("rqth", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.05) ? "Oui" : "Non")),
            DataSubject.PERSON, false, "apprentices: the host company is their employer"));
        return all;
    }
    private static final String[] EN_FIRST = {"Oliver", "Amelia", "Jack", "Isla", "Harry", "Priya", "Mohammed", "Grace",
        "Tyler", "Keisha", "Wei", "Siobhan", "Declan", "Aaliyah", "Connor", "Maya", "Ethan", "Chloe", "Tariq", "Bethany"};
    private static final String[] EN_LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Patel",
        "Khan", "Murphy", "O'Brien", "Johnson", "Garcia", "Nguyen", "Okafor", "Hughes", "Walsh", "Robinson", "Clarke", "Lee"};

    private static String englishName(Row r) {
        return r.f().pick(EN_FIRST) + " " + r.f().pick(EN_LAST);
    }

    /** A valid NHS number: nine digits and their modulus-11 check digit (weights 10 to 2), spaced 3-3-4. */
    static String nhsNumber(Row r) {
        while (true) {
            String nine = r.f().digits(9);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10 && nine.charAt(0) != '0') {
                String all = nine + check;
                return all.substring(0, 3) + " " + all.substring(3, 6) + " " + all.substring(6);
            }
        }
    }

    /** A valid National Insurance number: allowed prefix letters, six digits, suffix A-D. */
    static String nino(Row r) {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        while (true) {
            String prefix = "" + first.charAt(r.f().between(0, first.length() - 1)) + second.charAt(r.f().between(0, second.length() - 1));
            if (!List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix)) {
                String d = r.f().digits(6);
                return prefix + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + "ABCD".charAt(r.f().between(0, 3));
            }
        }
    }

    /** A valid US social security number: area 001-899 but 666, group 01-99, serial 0001-9999. */
    static String ssn(Row r) {
        int area = r.f().between(1, 899);
        if (area == 666) {
            area = 667;
        }
        return String.format(Locale.ROOT, "%03d-%02d-%04d", area, r.f().between(1, 99), r.f().between(1, 9999));
    }

    /**
     * A fifth round, written before running the classifier on it and scored once before any change: English
     * and coded identifiers of persons (MRN, NHS and National Insurance numbers, SSN, actor and user ids),
     * English HR and health vocabulary, and tables whose rows are areas (counts and rates, no person per row)
     * next to person files that hold counts and places.
     */
    static List<Dataset> fifthRound() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("outpatient_clinic_en", List.of(
            c("MRN", "I:RECORD_IDENTIFIER", r -> String.valueOf(7_300_000 + r.index() * 17)),
            c("NHS No", "I:UK_NHS_NUMBER", r -> nhsNumber(r)),
            c("Patient", "I:PERSON_NAME", r -> englishName(r)),
            c("Date Of Birth", "Q:DATE_OF_BIRTH::AGE", r -> Fake.dmy(r.p().birth)),
            c("Postcode", "Q:POSTAL_CODE", r -> r.f().pick(new String[] {"LS6 2QF", "LS11 5DN", "BD3 9JH", "LS9 7TF", "WF1 2SL"})),
            c("Ethnic Category", "S:ETHNIC_ORIGIN:SPECIAL_CATEGORY:ORIGIN", r -> weighted(r, new String[] {"White - British",
                "White - Irish", "Asian or Asian British - Pakistani", "Black or Black British - Caribbean",
                "Mixed - White and Black African", "Not stated"}, 50, 5, 20, 10, 5, 10)),
            c("Clinic", "N", r -> r.f().pick(new String[] {"Cardiology OPD", "Respiratory OPD", "Fracture Clinic"})),
            c("Referral Source", "N", r -> r.f().pick(new String[] {"GP", "A&E", "Consultant", "Self-referral"})),
            c("Presenting Complaint", "S:DIAGNOSIS:HEALTH", r -> r.f().pick(new String[] {"Chest pain", "Shortness of breath",
                "Wrist fracture", "Palpitations", "Chronic cough"})),
            c("Appointment Date", "N:DATE", r -> iso(r, 2025, 2025))),
            DataSubject.PERSON, false, "English outpatient clinic: MRN, NHS number, ethnic category, complaint"));

        all.add(new Dataset("hr_absence_uk", List.of(
            c("Employee No", "I:RECORD_IDENTIFIER", r -> String.valueOf(104_000 + r.index() * 3)),
            c("NI Number", "I:UK_NINO", r -> nino(r)),
            c("Employee Name", "I:PERSON_NAME", r -> englishName(r)),
            c("Job Title", "Q:PROFESSION", r -> r.f().pick(new String[] {"Care Assistant", "Librarian", "Refuse Collector",
                "Social Worker", "Admin Officer"})),
            c("Directorate", "Q:WORKPLACE", r -> r.f().pick(new String[] {"Adult Social Care", "Environment", "Libraries",
                "Children's Services"})),
            c("Absence Type", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Sick leave", "Annual leave",
                "Compassionate leave", "Medical appointment", "Unpaid leave"}, 35, 35, 10, 10, 10)),
            c("Fit Note", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.3) ? "Yes" : "No"),
            c("OH Referral", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"Not required", "Referred",
                "Awaiting report"}, 70, 20, 10)),
            c("Reasonable Adjustments", "S:DISABILITY:HEALTH:DISABILITY", r -> weighted(r, new String[] {"None",
                "Phased return", "Adjusted hours", "Specialist chair", "Screen reader"}, 70, 10, 10, 5, 5)),
            c("Return to Work Interview", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.4) ? "Completed" : "Pending"),
            c("Union", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"None", "UNISON", "GMB",
                "Unite"}, 50, 30, 10, 10)),
            c("DBS Check", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"Enhanced - clear", "Basic - clear",
                "Enhanced - disclosed", "Not required"}, 50, 20, 5, 25)),
            c("Training Hours", "N", r -> String.valueOf(r.f().between(0, 40))),
            c("Start Date", "N:DATE", r -> Fake.dmy(r.f().date(2005, 2024)))),
            DataSubject.PERSON, false, "UK council HR absences: NI number, occupational health, adjustments, union, DBS"));

        all.add(new Dataset("us_benefits_enrollment", List.of(
            c("employee_id", "I:RECORD_IDENTIFIER", r -> String.valueOf(20_000 + r.index())),
            c("ssn", "I:US_SSN", r -> ssn(r)),
            c("first_name", "I:PERSON_NAME", r -> r.f().pick(EN_FIRST)),
            c("last_name", "I:PERSON_NAME", r -> r.f().pick(EN_LAST)),
            c("eeo1_category", "S:ETHNIC_ORIGIN:SPECIAL_CATEGORY:ORIGIN", r -> weighted(r, new String[] {"White",
                "Black or African American", "Asian", "Hispanic or Latino", "Two or More Races",
                "American Indian or Alaska Native"}, 50, 15, 10, 15, 5, 5)),
            c("fmla_leave", "S:HEALTH_DATA:HEALTH", r -> r.f().chance(0.1) ? "Y" : "N"),
            c("workers_comp_claim", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"None", "Open", "Closed"}, 85, 5, 10)),
            c("injury_type", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"", "Sprain", "Laceration", "Fracture",
                "Repetitive strain"}, 80, 5, 5, 5, 5)),
            c("wage_garnishment", "S:DEBT:FINANCIAL", r -> weighted(r, new String[] {"None", "Child support", "Tax levy",
                "Student loan"}, 85, 7, 4, 4)),
            c("account_no", "I:RECORD_IDENTIFIER", r -> r.f().digits(10)),
            c("job_code", "Q:PROFESSION", r -> r.f().pick(new String[] {"Warehouse Associate", "Forklift Operator",
                "Shift Supervisor", "Payroll Clerk"})),
            c("hire_date", "N:DATE", r -> iso(r, 2010, 2025))),
            DataSubject.PERSON, false, "US employer benefits: SSN, EEO-1 race category, FMLA, workers' compensation, garnishment"));

        all.add(new Dataset("pharmacy_dispensing_en", List.of(
            c("patient_id", "I:RECORD_IDENTIFIER", r -> String.valueOf(500_000 + r.index() * 7)),
            c("prescriber", "I:PERSON_NAME", r -> "Dr " + r.f().pick(EN_LAST)),
            c("medication", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"Metformin 500mg", "Atorvastatin 20mg",
                "Salbutamol inhaler", "Sertraline 50mg", "Levothyroxine 75mcg", "Amlodipine 5mg"})),
            c("allergies_noted", "S:DIAGNOSIS:HEALTH", r -> weighted(r, new String[] {"None known", "Penicillin", "Latex",
                "Sulfa drugs"}, 70, 15, 5, 10)),
            c("dx_code", "S:ICD10_CODE:HEALTH", r -> r.f().pick(Fake.ICD10)),
            c("payer", "S:HEALTH_DATA:HEALTH", r -> r.f().pick(new String[] {"Medicare", "Medicaid", "Blue Cross Blue Shield",
                "Aetna", "Self-pay"})),
            c("quantity", "N", r -> String.valueOf(r.f().between(1, 90))),
            c("store_id", "N", r -> "ST-0" + r.f().between(10, 19)),
            c("dispensed_on", "N:DATE", r -> iso(r, 2025, 2025))),
            DataSubject.PERSON, false, "US pharmacy dispensing: medication, allergies, diagnosis codes, payer"));

        all.add(new Dataset("portal_audit_log", List.of(
            c("event_time", "N:DATE", r -> iso(r, 2025, 2025) + "T" + String.format(Locale.ROOT, "%02d:%02d:00", r.f().between(0, 23),
                r.f().between(0, 59))),
            c("actor_id", "I:RECORD_IDENTIFIER", r -> String.valueOf(30_000 + r.f().between(0, 80) * 13)),
            c("action", "N", r -> r.f().pick(new String[] {"login", "download", "update_profile", "logout"})),
            c("resource", "N", r -> r.f().pick(new String[] {"/dossiers", "/factures", "/profil", "/accueil"})),
            c("status_code", "N", r -> r.f().pick(new String[] {"200", "200", "302", "403"})),
            c("client_ip", "I:IP_ADDRESS", r -> "10." + r.f().between(0, 255) + "." + r.f().between(0, 255) + "." + r.f().between(1, 254))),
            DataSubject.PERSON, false, "citizen portal audit log: actors by number"));

        all.add(new Dataset("indicateurs_iris_toulouse", List.of(
            c("code_iris", "N", r -> "31555" + String.format(Locale.ROOT, "%04d", 101 + r.index())),
            c("libelle_iris", "N", r -> r.f().pick(new String[] {"Bagatelle", "Empalot", "Minimes", "Rangueil", "Lardenne",
                "Borderouge"}) + " " + (1 + r.index() % 9)),
            c("commune", "N", r -> "Toulouse"),
            c("population", "N", r -> String.valueOf(r.f().between(1200, 4800))),
            c("nb_allocataires_caf", "N", r -> String.valueOf(r.f().between(100, 1400))),
            c("taux_pauvrete", "N", r -> r.f().between(5, 45) + "," + r.f().between(0, 9)),
            c("revenu_median", "N", r -> String.valueOf(r.f().between(11000, 32000))),
            c("part_plus_75_ans", "N", r -> r.f().between(3, 18) + "," + r.f().between(0, 9)),
            c("age_moyen", "N", r -> r.f().between(31, 48) + "," + r.f().between(0, 9))),
            DataSubject.PLACE, true, "IRIS indicators: one area per row, counts and rates"));

        all.add(new Dataset("resultats_bureaux_vote", List.of(
            c("num_bureau", "N", r -> String.format(Locale.ROOT, "%04d", 101 + r.index())),
            c("lieu_vote", "N", r -> r.f().pick(new String[] {"École Jules Ferry", "Salle des fêtes", "Gymnase Compans",
                "Maison de quartier Bagatelle"})),
            c("inscrits", "N", r -> String.valueOf(r.f().between(600, 1400))),
            c("votants", "N", r -> String.valueOf(r.f().between(300, 900))),
            c("exprimes", "N", r -> String.valueOf(r.f().between(280, 880))),
            c("pct_participation", "N", r -> r.f().between(35, 75) + "," + r.f().between(0, 99)),
            c("voix_liste_1", "N", r -> String.valueOf(r.f().between(50, 400))),
            c("voix_liste_2", "N", r -> String.valueOf(r.f().between(50, 400)))),
            DataSubject.PLACE, true, "municipal election results per polling station"));

        all.add(new Dataset("lsoa_health_profile_en", List.of(
            c("LSOA Code", "N", r -> "E0100" + String.format(Locale.ROOT, "%04d", 2000 + r.index())),
            c("LSOA Name", "N", r -> "Leeds " + String.format(Locale.ROOT, "%03d", 1 + r.index() / 4) + (char) ('A' + r.index() % 4)),
            c("Population", "N", r -> String.valueOf(r.f().between(1300, 2600))),
            c("Mean Age", "N", r -> r.f().between(28, 49) + "." + r.f().between(0, 9)),
            c("Limiting Long-term Illness (%)", "N", r -> r.f().between(8, 30) + "." + r.f().between(0, 9)),
            c("Diabetes Prevalence (%)", "N", r -> r.f().between(4, 11) + "." + r.f().between(0, 9)),
            c("Claimant Count", "N", r -> String.valueOf(r.f().between(10, 240))),
            c("IMD Decile", "N", r -> String.valueOf(r.f().between(1, 10)))),
            DataSubject.PLACE, true, "English small-area health profile: one LSOA per row"));

        all.add(new Dataset("hospital_wards_en", List.of(
            c("Ward", "N", r -> "Ward " + (1 + r.index()) + " - " + r.f().pick(new String[] {"Cardiology", "Respiratory",
                "Elderly Care", "Orthopaedics", "Maternity"})),
            c("Specialty", "N", r -> r.f().pick(new String[] {"Cardiology", "Respiratory", "Elderly Care", "Orthopaedics"})),
            c("Beds", "N", r -> String.valueOf(r.f().between(12, 32))),
            c("Occupancy Rate (%)", "N", r -> String.valueOf(r.f().between(60, 100))),
            c("Ward Manager", "I:PERSON_NAME", r -> englishName(r)),
            c("Extension", "N", r -> String.valueOf(r.f().between(4000, 4999)))),
            DataSubject.PLACE, false, "a hospital's list of wards: places, with their manager"));

        all.add(new Dataset("inscrits_piscine_seances", List.of(
            c("id_inscrit", "I:RECORD_IDENTIFIER", r -> String.valueOf(8800 + r.index())),
            c("nom", "I:PERSON_NAME", r -> r.f().pick(OTHER_LAST).toUpperCase(Locale.ROOT)),
            c("commune", "Q:COMMUNE", r -> toulouse(r)[0]),
            c("nb_seances", "N", r -> String.valueOf(r.f().between(1, 40))),
            c("taux_presence", "N", r -> r.f().between(40, 100) + " %"),
            c("montant_paye", "S:AMOUNT:FINANCIAL", r -> r.f().amount(20, 180))),
            DataSubject.PERSON, false, "swimming-pool registrations: a person per row, with counts and rates"));

        all.add(new Dataset("suppliers_en", List.of(
            c("supplier_id", "N", r -> "SUP-" + String.format(Locale.ROOT, "%04d", 1 + r.index())),
            c("company_name", "N:ORGANISATION_NAME", r -> r.f().pick(new String[] {"Northern Catering Ltd", "Acme Cleaning Services Ltd",
                "Yorkshire Print plc", "Leeds Office Supplies Ltd"}) + " " + (r.index() + 1)),
            c("account_manager", "I:PERSON_NAME", r -> englishName(r)),
            c("spend_ytd", "N", r -> r.f().amount(1000, 90000)),
            c("category", "N", r -> r.f().pick(new String[] {"Catering", "Cleaning", "Printing", "Stationery"}))),
            DataSubject.ORGANISATION, false, "suppliers: an organisation's id, its account manager"));
        return all;
    }

    private static final String[][] LOCAL_NAMES = {
        {"Lukas", "Anna", "Jonas", "Leonie", "Felix", "Marie", "Tobias", "Katharina", "Maximilian", "Sophie"},
        {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz"},
        {"Javier", "Lucía", "Alejandro", "Carmen", "Pablo", "Marta", "Sergio", "Elena", "Diego", "Laura"},
        {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"},
        {"Giuseppe", "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Valentina", "Matteo", "Sara"},
        {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"},
        {"Daan", "Emma", "Sem", "Julia", "Lars", "Sanne", "Bram", "Fleur", "Thijs", "Lotte"},
        {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Peeters", "Janssens", "Maes"}};

    /** A first and family name of language {@code lang} (0 German, 1 Spanish, 2 Italian, 3 Dutch/Flemish). */
    private static String localName(Row r, int lang) {
        return r.f().pick(LOCAL_NAMES[2 * lang]) + " " + r.f().pick(LOCAL_NAMES[2 * lang + 1]);
    }

    /** Free text made of three parts drawn apart: many different sentences of several words. */
    private static String sentence(Row r, String[] openings, String[] middles, String[] endings) {
        return r.f().pick(openings) + " " + r.f().pick(middles) + ", " + r.f().pick(endings);
    }

    /**
     * A sixth round, written before running the classifier on it and scored once before any change: health,
     * special categories and offences written in German, Spanish, Italian, Dutch and English, in column names and
     * in values, and free-text comments about persons (held for review: SENSITIVE) beside free text describing
     * places and organisations (harmless).
     */
    static List<Dataset> sixthRound() {
        List<Dataset> all = new ArrayList<>();
        all.add(new Dataset("patienten_klinik_de", List.of(
            c("Patientennummer", "I:RECORD_IDENTIFIER", r -> String.valueOf(4_100_000 + r.index() * 11)),
            c("Name", "I:PERSON_NAME", r -> localName(r, 0)),
            c("E-Mail", "I:EMAIL_ADDRESS", r -> r.p().email),
            c("Diagnose", "S:DIAGNOSIS:HEALTH", r -> r.f().pick(new String[] {"Diabetes mellitus Typ 2", "Bluthochdruck",
                "Asthma bronchiale", "Depression", "Herzinsuffizienz", "Bandscheibenvorfall"})),
            c("Behinderung", "S:DISABILITY:HEALTH:DISABILITY", r -> weighted(r, new String[] {"Keine", "Gehbehinderung",
                "Sehbehinderung", "Schwerbehindert (GdB 50)", "Hörbehinderung"}, 60, 10, 10, 10, 10)),
            c("Religionszugehörigkeit", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> weighted(r, new String[] {"römisch-katholisch",
                "evangelisch", "ohne", "muslimisch", "jüdisch"}, 30, 30, 25, 10, 5)),
            c("Aufnahmedatum", "N:DATE", r -> iso(r, 2025, 2025)),
            c("Bemerkung", "S:FREE_TEXT", r -> sentence(r, new String[] {"Patient kam pünktlich zum Termin",
                "Angehörige haben angerufen", "Rückruf wegen Terminverschiebung erbeten", "Unterlagen wurden nachgereicht",
                "Patientin wünscht Einzelzimmer"}, new String[] {"laut Pflegeteam", "nach Rücksprache mit der Station",
                "am Vormittag", "vor der Visite", "beim Empfang"}, new String[] {"weiteres Vorgehen besprochen",
                "Kontaktdaten aktualisiert", "nächster Termin in drei Wochen", "keine weiteren Anmerkungen"}))),
            DataSubject.PERSON, false, "German clinic: diagnoses, disability, religion in German words, free-text remarks"));

        all.add(new Dataset("bussgeldstelle_de", List.of(
            c("Aktenzeichen", "I:RECORD_IDENTIFIER", r -> "BG-" + (2025_00000 + r.index() * 7)),
            c("Betroffener", "I:PERSON_NAME", r -> localName(r, 0)),
            c("Tatvorwurf", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Geschwindigkeitsüberschreitung innerorts",
                "Rotlichtverstoß", "Fahren ohne Fahrerlaubnis", "Trunkenheit im Verkehr", "Unerlaubtes Entfernen vom Unfallort"})),
            c("Sanktion", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Bußgeld", "Fahrverbot", "Geldstrafe", "Verwarnungsgeld",
                "Freiheitsstrafe auf Bewährung"})),
            c("Tatdatum", "N:DATE", r -> Fake.dmy(r.f().date(2024, 2025)))),
            DataSubject.PERSON, false, "German fines office: offences and sanctions in German"));

        all.add(new Dataset("expedientes_penales_es", List.of(
            c("nombre", "I:PERSON_NAME", r -> localName(r, 1)),
            c("delito", "S:OFFENCE:OFFENCE", r -> r.f().pick(new String[] {"Robo con violencia", "Hurto", "Lesiones", "Estafa",
                "Conducción bajo los efectos del alcohol", "Amenazas"})),
            c("condena", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"Multa", "Pena de prisión", "Trabajos en beneficio de la comunidad",
                "Absuelto", "Libertad condicional"}, 30, 20, 20, 20, 10)),
            c("afiliacion_sindical", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"CCOO", "UGT", "CGT", "Ninguna"},
                25, 25, 10, 40)),
            c("discapacidad", "S:DISABILITY:HEALTH:DISABILITY", r -> r.f().chance(0.15) ? "Sí" : "No"),
            c("fecha_juicio", "N:DATE", r -> Fake.dmy(r.f().date(2023, 2025))),
            c("observaciones", "S:FREE_TEXT", r -> sentence(r, new String[] {"El interesado se presentó puntualmente",
                "Se aportó la documentación solicitada", "La vista se aplazó a petición de la defensa", "Se notificó la resolución",
                "El abogado solicitó una copia del expediente"}, new String[] {"en la sede del juzgado", "por correo certificado",
                "durante la mañana", "tras la comparecencia", "según consta en el acta"}, new String[] {"sin incidencias",
                "queda pendiente la firma", "se archiva una copia", "próxima cita en un mes"}))),
            DataSubject.PERSON, false, "Spanish criminal case files: offences, sentences, union, disability"));

        all.add(new Dataset("pazienti_ambulatorio_it", List.of(
            c("nome", "I:PERSON_NAME", r -> r.f().pick(LOCAL_NAMES[4])),
            c("cognome", "I:PERSON_NAME", r -> r.f().pick(LOCAL_NAMES[5])),
            c("diagnosi", "S:DIAGNOSIS:HEALTH", r -> r.f().pick(new String[] {"Ipertensione arteriosa", "Diabete mellito di tipo 2",
                "Asma", "Depressione", "Frattura del polso", "Insufficienza renale cronica"})),
            c("disabilità", "S:DISABILITY:HEALTH:DISABILITY", r -> weighted(r, new String[] {"Nessuna", "Invalidità civile 100%",
                "Legge 104", "Cecità parziale", "Sordità"}, 60, 10, 10, 10, 10)),
            c("religione", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> weighted(r, new String[] {"Cattolica", "Musulmana", "Ortodossa",
                "Nessuna"}, 50, 15, 10, 25)),
            c("data_visita", "N:DATE", r -> Fake.dmy(r.f().date(2025, 2025))),
            c("note", "S:FREE_TEXT", r -> sentence(r, new String[] {"Il paziente si è presentato in anticipo",
                "La figlia ha chiamato per spostare l'appuntamento", "Documenti consegnati allo sportello", "Richiesta copia del referto",
                "La signora preferisce essere contattata al mattino"}, new String[] {"secondo l'infermiera", "dopo il colloquio",
                "in sala d'attesa", "come concordato", "tramite il medico di famiglia"}, new String[] {"nulla da segnalare",
                "prossimo controllo tra un mese", "aggiornati i recapiti", "pratica chiusa"}))),
            DataSubject.PERSON, false, "Italian outpatient clinic: diagnoses, disability, religion, free-text notes"));

        all.add(new Dataset("dipendenti_comune_it", List.of(
            c("nome_cognome", "I:PERSON_NAME", r -> localName(r, 2)),
            c("mansione", "Q:PROFESSION", r -> r.f().pick(new String[] {"Istruttore amministrativo", "Agente di polizia locale",
                "Educatore", "Bibliotecario"})),
            c("iscrizione_sindacale", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"CGIL", "CISL", "UIL",
                "Nessuna"}, 25, 20, 15, 40)),
            c("condanne_penali", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"Nessuna", "Furto", "Truffa",
                "Guida in stato di ebbrezza", "Lesioni personali"}, 80, 5, 5, 5, 5)),
            c("invalidità", "S:DISABILITY:HEALTH:DISABILITY", r -> weighted(r, new String[] {"Nessuna", "Invalidità civile 67%",
                "Legge 104/92"}, 80, 10, 10)),
            c("data_assunzione", "N:DATE", r -> Fake.dmy(r.f().date(1995, 2024)))),
            DataSubject.PERSON, false, "Italian municipal staff: union, criminal convictions, disability"));

        all.add(new Dataset("leden_register_nl", List.of(
            c("naam", "I:PERSON_NAME", r -> localName(r, 3)),
            c("vakbond", "S:UNION_MEMBERSHIP:SPECIAL_CATEGORY", r -> weighted(r, new String[] {"FNV", "CNV", "ACV", "ABVV", "geen"},
                25, 15, 15, 15, 30)),
            c("politieke_voorkeur", "S:POLITICAL_OPINION:SPECIAL_CATEGORY", r -> r.f().pick(new String[] {"VVD", "PvdA", "CDA", "D66",
                "GroenLinks", "geen"})),
            c("seksuele_geaardheid", "S:SEXUAL_ORIENTATION:SPECIAL_CATEGORY:SEXUAL_ORIENTATION", r -> weighted(r, new String[] {"heteroseksueel",
                "homoseksueel", "biseksueel", "zeg ik liever niet"}, 70, 10, 10, 10)),
            c("strafblad", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"geen", "diefstal", "mishandeling", "oplichting"},
                85, 5, 5, 5)),
            c("gezondheidstoestand", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"goed", "chronische ziekte",
                "suikerziekte", "hartziekte"}, 70, 10, 10, 10)),
            c("opmerkingen", "S:FREE_TEXT", r -> sentence(r, new String[] {"Lid heeft gebeld over de contributie",
                "Nieuw adres doorgegeven via het formulier", "Wil graag de nieuwsbrief per post ontvangen", "Heeft de vergadering bijgewoond",
                "Vraagt om een afspraak met de consulent"}, new String[] {"volgens de administratie", "na het gesprek",
                "in de ochtend", "zoals afgesproken", "via de balie"}, new String[] {"verder geen bijzonderheden",
                "terugbellen volgende week", "gegevens bijgewerkt", "dossier afgesloten"}))),
            DataSubject.PERSON, false, "Dutch and Flemish member register: union, party, orientation, criminal record, health"));

        all.add(new Dataset("staff_vetting_en", List.of(
            c("Employee", "I:PERSON_NAME", r -> englishName(r)),
            c("Criminal Offence", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"None declared", "Theft", "Burglary",
                "Common assault", "Drink driving"}, 80, 5, 5, 5, 5)),
            c("Sentence", "S:OFFENCE:OFFENCE", r -> weighted(r, new String[] {"None", "Community order", "Suspended sentence",
                "Conditional discharge", "Custodial sentence"}, 80, 5, 5, 5, 5)),
            c("Religion or Belief", "S:RELIGION:SPECIAL_CATEGORY:RELIGION", r -> r.f().pick(new String[] {"Christian", "Muslim",
                "Hindu", "No religion", "Sikh", "Prefer not to say"})),
            c("Long-term Condition", "S:HEALTH_DATA:HEALTH", r -> weighted(r, new String[] {"None", "Epilepsy", "Multiple sclerosis",
                "Dyslexia", "Arthritis"}, 70, 5, 5, 10, 10)),
            c("Case Notes", "S:FREE_TEXT", r -> sentence(r, new String[] {"Spoke with the employee on the phone",
                "Manager asked for an update", "References received from the previous employer", "Paperwork returned by post",
                "Employee requested a meeting"}, new String[] {"this morning", "after the interview", "at the front desk",
                "as agreed last week", "through the HR portal"}, new String[] {"nothing further to add", "follow up next week",
                "file updated", "case closed"}))),
            DataSubject.PERSON, false, "English staff vetting: offences, sentences, religion, conditions, case notes"));

        all.add(new Dataset("freibaeder_de", List.of(
            c("Bad", "N:ORGANISATION_NAME", r -> "Freibad " + r.f().pick(new String[] {"Nord", "Süd", "am Stadtpark", "Westend",
                "Rheinwiesen"}) + " " + (1 + r.index())),
            c("Öffnungszeiten", "N:FACILITY", r -> r.f().pick(new String[] {"Mo-Fr 6:30-20:00", "Mo-So 9:00-19:00", "Sa-So 8:00-20:00"})),
            c("Beschreibung", "N:FREE_TEXT", r -> sentence(r, new String[] {"Beheiztes Sportbecken mit 50-Meter-Bahnen",
                "Familienbad mit großer Liegewiese", "Naturbad mit biologischer Wasseraufbereitung", "Erlebnisbad mit Rutsche und Sprungturm",
                "Kleines Freibad mit Nichtschwimmerbecken"}, new String[] {"neben dem Sportplatz", "am Ortsrand", "mit Kiosk",
                "mit Beachvolleyballfeld", "nahe der Bushaltestelle"}, new String[] {"barrierefreier Zugang vorhanden",
                "Parkplätze vor dem Eingang", "Umkleiden 2024 saniert", "Saison von Mai bis September"}))),
            DataSubject.PLACE, false, "German open-air pools: free-text descriptions of places"));

        all.add(new Dataset("asociaciones_registro_es", List.of(
            c("nombre_asociacion", "N:ORGANISATION_NAME", r -> "Asociación " + r.f().pick(new String[] {"Cultural", "Vecinal",
                "Deportiva", "Juvenil"}) + " " + r.f().pick(new String[] {"El Carmen", "San Blas", "La Latina", "Triana"}) + " " + (1 + r.index())),
            c("forma_juridica", "N:LEGAL_FORM", r -> "Asociación"),
            c("descripcion_actividades", "N:FREE_TEXT", r -> sentence(r, new String[] {"Organiza talleres de teatro",
                "Gestiona un huerto urbano", "Coordina la fiesta del barrio", "Ofrece clases de ajedrez", "Mantiene una biblioteca vecinal"},
                new String[] {"para todas las edades", "en el centro cívico", "los fines de semana", "con voluntarios del barrio",
                "durante el verano"}, new String[] {"con financiación municipal", "abierta al público", "desde hace diez años",
                "en colaboración con el colegio"}))),
            DataSubject.ORGANISATION, false, "Spanish register of associations: free-text descriptions of activities"));
        return all;
    }
}
