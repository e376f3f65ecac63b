package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whose data a file of places or of organisations holds: tables of figures per area and month written by the month's
 * name, registers of streets with the people they are named after, the address of a worksite or an event in a file of
 * organisations. Their look-alikes stay personal. Files in
 * {@code src/test/resources/classify/attacks-29/} (README there, files prefixed {@code places_}).
 */
class PlacesStreetsAndWorksitesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");

    /**
     * Figures per area (a commune and its sector) and month written by its name and year ("janv. 2024", "März 2025",
     * "Jan 2025"), the grid of areas by months filled, figures under names no list holds and a value of each area the
     * same every month: a table of places, no personal data.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"places_collecte_dechets_quartiers_mois.csv, Dépôts sauvages",
        "places_parkscheinautomaten_bezirke_monat_de.csv, Störungen",
        "places_streetlights_wards_month_en.csv, Faults reported"})
    void figuresPerAreaAndNamedMonthAreNoPersons(String name, String figure) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column(figure).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Persons with a commune, a sector and a named month stay persons: falling at random into sectors and months (the
     * grid not filled), one per sector with an age the same every month, or with a kind of aid that moves month to month.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"places_interventions_domicile_secteurs_mois.csv", "places_suivi_beneficiaire_secteur_mois.csv",
        "places_prestations_secteur_mois_nature.csv"})
    void personsPerSectorAndNamedMonthStayPersons(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A register of streets (each street once, named by its type, no house number) is about places: its addresses are
     * no one's and the person named in it is the street's namesake, in French, German and English layouts.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"places_nomenclature_voies_rivoli.csv, libelle_voie, personnalite",
        "places_strassenverzeichnis_namensgeber_de.csv, Straßenname, Namensgeber",
        "places_street_gazetteer_usrn_en.csv, Street, Named after"})
    void aRegisterOfStreetsAndTheirNamesakesIsNoPersonalData(String name, String street, String namesake) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column(street).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column(namesake).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Households with their house number and street, and streets with a resident's name that is in no street's name,
     * are persons: their addresses and names stay identifying.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"places_foyers_voies_numeros.csv, Voie", "places_voies_riverain_signalant.csv, Riverain"})
    void residentsInTheirStreetsStayPersons(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column(column).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** An event's address and commune in a file of associations is the event's place: not personal data. */
    @Test
    void anEventsAddressInAFileOfOrganisationsIsAPlace() {
        ClassificationResult r = FILES.file("places_declarations_manifestations_associations.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Lieu de l'événement").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Commune de l'événement").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Président").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** A private person's worksite is that person's home: the address stays identifying. */
    @Test
    void aPrivatePersonsWorksiteStaysTheirAddress() {
        ClassificationResult r = FILES.file("places_declarations_travaux_particuliers.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Adresse du chantier").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** A register of streets names an info type its rules declare. */
    @Test
    void aRegistersPlaceInfoTypesAreDeclared(@TempDir Path dir) throws Exception {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("placeInfoTypes: [STREET_ADDRESS,",
                "placeInfoTypes: [STREET_ADRESS,"),
            "dataSubject.areaTables.streetRegisters.placeInfoTypes[0]", "unknown info type");
    }
}
