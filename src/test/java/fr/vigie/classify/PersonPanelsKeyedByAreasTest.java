package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A monthly or quarterly panel of persons keyed by the area each lives in (a commune's code or name, an IRIS, an LSOA)
 * fills the grid of areas by periods as a panel of areas does, and with its figures under names no rule reads, its
 * columns say nothing that tells it apart. Its rows do: an age, a birth year or a household size, the same for each
 * key over all the periods, is one person's, not an area's. A real panel of areas, its population and its surface
 * the same every month and its counts varying, stays a table of areas. Files in
 * {@code src/test/resources/classify/area-panels-25/} (README there).
 */
class PersonPanelsKeyedByAreasTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("area-panels-25");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "allocataires_code_commune_mois_millesime.csv",
        "menages_iris_trimestre_composition.csv",
        "tenants_lsoa_month_export_en.csv",
        "suivi_personnes_commune_mois_champs.csv",
        "suivi_foyers_code_postal_mois.csv"})
    void aPanelOfPersonsKeyedByTheirAreaWithATraitConstantForEachKeyIsNoTableOfAreas(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Two figures named as statistics ("Total versé", "Nb jours") make a table of areas by their names alone when nothing
     * describes a person; an age the same for each neighbourhood over every month still does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource("beneficiaires_quartier_mois_totaux.csv")
    void figuresNamedAsStatisticsDoNotHideAnAgeTheSameForEachKey(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Over five years a person's age grows by one a year: it is not the same for each key over every period, but its
     * difference with the period's year is (the birth year), which no area's figure does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource("suivi_annuel_iris_age_croissant.csv")
    void aYearlyPanelOfPersonsWhoseAgeGrowsByOneAYearIsNoTableOfAreas(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A count of persons above one on every row ("Habitants": each tenant's household) lets a person's amount named so
     * pass as an area's total; it does not make an age the same for each key over every month an area's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource("locataires_iris_mois_habitants.csv")
    void aCountOfTheHouseholdsPersonsDoesNotHideAnAgeTheSameForEachKey(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "communes_mois_population_superficie.csv",
        "insee_iris_annees.csv",
        "iris_mois_passages.csv"})
    void aPanelOfAreasWhoseOnlyConstantsAreAnAreasStaysATableOfAreas(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }
}
