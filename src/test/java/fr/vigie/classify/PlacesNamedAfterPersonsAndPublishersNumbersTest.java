package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Open data read as files about persons: facilities named after persons ("Sporthalle Willy Brandt", "Parking Miguel
 * Servet") and a public body's budget with its SIREN on every row. Files in
 * {@code src/test/resources/classify/attacks-27c/} (README there, block "places27"). Both sides: a club's members,
 * with family names and a street, stay persons.
 */
class PlacesNamedAfterPersonsAndPublishersNumbersTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27c");

    /**
     * A value naming a kind of place (a car park, a sports hall, a pool, a stadium) names no person, whoever the
     * place is named after: the column is no person's name and the rows are places.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"anlagen_auslastung_tag_de.csv, Bezeichnung", "aparcamientos_plazas_libres_es.csv, nombre"})
    void aFacilityNamedAfterAPersonIsAPlace(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.column(column).infoType()).as(column).isNotEqualTo("PERSON_NAME");
        assertThat(r.column(column).attributeType()).as(column).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * Free places for disabled people in a car park ("plazas_pmr_libres", "Behindertenparkplätze frei") count places of a
     * facility: no one's disability. A person's disability card beside a name stays a disability.
     */
    @Test
    void aCountOfFreeDisabledPlacesIsNoDisability() {
        ClassificationResult r = FILES.file("aparcamientos_plazas_libres_es.csv");

        assertThat(r.column("plazas_pmr_libres").infoType()).isNotEqualTo("DISABILITY");
        assertThat(r.column("plazas_pmr_libres").domain()).isNull();
    }

    /**
     * A commune's SIREN passes the SIREN checksum the column's name asks for; that nine digits also pass another
     * country's personal number check does not make it a person's number.
     */
    @Test
    void aSirenNamedAsSuchAndPassingItsChecksumIsNoPersonalNumber() {
        ClassificationResult r = FILES.file("budget_par_fonction_commune.csv");

        assertThat(r.column("siren_organisme").infoType()).isEqualTo("FR_SIREN");
        assertThat(r.dataset().dataSubject()).isNotEqualTo(DataSubject.PERSON);
    }

    /** A club's members, family names beside first names, a birth date and a street, stay persons. */
    @Test
    void membersWithFamilyNamesStayPersons() {
        ClassificationResult r = FILES.file("vereinsmitglieder_sportverein_de.csv");

        assertThat(r.column("Name").infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }
}
