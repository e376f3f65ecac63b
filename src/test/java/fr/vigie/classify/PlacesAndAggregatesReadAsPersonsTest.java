package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files about places and aggregates that round 9 read as persons (stop 26), attacked in other languages and layouts
 * than the corpus files that revealed them; files in {@code src/test/resources/classify/attacks-26/} (README there).
 * Both sides: a table of sites by month (a building's energy, a branch's counts) holds no person, and a file of staff
 * with a site and counts of sick days stays a file of persons.
 */
class PlacesAndAggregatesReadAsPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    /**
     * A city's buildings (a school, a care home, a health office, a shelter) by month with their energy, water and cost:
     * each row is a building and a month, each building once a month; its name and use are the building's own, the
     * same on each of its rows. No person, no personal data.
     */
    @Test
    void aTableOfBuildingsByMonthIsAPlaceWithoutPersonalData() {
        ClassificationResult r = FILES.file("stadt_liegenschaften_energie_monat_de.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column("Gebäude").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Strom (kWh)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A social service's help desks by month with counts of requests, of aids for health reasons, of disabled
     * applicants and of reports of violence, a mean age and a total amount: each row is a desk and a month, an
     * aggregate of many persons, not one of them.
     */
    @Test
    void countsOfASocialServicesDesksByMonthAreAPlaceWithoutPersonalData() {
        ClassificationResult r = FILES.file("servizi_sociali_sportelli_mensile_it.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column("Persone con disabilità").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * The operator of a public toilet or a park chalet is a city's department ("Ville de Liège - Propreté publique"),
     * a region's or a company: "Ville" is a Finnish first name, but beside a department it names a city, not a person.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"toilettes_publiques_liege_be.csv, Gestionnaire", "chalets_parcs_montreal_qc.csv, gestionnaire"})
    void aCitysDepartmentRunningAPlaceIsNoPersonsName(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.infoType()).as(column).isNotEqualTo("PERSON_NAME");
        assertThat(c.attributeType()).as(column).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void aListOfPublicToiletsRunByCityDepartmentsHoldsNoPersonalData() {
        ClassificationResult r = FILES.file("toilettes_publiques_liege_be.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * Fail closed: one caretaker or clerk a building or office and a month, with their pay (with or without a currency),
     * overtime and sick days. The grid of sites by months is filled, but no figure counts the persons a row gathers nor
     * measures the site (kWh, m³): the rows are persons, and their pay and sick days stay protected.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"hausmeister_gehalt_standorte_de.csv, Gehalt brutto (EUR)", "hausmeister_gehalt_standorte_de.csv, Krankheitstage",
        "oficinas_conserjes_nomina_es.csv, importe_nomina", "oficinas_conserjes_nomina_es.csv, dias_baja"})
    void onePersonASiteAndAMonthIsNoTableOfSites(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column(column).attributeType()).as(column).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING);
    }

    /**
     * Regression (fail closed): a building's caretaker named on each of its rows is the same for each building as its
     * name or use would be, but a person's name is no site's attribute: the file names persons.
     */
    @Test
    void aPersonNamedForEachSiteIsNoAttributeOfTheSite() {
        ClassificationResult r = FILES.file("liegenschaften_hausmeister_energie_de.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("Hausmeister").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * Fail closed: a dwelling's monthly water or electricity readings (m3, kWh) under a name of a building are a
     * household's, not a site's: "Bât A - Apt 12", "Wohnung 3" name a person's home.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"releves_eau_logements_mensuels.csv", "mieterstrom_wohnungen_monat_de.csv"})
    void aDwellingsMonthlyReadingsAreNoTableOfSites(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Fail closed: staff by site and month with their days of sick leave, named or not, and one caretaker a building
     * whose sex and disability come back every month (the grid of sites by months is filled, as a table of sites
     * fills it), stay files of persons; their sick days stay protected.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agents_sites_arrets_mensuels.csv", "agents_sites_arrets_pseudonymises.csv",
        "hausmeister_standorte_krankentage_de.csv"})
    void staffBySiteAndMonthWithTheirSickDaysStayPersons(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        r.columns().stream().filter(c -> c.name().equals("jours_arret_maladie") || c.name().equals("Krankheitstage")
                || c.name().equals("Behinderung"))
            .forEach(c -> assertThat(c.attributeType()).as(c.name()).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING));
    }
}
