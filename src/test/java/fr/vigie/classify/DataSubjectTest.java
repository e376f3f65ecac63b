package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whose data a dataset holds, and what follows for its columns and for the dataset. */
class DataSubjectTest {
    private final Classifier classifier = Fixtures.classifier();

    @Test
    void aFacilityListIsNotPersonalDataAndNeedsNoDpia() {
        ClassificationResult r = Fixtures.table(List.of("nom", "adresse", "telephone", "latitude", "longitude"),
            new String[] {"Piscine Olympique Antigone", "195 avenue Jacques Cartier", "04 67 15 63 00", "43.6071", "3.8890"},
            new String[] {"Gymnase Jean Bouin", "12 rue de la Croix", "04 67 22 11 00", "43.6120", "3.8700"},
            new String[] {"Médiathèque Émile Zola", "218 boulevard de l'Aéroport", "04 67 34 87 00", "43.6080", "3.8860"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.dataset().dpiaRequired()).isFalse();
        assertThat(r.columns()).allSatisfy(c -> assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE));
        assertThat(r.column("telephone").evidence().notes()).anyMatch(n -> n.contains("not personal data"));
        assertThat(r.dataset().dataSubjectEvidence()).anyMatch(e -> e.startsWith("nom:"));
    }

    /**
     * An open-data list of equipment written with abbreviations no rule knows: its opening days and hours,
     * coordinates, switchboard and operator's SIREN say places; commune names under a "nom" are communes.
     */
    @Test
    void aFacilityListIsKnownByItsOpeningHoursAndItsCommuneNamesAreNoPersonsNames() {
        ClassificationResult r = Fixtures.table(List.of("ref", "loc_nom", "lat", "lon", "ouv_j", "ouv_h", "tel_site",
                "exploitant_siren"),
            new String[] {"A1", "Montpellier", "43.6071", "3.8890", "{lundi,mardi,mercredi,jeudi,vendredi}", "{08:00-20:00}",
                "04 67 15 63 00", "213401722"},
            new String[] {"A2", "Lattes", "43.5670", "3.9060", "{7j/7}", "{24h/24}", "04 67 22 11 00", "243400017"},
            new String[] {"A3", "Pérols", "43.5650", "3.9530", "du lundi au samedi", "9h-18h", "04 67 34 87 00",
                "213401722"},
            new String[] {"A4", "Montpellier", "43.6100", "3.8770", "{7j/7}", "{heures ouvrables}", "04 67 34 12 00",
                "243400017"});
        assertThat(r.column("loc_nom").infoType()).isNotEqualTo("PERSON_NAME");
        assertThat(r.column("ouv_h").infoType()).isEqualTo("FACILITY");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    @Test
    void anAssociationsIdentifiersAndSubsidyAreNotPersonalButItsPresidentIs() {
        ClassificationResult r = Fixtures.table(List.of("nom", "rna", "siret", "president", "tel_president", "montant_subvention",
                "code_postal"),
            new String[] {"Association Les Amis du Lez", "W343001234", "73282932000074", "Jean MARTIN", "06 12 34 56 78",
                "1500.00", "34000"},
            new String[] {"Club de judo Est", "W343005678", "54205118000066", "Marie DUBOIS", "06 98 76 54 32",
                "3200.00", "34070"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("siret").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("rna").infoType()).isEqualTo("FR_RNA");
        assertThat(r.column("montant_subvention").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("montant_subvention").domain()).isNull();
        assertThat(r.column("president").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("tel_president").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.dataset().domains()).isEmpty();
    }

    @Test
    void soleTradersStayPersonal() {
        ClassificationResult r = Fixtures.table(List.of("siret", "raison_sociale", "forme_juridique", "adresse"),
            new String[] {"73282932000074", "Jean MARTIN", "Entreprise individuelle", "12 rue de la Loge"},
            new String[] {"54205118000066", "Marie DUBOIS", "Micro-entrepreneur", "3 avenue de Toulouse"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("siret").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("raison_sociale").infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.dataset().dataSubjectEvidence()).anyMatch(e -> e.contains("sole traders"));
    }

    @Test
    void companiesAndSoleTradersTogetherAreMixedAndKeptPersonal() {
        ClassificationResult r = Fixtures.table(List.of("siret", "raison_sociale", "forme_juridique", "montant"),
            new String[] {"73282932000074", "Jean MARTIN", "Entreprise individuelle", "1200.00"},
            new String[] {"54205118000066", "SARL Lez Informatique", "SARL", "35000.00"},
            new String[] {"44306184100047", "SAS Hérault Nettoyage", "SAS", "8000.00"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.MIXED);
        assertThat(r.column("siret").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("montant").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    @Test
    void aColumnDescribingAPersonMakesTheRowsPersonsWhateverElseTheyHold() {
        ClassificationResult r = Fixtures.table(List.of("nom", "prenom", "date_naissance", "siret_employeur", "equipement"),
            new String[] {"MARTIN", "Jean", "12/03/1970", "73282932000074", "Piscine Antigone"},
            new String[] {"DUBOIS", "Marie", "01/07/1982", "54205118000066", "Gymnase Bouin"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("siret_employeur").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void aCompanysManagerIsAContactNotTheRow() {
        ClassificationResult r = Fixtures.table(List.of("siren", "denomination", "nom_dirigeant", "date_naissance_dirigeant"),
            new String[] {"732829320", "SAS Hérault Nettoyage", "Jean MARTIN", "12/03/1970"},
            new String[] {"542051180", "SARL Lez Informatique", "Marie DUBOIS", "01/07/1982"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("siren").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("date_naissance_dirigeant").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    @Test
    void withoutEvidenceOfOrganisationsOrPlacesRowsArePersons() {
        ClassificationResult r = Fixtures.table(List.of("adresse", "telephone", "montant"),
            new String[] {"12 rue de la Loge", "06 12 34 56 78", "120.00"},
            new String[] {"3 avenue de Toulouse", "07 98 76 54 32", "80.00"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("adresse").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.dataset().dataSubjectEvidence()).anyMatch(e -> e.contains("read as persons"));
    }

    @Test
    void theJsonCarriesDataSubjectEvidenceAndReviewFlagsAndKeepsItsContract() {
        ClassificationResult r = Fixtures.table(List.of("nom", "complement"),
            new String[] {"MARTIN", "Dossier complet"}, new String[] {"DUBOIS", "Urgent"},
            new String[] {"PETIT", "Handicap"}, new String[] {"ROUX", "Violences conjugales"},
            new String[] {"FABRE", "Attente de pièces"});
        JsonNode json = JsonMapper.builder().build().readTree(r.toJson());
        JsonNode dataset = json.path("dataset");
        for (String field : List.of("sensitivity", "domains", "crossesHealthAndFinance", "dpiaRequired", "personalData")) {
            assertThat(dataset.has(field)).as(field).isTrue();
        }
        assertThat(dataset.path("dataSubject").asString()).isEqualTo("PERSON");
        assertThat(dataset.path("dataSubjectEvidence").isArray()).isTrue();
        assertThat(dataset.path("columnsNeedingReview").toString()).isEqualTo("[\"complement\"]");
        JsonNode column = json.path("columns").get(1);
        assertThat(column.path("reviewNeeded").asBoolean()).isTrue();
        assertThat(column.path("attributeType").asString()).isEqualTo("SENSITIVE");
        assertThat(column.path("confidence").asDouble()).isLessThan(0.6);
        assertThat(json.path("columns").get(0).path("reviewNeeded").asBoolean()).isFalse();
        assertThat(r.toJson()).doesNotContain("Violences", "MARTIN");
    }

    @Test
    void aPinSettlesAColumnInDoubt() {
        ColumnSampler sampler = classifier.sampler(List.of("complement"));
        for (String v : Fixtures.repeat(60, "Dossier complet", "Urgent", "Handicap", "Violences conjugales", "Attente")) {
            sampler.accept(new String[] {v});
        }
        ClassificationResult r = classifier.classify("test", 60, sampler,
            Map.of("complement", new ColumnPin(AttributeType.INSENSITIVE, null, null, null, "jobs/x.yml")), null);
        assertThat(r.column("complement").reviewNeeded()).isFalse();
        assertThat(r.dataset().columnsNeedingReview()).isEmpty();
    }

    /** A table of {@code rows} rows whose cells {@code cell} makes from the row's index and the column. */
    private ClassificationResult generated(List<String> header, int rows, java.util.function.BiFunction<Integer, Integer, String> cell) {
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < rows; i++) {
            String[] row = new String[header.size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = cell.apply(i, k);
            }
            sampler.accept(row);
        }
        return classifier.classify("test", rows, sampler, Map.of(), null);
    }

    /** Counts, rates and means of IRIS: "age_moyen" and "revenu_median" describe an area, not a person. */
    @Test
    void aTableWithADifferentAreaOnEveryRowAndItsRatesIsAPlaceWithNoPersonalData() {
        ClassificationResult r = generated(List.of("code_iris", "libelle_iris", "commune", "population", "taux_pauvrete",
            "revenu_median", "age_moyen"), 80, (i, k) -> switch (k) {
                case 0 -> "31555" + (1000 + i);
                case 1 -> "Bagatelle " + i;
                case 2 -> "Toulouse";
                case 3 -> String.valueOf(1200 + 37 * i);
                case 4 -> (5 + i % 30) + "," + i % 10;
                case 5 -> String.valueOf(11000 + 97 * i);
                default -> (31 + i % 15) + "," + i % 10;
            });
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.columns()).allSatisfy(c -> assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE));
        assertThat(r.dataset().dataSubjectEvidence()).anyMatch(e -> e.startsWith("code_iris: a different area"));
    }

    /** A hospital's wards: places, whose manager is still a person (a contact). */
    @Test
    void aListOfWardsWithTheirBedsAndRatesIsAPlaceButItsManagerIsAPerson() {
        String[] first = {"Oliver", "Amelia", "Priya", "Declan", "Grace"};
        String[] last = {"Smith", "Patel", "Murphy", "Okafor", "Walsh"};
        ClassificationResult r = generated(List.of("Ward", "Beds", "Occupancy Rate (%)", "Ward Manager"), 40, (i, k) -> switch (k) {
            case 0 -> "Ward " + (i + 1) + " - Cardiology";
            case 1 -> String.valueOf(12 + i % 20);
            case 2 -> String.valueOf(60 + i % 40);
            default -> first[i % 5] + " " + last[(i / 5) % 5];
        });
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Ward").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Ward Manager").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Commune names under a "nom" are areas by their values: one commune per row with its figures. */
    @Test
    void communeNamesDifferentOnEveryRowWithTheirFiguresAreATableOfAreas() {
        String[] communes = {"Montpellier", "Lattes", "Pérols", "Castelnau-le-Lez", "Grabels", "Juvignac",
            "Villeneuve-lès-Maguelone", "Saint-Jean-de-Védas", "Clapiers", "Jacou", "Le Crès", "Vendargues", "Baillargues",
            "Castries", "Fabrègues", "Lavérune", "Pignan", "Cournonterral", "Prades-le-Lez", "Montferrier-sur-Lez"};
        ClassificationResult r = generated(List.of("nom", "population", "taux_chomage"), communes.length, (i, k) -> switch (k) {
            case 0 -> communes[i];
            case 1 -> String.valueOf(3000 + 811 * i);
            default -> (6 + i % 9) + "," + i % 10;
        });
        assertThat(r.column("nom").evidence().rule()).isNotEqualTo("person-name");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * An INSEE IRIS table: INSEE's abbreviated names ("TX_", "P21_POP", "MED21", "COM"), figures kept secret ("s"),
     * and a count of AAH beneficiaries that is a figure of the area, not a person's disability.
     */
    @Test
    void anInseeIrisTableWithSecretFiguresAndAbbreviatedNamesIsATableOfAreas() {
        ClassificationResult r = generated(List.of("CODE_IRIS", "COM", "LIBCOM", "P21_POP", "TX_POVRETE60", "NB_BENEF_AAH"), 80,
            (i, k) -> switch (k) {
                case 0 -> "69266" + (1000 + i);
                case 1 -> "69266";
                case 2 -> "Villeurbanne";
                case 3 -> String.valueOf(1800 + 23 * i);
                case 4 -> i % 5 == 0 ? "s" : (10 + i % 20) + "," + i % 10;
                default -> i % 4 == 0 ? "s" : String.valueOf(20 + i);
            });
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column("NB_BENEF_AAH").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Fail closed: a person per row (a name), or communes repeated, is no table of areas. */
    @Test
    void aFileOfPersonsWithCountsAndRatesStaysAFileOfPersons() {
        String[] communes = {"Toulouse", "Blagnac", "Balma", "Colomiers"};
        ClassificationResult repeated = generated(List.of("commune", "nb_seances", "taux_presence"), 80, (i, k) -> switch (k) {
            case 0 -> communes[i % 4];
            case 1 -> String.valueOf(1 + i % 40);
            default -> String.valueOf(40 + i % 60);
        });
        assertThat(repeated.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(repeated.column("commune").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);

        String[] first = {"Zélie", "Naïm", "Perrine", "Kenji", "Hawa", "Gaspard", "Romane", "Tiago"};
        ClassificationResult named = generated(List.of("code_iris", "nom", "prenom", "nb_seances", "taux_presence"), 80,
            (i, k) -> switch (k) {
                case 0 -> "31555" + (1000 + i);
                case 1 -> "MARTIN" + (char) ('A' + i % 26);
                case 2 -> first[i % 8];
                case 3 -> String.valueOf(1 + i % 40);
                default -> String.valueOf(40 + i % 60);
            });
        assertThat(named.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(named.dataset().personalData()).isTrue();
    }
}
