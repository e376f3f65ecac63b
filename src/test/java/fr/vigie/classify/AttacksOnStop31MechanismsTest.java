package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms that release a column or read a whole file as places: weekly hours released beside a
 * dependency written only in its values, a blood or breath alcohol level read as money or released, children lending
 * equipment read as an inventory, a suspect's eyes, hair and skin released as a found thing's colours; and attacks that held (a sex spelt a dozen ways, a child-welfare note in the service's
 * acronyms, badge deposits at a recycling container). Files in {@code src/test/resources/classify/attacks-32e/}
 * (README there).
 */
class AttacksOnStop31MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32e");

    @TempDir
    Path dir;

    private static void assertPersons(ClassificationResult r) {
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    // ---- hours of care beside a dependency grade ----

    /**
     * Weekly hours of home help beside a column whose values are a public dependency scale's levels (GIR 1-6 under
     * "Dépendance", PG 1-5 under "Einstufung", Grado I-III under "Valoración"): the volume of care, health data.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x32_aide_domicile_dependance_fr.csv | Heures / semaine",
        "x32_ambulante_pflege_einstufung_de.csv | Stunden pro Woche",
        "x32_ayuda_domicilio_valoracion_es.csv | Horas semanales",
    })
    void weeklyHoursBesideADependencyGradeWrittenInItsValuesAreCare(String file, String hours) {
        ClassificationResult r = FILES.file(file);

        assertPersons(r);
        assertThat(r.column(hours).attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column(hours).domain()).isEqualTo(Domain.HEALTH);
    }

    /** Other side: home helpers' contract hours beside their sick days and a team coded G1-G3 stay released. */
    @Test
    void workersContractHoursBesideTeamsCodedLikeAGirStayReleased() {
        ClassificationResult r = FILES.file("x32_auxiliaires_de_vie_equipes_fr.csv");

        assertThat(r.column("Heures / semaine").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Jours arrêt maladie").domain()).isEqualTo(Domain.HEALTH);
    }

    /** The dependency scale's levels are a pattern read on load: a broken one names its key. */
    @Test
    void aBrokenPatternOfDependencyLevelsIsRejected() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("dependencyLevels: '", "dependencyLevels: '(("),
            "careVolumes.dependencyLevels", "regular expression");
    }

    // ---- a blood or breath alcohol level ----

    /** A blood or breath alcohol level beside an offence is the result of a test of the person's body: health. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x32_delits_routiers_alcoolemie_fr.csv | Alcoolémie (g/l)",
        "x32_trunkenheitsfahrten_urteile_de.csv | BAK (Promille)",
        "x32_alcoholemia_sanciones_es.csv | Tasa alcoholemia (mg/l)",
        "x32_drink_drive_outcomes_en.csv | Breath alcohol (µg/100ml)",
    })
    void aBloodOrBreathAlcoholLevelIsHealthNotMoney(String file, String alcohol) {
        ClassificationResult r = FILES.file(file);

        assertPersons(r);
        assertThat(r.column(alcohol).attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column(alcohol).domain()).isEqualTo(Domain.HEALTH);
        assertThat(r.column(alcohol).infoType()).isEqualTo("HEALTH_DATA");
    }

    /** Other side: a wine's alcohol by volume is no person's test; its price stays money. */
    @Test
    void aWinesAlcoholByVolumeIsNotReadAsAPersonsTest() {
        ClassificationResult r = FILES.file("x32_cave_vins_degre_fr.csv");

        assertThat(r.column("Degré d'alcool (% vol)").evidence().rule()).isNotEqualTo("blood-alcohol");
        assertThat(r.column("Prix (€)").infoType()).isEqualTo("AMOUNT");
    }

    // ---- children lending equipment are no inventory ----

    /**
     * Children keyed by a bare number, one age each (a single number, no range), equipment lent with its maker and its
     * last check, the centre's address: the rows are children, not equipment; the age is theirs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x32_pret_materiel_accueil_loisirs_fr.csv | Âge",
        "x32_verleih_kita_fahrzeuge_de.csv | Alter",
    })
    void childrenWithOneAgeEachBorrowingEquipmentStayPersons(String file, String age) {
        ClassificationResult r = FILES.file(file);

        assertPersons(r);
        Fixtures.assertNotReleased(r.column(age));
    }

    /** A word opening an age range is a word: a digit among them would make a child's age a range. */
    @Test
    void anAgeRangeWordHoldingADigitIsRejected() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("    rangeWords: [", "    rangeWords: [12, "),
            "dataSubject.equipment.rangeWords", "digit");
    }

    // ---- a person's description is no found thing's colour ----

    /**
     * In the file of an offence, a suspect's eyes, hair and skin written as colours are the person's description (the
     * skin an ethnic origin): never released as a found thing's colour.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "x32_signalements_personnes_recherchees_fr.csv | Couleur des yeux",
        "x32_signalements_personnes_recherchees_fr.csv | Couleur cheveux",
        "x32_fahndung_personenbeschreibung_de.csv | Augenfarbe",
        "x32_suspect_descriptions_en.csv | Eye colour",
        "x32_suspect_descriptions_en.csv | Hair colour",
    })
    void aPersonsEyesAndHairWrittenAsColoursAreNotReleased(String file, String column) {
        ClassificationResult r = FILES.file(file);

        assertPersons(r);
        Fixtures.assertNotReleased(r.column(column));
    }

    /** A skin colour is an ethnic origin, in any of the languages the colour list reads. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "x32_signalements_personnes_recherchees_fr.csv | Couleur de peau",
        "x32_fahndung_personenbeschreibung_de.csv | Hautfarbe",
        "x32_suspect_descriptions_en.csv | Skin colour",
    })
    void aSkinColourIsAnEthnicOrigin(String file, String column) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.column(column).attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column(column).domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    // ---- a person's legal status ----

    /** A refugee's "Legal status" (asylum seeker, refugee status, leave to remain) is no company's legal form. */
    @Test
    void aPersonsImmigrationStatusNamedLegalStatusIsNotALegalForm() {
        ClassificationResult r = FILES.file("x32_refugee_support_clients_en.csv");

        assertPersons(r);
        assertThat(r.column("Legal status").infoType()).isNotEqualTo("LEGAL_FORM");
        Fixtures.assertNotReleased(r.column("Legal status"));
    }

    // ---- attacks that held ----

    /** Held: a sex spelt a dozen ways by several offices (Me, KE, Mwanamke, M/ke) is still a sex. */
    @Test
    void aSexSpeltManyWaysIsStillASex() {
        ClassificationResult r = FILES.file("x32_wanufaika_jinsia_tahajia_sw.csv");

        assertPersons(r);
        Fixtures.assertNotReleased(r.column("Jinsia"));
        assertProtected(r.column("Jina Kamili"));
    }

    /** Held: a child-welfare note of a few categories in the service's acronyms (IP, OPP, AEMO, PJJ) is not released. */
    @Test
    void aChildWelfareNoteInAcronymsIsNotReleased() {
        ClassificationResult r = FILES.file("x32_ase_suivis_observations_fr.csv");

        assertPersons(r);
        assertProtected(r.column("Observations"));
    }

    /** Held: badge deposits at a container keyed by the container stay a file of persons, the badge and holder protected. */
    @Test
    void badgeDepositsAtAContainerStayPersons() {
        ClassificationResult r = FILES.file("x32_depots_badges_conteneurs_fr.csv");

        assertPersons(r);
        assertProtected(r.column("N° badge"));
        assertProtected(r.column("Titulaire"));
    }
}
