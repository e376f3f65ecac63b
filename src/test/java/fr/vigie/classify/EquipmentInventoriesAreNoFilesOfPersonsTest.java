package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An inventory of play, sports or street equipment (EN 1176/1177 and EN 16630 inspections: a surfacing, an inspection
 * body and its result, a manufacturer, an installation year) describes equipment: its rows are places, and the age
 * range of the equipment is no person's age. The other side: children of a leisure centre, a sports club's members, a
 * care home's residents and children borrowing material, each beside equipment words, stay files about persons, their
 * age band protected. Files in {@code src/test/resources/classify/attacks-31h/} (README there).
 */
class EquipmentInventoriesAreNoFilesOfPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31h");

    /**
     * Inventories in six languages (French with decree 96-1136's checks and ages in months, "18 mois - 3 ans"; German,
     * Spanish, Italian, Dutch, English): files of places, the equipment's age range no person's age.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "e31_jeux_exterieurs_verification_fr.csv | Âge conseillé",
        "e31_spielplatzgeraete_pruefung_de.csv | Altersgruppe",
        "e31_parques_infantiles_inspeccion_es.csv | Edad recomendada",
        "e31_aree_gioco_censimento_it.csv | Fascia d'età",
        "e31_speeltoestellen_keuring_nl.csv | Leeftijdscategorie",
        "e31_outdoor_gym_equipment_en.csv | Age range",
    })
    void anEquipmentInventoryIsAFileOfPlaces(String file, String age) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column(age).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column(age).infoType()).isNotEqualTo("AGE");
    }

    /** Other side: children named beside the playground's equipment words stay persons, their age band protected. */
    @Test
    void childrenOfALeisureCentreStayPersons() {
        ClassificationResult r = FILES.file("e31_centre_loisirs_enfants_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Tranche d'âge").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        Fixtures.assertProtected(r.column("Nom"));
        Fixtures.assertProtected(r.column("Prénom"));
        Fixtures.assertProtected(r.column("Adresse"));
    }

    /** Other side: a sports club's members with their category, a facility, a surfacing and a maker stay persons. */
    @Test
    void membersOfASportsClubStayPersons() {
        ClassificationResult r = FILES.file("e31_sportverein_mitglieder_de.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertNotReleased(r.column("Altersgruppe"));
        Fixtures.assertProtected(r.column("Name"));
        Fixtures.assertProtected(r.column("Mitgliedsnummer"));
    }

    /** Other side: a care home's residents with their inspected hoists and beds stay persons (ages over 14 too). */
    @Test
    void residentsOfACareHomeWithTheirEquipmentStayPersons() {
        ClassificationResult r = FILES.file("e31_care_home_residents_equipment_en.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Age band").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        Fixtures.assertProtected(r.column("Resident ID"));
        Fixtures.assertNotReleased(r.column("Equipment"));
    }

    /** Other side: children borrowing material, keyed by the child, stay persons though their ages are under 14. */
    @Test
    void childrenBorrowingMaterialStayPersons() {
        ClassificationResult r = FILES.file("e31_campamento_ninos_material_es.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertNotReleased(r.column("Edad"));
        Fixtures.assertProtected(r.column("Nº niño"));
        Fixtures.assertProtected(r.column("Dirección"));
    }

    /**
     * Other side: a nursing home's hoists and beds keyed by the client, no name and no word for a person in the header:
     * only the ages (75 to 90 and over, beyond any equipment's intended users) keep the file about persons.
     */
    @Test
    void agesBeyondAnyEquipmentsUsersKeepAFileOfResidentsAboutPersons() {
        ClassificationResult r = FILES.file("e31_verpleeghuis_hulpmiddelen_nl.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertNotReleased(r.column("Leeftijdscategorie"));
        Fixtures.assertNotReleased(r.column("Hulpmiddel"));
    }

    /**
     * Other side: children's accidents on playgrounds, named by every equipment word and with ages under 14, are the
     * children's: an injury is a person's health, so the rows are no equipment.
     */
    @Test
    void aRegisterOfChildrensAccidentsOnPlaygroundsStaysAboutPersons() {
        ClassificationResult r = FILES.file("e31_aire_jeux_incidents_enfants_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertProtected(r.column("Blessure"));
        Fixtures.assertNotReleased(r.column("Âge"));
    }

    @Test
    void anInventoryOfOneFacetIsRejected(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("    minFacets: 3", "    minFacets: 1"),
            "dataSubject.equipment.minFacets", "at least 2");
    }

    @Test
    void anEquipmentSectionWithAnUnknownKeyIsRejected(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("    facets: [equipment-kind-names,", "    facetz: [equipment-kind-names,"),
            "dataSubject.equipment.facetz", "unknown key");
    }
}
