package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coded microdata sent in the layout of a published schema (ONISR's road-accident files, Cerema's EMC² travel survey):
 * a file whose header is mostly one schema's variables is read through that schema's code book, a file that shares a
 * few names with it by chance is not; and one-digit codes under a name of the social security number are no NIR.
 * Files in {@code src/test/resources/classify/attacks-30/} (README there, block codes30).
 */
class PublishedMicrodataSchemasTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");

    private static void assertReleased(String file, String column) {
        Fixtures.assertReleased(FILES.column(file, column));
    }

    private static void assertNotReleased(String file, String column) {
        Fixtures.assertNotReleased(FILES.column(file, column));
    }

    // ---- a NIR has thirteen digits and a key ----

    /** Safety-equipment codes (-1..9) under Secu 1, secu_2, Sécu3 are no social security number, and stay held. */
    @Test
    void oneDigitCodesUnderSecuNamesAreNoSocialSecurityNumber() {
        for (String column : new String[] {"Secu 1", "secu_2", "Sécu3"}) {
            ColumnClassification c = FILES.column("c30_prevention_routiere_equipements.csv", column);
            assertThat(c.infoType()).as(column).isNotEqualTo("FR_NIR");
            assertThat(c.attributeType()).as(column).isNotEqualTo(AttributeType.INSENSITIVE);
        }
    }

    /** Look-alike: a NIR under secu, whole or in groups, and one masked after the birth month stay NIRs. */
    @Test
    void aWholeOrMaskedNirUnderSecuStaysANir() {
        assertThat(FILES.column("c30_mutuelle_adherents_secu.csv", "secu").infoType()).isEqualTo("FR_NIR");
        assertThat(FILES.column("c30_mutuelle_adherents_secu.csv", "NIR masqué").infoType()).isEqualTo("FR_NIR");
    }

    // ---- a schema's variables ----

    /** ONISR's usagers file (2019 layout): the codes of things released, the injury severity health, the ids kept. */
    @Test
    void theRoadAccidentUsersFileIsReadThroughItsCodeBook() {
        String file = "c30_onisr_usagers_2019.csv";
        for (String column : new String[] {"num_veh", "catu", "place", "trajet", "secu1", "secu2", "secu3", "locp", "actp",
                "etatp"}) {
            assertReleased(file, column);
        }
        ColumnClassification grav = FILES.column(file, "grav");
        assertThat(grav.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(grav.domain()).isEqualTo(Domain.HEALTH);
        assertThat(FILES.column(file, "id_vehicule").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(FILES.column(file, "Num_Acc").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(FILES.column(file, "sexe").infoType()).isEqualTo("GENDER");
        assertThat(FILES.column(file, "an_nais").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** A department's own columns beside the schema's (a victim's name, a note) keep what they were. */
    @Test
    void aDepartmentsOwnColumnsBesideTheSchemaKeepTheirReading() {
        String file = "c30_baac_usagers_departement.csv";
        assertReleased(file, "catu");
        assertReleased(file, "secu1");
        assertThat(FILES.column(file, "grav").domain()).isEqualTo(Domain.HEALTH);
        assertThat(FILES.column(file, "nom_victime").infoType()).isEqualTo("PERSON_NAME");
        assertThat(FILES.column(file, "observations").domain()).isEqualTo(Domain.HEALTH);
    }

    /** ONISR's vehicles file: a vehicle's codes released, the accident's number kept. */
    @Test
    void theRoadAccidentVehiclesFileReleasesAVehiclesCodes() {
        String file = "c30_onisr_vehicules_2022.csv";
        for (String column : new String[] {"num_veh", "senc", "catv", "obs", "obsm", "choc", "manv", "motor", "occutc"}) {
            assertReleased(file, column);
        }
        assertThat(FILES.column(file, "Num_Acc").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Fail closed: a schema's code column a department filled with words (a passenger's name, a route) stays held. */
    @Test
    void wordsUnderASchemasCodeAreNotReleased() {
        String file = "c30_baac_usagers_libelles_libres.csv";
        assertNotReleased(file, "place");
        assertNotReleased(file, "trajet");
        assertReleased(file, "catu");
    }

    /** Look-alike: three of a schema's names by chance among a file's seven are no schema: nothing is released. */
    @Test
    void aFewOfASchemasNamesByChanceReadNothing() {
        String file = "c30_parking_abonnes_places.csv";
        assertNotReleased(file, "place");
        assertNotReleased(file, "trajet");
        assertNotReleased(file, "secu1");
        assertThat(FILES.column(file, "secu1").infoType()).isNotEqualTo("FR_NIR");
    }

    /** Cerema's EMC² persons: sex, age, study level, occupation quasi-identifying; disability health; codes released. */
    @Test
    void theTravelSurveysPersonsFileIsReadThroughItsCodeBook() {
        String file = "c30_emc2_personnes_agglo.csv";
        assertThat(FILES.column(file, "P2").infoType()).isEqualTo("GENDER");
        assertThat(FILES.column(file, "P4").infoType()).isEqualTo("AGE");
        for (String column : new String[] {"ZFP", "P8", "P9", "P11"}) {
            ColumnClassification c = FILES.column(file, column);
            assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        }
        ColumnClassification handi = FILES.column(file, "HANDI");
        assertThat(handi.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(handi.domain()).isEqualTo(Domain.HEALTH);
        for (String column : new String[] {"P7", "PENQ", "NBDEPL"}) {
            assertReleased(file, column);
        }
        assertThat(FILES.column(file, "ECH").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** INSEE's census dwellings file: the reference person's mode of transport to work is a code, released. */
    @Test
    void theCensusDwellingsFileReleasesTheModeOfTransport() {
        String file = "c30_insee_rp_logements_lyon.csv";
        assertReleased(file, "TRANSM");
        assertThat(FILES.column(file, "SEXEM").infoType()).isEqualTo("GENDER");
        assertThat(FILES.column(file, "IRIS").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    // ---- process values of a file about persons: a weapon's legal category ----

    /** A municipal police's weapon under its legal category and kind (Cat. B - revolver, D2 - tonfa) is equipment. */
    @Test
    void aWeaponsLegalCategoryWithItsKindIsReleased() {
        assertReleased("c30_pm_dotation_armement.csv", "Catégorie de l'arme");
        assertThat(FILES.column("c30_pm_dotation_armement.csv", "Aptitude médicale").domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: a weapon column holding a withdrawal and its reason (avis psychiatre, arrêt maladie) stays held. */
    @Test
    void aWeaponsWithdrawalForHealthIsNotReleased() {
        assertNotReleased("c30_pm_armement_retraits.csv", "Arme");
    }

    /** Look-alike: a civil service category A, B, C under Catégorie is no weapon's: it stays a staff member's. */
    @Test
    void aCivilServiceCategoryIsNoWeapons() {
        assertNotReleased("c30_agents_categories_fp.csv", "Catégorie");
    }

    // ---- process values of a file about persons: a parental authorisation ----

    /** A parental authorisation given, signed or not applicable (oui, signée, sans objet) is a step of the procedure. */
    @Test
    void aParentalAuthorisationYesNoOrSignedIsReleased() {
        assertReleased("c30_sortie_scolaire_autorisations.csv", "Autorisation parentale");
        assertThat(FILES.column("c30_sortie_scolaire_autorisations.csv", "Infos santé").domain()).isEqualTo(Domain.HEALTH);
        assertReleased("c30_ferienlager_einverstaendnis_de.csv", "Einverständnis der Eltern");
    }

    /** Look-alike: a refusal with its reason (a treatment, a belief) under the same name stays held. */
    @Test
    void aParentalRefusalWithItsReasonIsNotReleased() {
        assertNotReleased("c30_vaccination_autorisations_refus.csv", "Autorisation parentale");
    }

    // ---- the rules, checked on load ----

    private static final String SCHEMA_RULES = Fixtures.minimalRules("GENDER: {attributeType: QUASI_IDENTIFYING}") + """
          - {id: list-code, attributeType: INSENSITIVE, pattern: '\\s*-?[0-9A-Z]{1,3}\\s*', alone: false}
        microdataSchemas:
          minColumns: 5
          minShare: 0.6
          codeValues: list-code
          schemas:
            baac: {file: baac.txt, source: 'ONISR, BAAC'}
        """;

    @Test
    void schemaRulesLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("baac.txt"), "# test\nsexe GENDER\ncatu code\nNum_Acc keep\n");
        assertThat(Fixtures.loadRules(dir, SCHEMA_RULES)).isNotNull();
    }

    @Test
    void anUnknownReadingInASchemaIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("baac.txt"), "sexe GENDER\ncatu CODE_OF_THING\n");
        Fixtures.assertRulesRejected(dir, SCHEMA_RULES, "microdataSchemas.schemas.baac.file", "unknown reading");
    }

    @Test
    void aSchemaShareAboveOneIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("baac.txt"), "sexe GENDER\n");
        Fixtures.assertRulesRejected(dir, SCHEMA_RULES.replace("minShare: 0.6", "minShare: 1.5"),
            "microdataSchemas.minShare", "");
    }

    @Test
    void anUnknownCodeValueRuleIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("baac.txt"), "sexe GENDER\n");
        Fixtures.assertRulesRejected(dir, SCHEMA_RULES.replace("codeValues: list-code", "codeValues: nope"),
            "microdataSchemas.codeValues", "unknown value rule");
    }

    @Test
    void aSchemaWithoutSourceIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("baac.txt"), "sexe GENDER\n");
        Fixtures.assertRulesRejected(dir, SCHEMA_RULES.replace(", source: 'ONISR, BAAC'", ""),
            "microdataSchemas.schemas.baac.source", "");
    }
}
