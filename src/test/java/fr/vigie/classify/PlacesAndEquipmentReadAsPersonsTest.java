package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;

/**
 * Open-data files of street furniture and of canteens, with no person in them, read as files about persons: a drinking
 * fountain named after someone read as that person's name, a parking meter's key and takings read as a person's record
 * and money, a canteen's name read as a first name. And the look-alikes that must stay personal: fountains with their
 * caretaker's name and mobile, patients whose family names are the same words, pupils enrolled at a school canteen.
 * Files in {@code src/test/resources/classify/attacks-30/} (README there).
 */
class PlacesAndEquipmentReadAsPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");

    private static void assertReleasedPlace(ClassificationResult r) {
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /** Drinking fountains named after persons and squares (German): their names are things', the rows places. */
    @Test
    void drinkingFountainsNamedAfterPersonsArePlaces() {
        ClassificationResult r = FILES.file("p30_trinkbrunnen_de.csv");

        assertReleasedPlace(r);
        assertThat(r.column("Bezeichnung").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Koordinaten").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Parking meters' daily takings (Spanish): a column keyed by the meter says the rows are equipment. */
    @Test
    void aKeyNamedForAPieceOfStreetFurnitureMakesTheRowsPlaces() {
        ClassificationResult r = FILES.file("p30_parquimetros_recaudacion_es.csv");

        assertReleasedPlace(r);
        assertThat(r.column("id_parquimetro").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("recaudacion_tarjeta").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("direccion").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** School canteens' food-waste weighings (Italian): canteens named after persons are places. */
    @Test
    void schoolCanteensNamedAfterPersonsArePlaces() {
        ClassificationResult r = FILES.file("p30_mensa_scarti_it.csv");

        assertReleasedPlace(r);
        assertThat(r.column("Mensa").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Pane (kg)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Canteens under an establishment's name: the words of places and organisations agree with the name and say
     * nothing of the rows, the words of facilities the values fit as well say they are places.
     */
    @Test
    void anEstablishmentsNameOfCanteensSaysTheRowsArePlaces() {
        ClassificationResult r = FILES.file("p30_restauration_scolaire_dechets.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
    }

    /** Look-alike: fountains with their caretaker's name and mobile stay a file naming a person. */
    @Test
    void fountainsWithTheirCaretakersNameAndMobileStayPersonal() {
        ClassificationResult r = FILES.file("p30_fontaines_gardiens.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("gardien").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("portable_gardien").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Look-alike: patients named FONTAINE, FONTANA, BORNE (under half the rows) stay persons, their weight health. */
    @Test
    void patientsWhoseFamilyNamesAreFurnitureWordsStayPersons() {
        ClassificationResult r = FILES.file("p30_patients_noms_fontaine.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Patient").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Poids (kg)").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column("Poids (kg)").domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: pupils enrolled at a school canteen stay persons, their diet theirs. */
    @Test
    void pupilsEnrolledAtACanteenStayPersons() {
        ClassificationResult r = FILES.file("p30_cantine_eleves_inscrits.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Nom").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Régime").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    /** Look-alike: a form's timestamp headed "Horodateur" (a form export in French) is a date, no parking meter. */
    @Test
    void aFormsTimestampHeadedLikeAParkingMeterStaysADate() {
        ClassificationResult r = FILES.file("p30_formulaire_horodateur.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Horodateur").infoType()).isEqualTo("DATE");
    }

    /**
     * An animal's name named so ("Name des Tieres") beside its species and breed is the animal's, no person's; the
     * keeper's name beside it stays a person's, and the rows stay persons.
     */
    @Test
    void anAnimalsNameIsNoPersonsButItsKeepersStays() {
        ClassificationResult r = FILES.file("p30_tierheim_vermittlungen_de.csv");

        assertThat(r.column("Name des Tieres").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Name Halter").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
    }

    /** A column named for the animal and its owner ("Nom animal / maître") holds the owner's name: a person's. */
    @Test
    void aColumnNamedForTheAnimalAndItsOwnerStaysAPersons() {
        ClassificationResult r = FILES.file("lead30_fourriere_nom_animal_maitre.csv");

        assertThat(r.column("Nom animal / maître").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }
}
