package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The organisation or place a person belongs to or stays at (a club, a training site, a residence, a station, a host
 * structure), in a file about persons, is a quasi-identifier: its values are a few organisation or place names repeated
 * over the rows. Development data showed such columns held for review or let through as an organisation's name; files of
 * our own ({@code classify/places-of-persons/README.md}). A place whose name reveals health, an offence or a union is
 * never read as a mere place, and an organisation's or a facility list's own sites stay INSENSITIVE.
 */
class PlacesOfPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("places-of-persons");

    @ParameterizedTest
    @ValueSource(strings = {"Club d'appartenance", "Lieu d'entraînement", "Résidence", "Station habituelle",
        "Structure d'accueil"})
    void theOrganisationOrPlaceAPersonBelongsToIsQuasiIdentifyingNotHeld(String name) {
        ColumnClassification c = FILES.file("adherents_aviron_residences.csv").column(name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(name).isEqualTo("LOCATION");
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @Test
    void aYesNoAnswerUnderAPlaceWordIsNotAPlace() {
        assertThat(FILES.file("adherents_aviron_residences.csv").column("Résidence principale").infoType())
            .isNotEqualTo("LOCATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lieu de vie", "Lieu de séjour"})
    void aPlaceRevealingHealthOrAnOffenceStaysHeld(String name) {
        ColumnClassification c = FILES.file("majeurs_proteges_lieux.csv").column(name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.infoType()).as(name).isNotEqualTo("LOCATION");
    }

    /**
     * Attack: a plain "Établissement" is read as an organisation's name, and in a file about persons the prison they
     * left or the care home they live in was let through as INSENSITIVE. The place tells the offence or the health.
     */
    @ParameterizedTest
    @CsvSource({"sortants_accompagnement.csv, OFFENCE", "residents_aide_sociale.csv, HEALTH"})
    void aPersonsPrisonOrCareHomeUnderAPlainNameTellsTheOffenceOrTheHealth(String file, Domain domain) {
        ColumnClassification c = FILES.file(file).column("Établissement");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(c.toString()).isEqualTo(domain);
    }

    // A union's local structure names the union beside its own word ("Union locale CGT Dijon Sud", "Section FO Ville de
    // Dijon"): union membership, a special category, never a place.
    @Test
    void aUnionSectionIsUnionMembershipNotAPlace() {
        ColumnClassification c = FILES.file("majeurs_proteges_lieux.csv").column("Section d'appartenance");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.infoType()).as(c.toString()).isEqualTo("UNION_MEMBERSHIP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Site", "Station"})
    void anOrganisationFilesOwnSitesStayInsensitive(String name) {
        ClassificationResult r = FILES.file("clubs_aviron_annuaire.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column(name).attributeType()).as(name).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void aFacilityListsSitesStayInsensitive() {
        ClassificationResult r = FILES.file("bases_nautiques_sites.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Site").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
