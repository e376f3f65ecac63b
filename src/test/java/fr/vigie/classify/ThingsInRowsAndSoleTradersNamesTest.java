package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;

/**
 * Who a file is about: recycling containers' fill levels read as persons (nothing in their names said they are
 * things), and bike repairers among whom are sole traders whose trade names were released as organisations' names.
 * The look-alikes: household bins with their user's name stay persons, companies' names stay released. Files in
 * {@code src/test/resources/classify/attacks-31a/} (README there).
 */
class ThingsInRowsAndSoleTradersNamesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31a");

    private static void assertPlaceWithoutPersonalData(ClassificationResult r) {
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /** Glass containers (German): a key named for the container says the rows are things, their address a site. */
    @Test
    void aKeyNamedForARecyclingContainerMakesTheRowsPlaces() {
        ClassificationResult r = FILES.file("s31_glascontainer_fuellstand_de.csv");

        assertPlaceWithoutPersonalData(r);
        assertThat(r.column("Container-Nr").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Standort").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Zustand").reviewNeeded()).isFalse();
    }

    /** The same family in Spanish, Italian and English stays read as places. */
    @Test
    void recyclingContainersInOtherLanguagesStayPlaces() {
        assertPlaceWithoutPersonalData(FILES.file("s31_contenedores_llenado_es.csv"));
        assertPlaceWithoutPersonalData(FILES.file("s31_cassonetti_riempimento_it.csv"));
        assertPlaceWithoutPersonalData(FILES.file("s31_bottle_banks_fill_levels_en.csv"));
    }

    /** Look-alike: household bins keyed by the bin, with their user's name and address, stay a file about persons. */
    @Test
    void householdBinsWithTheirUsersStayPersons() {
        ClassificationResult r = FILES.file("s31_bacs_usagers_redevance.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        Fixtures.assertProtected(r.column("Nom usager"));
        Fixtures.assertProtected(r.column("Adresse"));
        Fixtures.assertNotReleased(r.column("N° conteneur"));
    }

    /** Trade names with no person's name in them, sole traders among the repairers: the names are not released. */
    @Test
    void aSoleTradersTradeNameIsNotReleased() {
        ClassificationResult r = FILES.file("s31_ateliers_velo_bons_reparation.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.MIXED);
        Fixtures.assertNotReleased(r.column("Nom commercial"));
        Fixtures.assertNotReleased(r.column("SIRET"));
    }

    /** The same in English, the legal forms under "Legal status": mixed, the trade name and the mobile kept. */
    @Test
    void aLegalStatusOfSoleTradersMakesTheRowsMixed() {
        ClassificationResult r = FILES.file("s31_cycle_repair_scheme_en.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.MIXED);
        assertThat(r.column("Legal status").infoType()).isEqualTo("LEGAL_FORM");
        Fixtures.assertNotReleased(r.column("Company name"));
        Fixtures.assertNotReleased(r.column("Phone"));
    }

    /** Look-alike: companies and associations only, under the same layout: their names stay released. */
    @Test
    void companiesNamesStayReleased() {
        ClassificationResult r = FILES.file("s31_velocistes_societes_conventions.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Nom commercial").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
