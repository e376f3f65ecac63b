package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures about groups and a survey's bookkeeping are no person's data: counts of civil-status events per area and
 * period (the periods split over a year and a month, the grid partly filled) and a survey's weights. Their look-alikes
 * stay protected: persons with a commune, a month and numbers of their own, body weights. Files in
 * {@code src/test/resources/classify/attacks-28/} (README there, files prefixed {@code tables_}).
 */
class TablesOfCountsAndSurveyWeightsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28");

    /**
     * Each area once a period, among enough rows that persons would have repeated some, every other column a count or a
     * rate named as a statistic or as the plural of events (births, deaths, marriages), two counts growing together: a
     * table of counts per area and period, no personal data, whatever language names the events.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tables_etat_civil_arrondissements_trimestre.csv, nb_naissances",
        "tables_vital_events_wards_month_en.csv, Live births",
        "tables_bevoelkerungsbewegung_regionen_monat_de.csv, Lebendgeborene"})
    void countsOfEventsPerAreaAndPeriodAreNoPersons(String name, String births) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column(births).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Persons with a commune, a year and a month and numbers of their own stay persons: beside an amount of aid; with
     * only children and household counts, their communes and months repeat; a dozen mothers whose communes and months
     * happen to differ are too few rows for that to tell anything; one household per commune followed every month keeps
     * its size from month to month.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tables_aides_familles_commune_mois.csv", "tables_familles_commune_mois_comptes.csv",
        "tables_meres_commune_mois_peu.csv", "tables_suivi_menage_commune_mois.csv"})
    void personsWithACommuneAMonthAndNumbersStayPersons(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A survey's weight (four decimals around 1, or hundreds with decimals), named as a weight in any language, is how
     * many persons a respondent stands for: ordinary, no body weight, no health data.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tables_mitarbeiterbefragung_gewichtet_de.csv, Gewicht", "tables_resident_survey_weighted_en.csv, wgt",
        "tables_enquete_mobilite_menages_ponderation.csv, POIDS_IND"})
    void aSurveysWeightsAreNoBodyWeights(String name, String column) {
        ColumnClassification c = FILES.column(name, column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.domain()).isNull();
    }

    /** A body weight in kg, whole or with one decimal, under a weight's name stays health data. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tables_consultations_pmi_poids.csv, Poids (kg)", "tables_clinic_weights_en.csv, weight",
        "tables_clinic_weights_en.csv, weight_kg_last"})
    void bodyWeightsStayHealthData(String name, String column) {
        ColumnClassification c = FILES.column(name, column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** A birth weight in kg has three decimals, a survey's weight four: it is not released as one. */
    @Test
    void aBirthWeightInKilogramsIsNoSurveyWeight() {
        ColumnClassification c = FILES.column("tables_consultations_pmi_poids.csv", "poids_naissance");

        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A staff survey's work dimensions under their short names (`dir`, `serv`), written as the codes of a direction and
     * of its services (`DRHDS`, `DRHDS-12`): the unit a staff member works in, quasi-identifying, not let through.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dir", "serv"})
    void aStaffSurveysUnitCodesAreWhereTheAgentWorks(String column) {
        ColumnClassification c = FILES.column("tables_barometre_social_services_codes.csv", column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("WORKPLACE");
    }

    /** A `dir` that is a direction of travel in words (`Aller`, `Retour`) is no work unit. */
    @Test
    void aDirectionOfTravelIsNoWorkUnit() {
        ColumnClassification c = FILES.column("tables_abonnes_trajets_dir.csv", "dir");

        assertThat(c.infoType()).isNotEqualTo("WORKPLACE");
    }

    /** The section is validated on load: an unknown dictionary, a number out of range, a stray key. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "eventWords: nope, periodWords: first-names|dataSubject.areaTables.periodCounts.eventWords|unknown dictionary",
        "eventWords: first-names, periodWords: first-names, maxRepeated: 0.9|dataSubject.areaTables.periodCounts.maxRepeated|must be between",
        "eventWords: first-names, periodWords: first-names, minExpected: 3|dataSubject.areaTables.periodCounts.minExpected|unknown key"})
    void aWrongPeriodCountsSectionIsRejected(String section, String key, String problem, @TempDir Path dir) {
        String yaml = Fixtures.minimalRules("COMMUNE: {attributeType: QUASI_IDENTIFYING}") + Fixtures.MINIMAL_DATA_SUBJECT
            + "  areaTables:\n    areaWords: [commune]\n    areaInfoTypes: [COMMUNE]\n    statisticWords: [nb]\n"
            + "    numberRule: first-name\n    periodPattern: '\\d{4}'\n    periodCounts: {" + section + "}\n";

        Fixtures.assertRulesRejected(dir, yaml, key, problem);
    }
}
