package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;

/**
 * A route, a round, a line or a shuttle named with the facility it serves ("Linie 4 - Hallenbad Nord", "Ruta 3 -
 * Polideportivo Municipal") is no facility's name: in a file about the persons on that route it is not released. The
 * look-alike: a list of facilities keeps its names released. Files in
 * {@code src/test/resources/classify/attacks-31g/} (README there).
 */
class RoutesNamingAFacilityTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31g");

    @Test
    void aSchoolBusLineNamingAPoolIsNotReleasedInGerman() {
        ClassificationResult r = FILES.file("g31_schulbus_begleitpersonal_de.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertNotReleased(r.column("Linie"));
    }

    @Test
    void aSchoolTransportRouteNamingASportsHallIsNotReleasedInSpanish() {
        Fixtures.assertNotReleased(FILES.file("g31_transporte_escolar_monitores_es.csv").column("Ruta"));
    }

    @Test
    void aShuttleOrARoundNamingAFacilityIsNotReleasedInFrench() {
        Fixtures.assertNotReleased(FILES.file("g31_navettes_piscine_animateurs_fr.csv").column("Trajet"));
    }

    @Test
    void aBusLineNamingAPoolIsNotReleasedInDutch() {
        Fixtures.assertNotReleased(FILES.file("g31_leerlingenvervoer_begeleiders_nl.csv").column("Lijn"));
    }

    /** Look-alike: a list of facilities keeps its names read as facilities' names, released. */
    @Test
    void aListOfFacilitiesKeepsItsNamesReleased() {
        ClassificationResult r = FILES.file("g31_equipements_sportifs_culturels_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Équipement").infoType()).isIn("ORGANISATION_NAME", "FACILITY");
        assertThat(r.column("Équipement").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
