package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What files about persons hold, read from held-out round 11's misses ({@code attacks-27d/README.md}, block
 * persons27): the hours of care a person receives (named so, or bare beside their dependency), a person's own
 * contribution in money, a code of one address, the sex's one-letter codes of more languages, the date of arrival in
 * the country, and the held answers of a survey whose file name says it is about health. Each with the ordinary
 * look-alikes that must stay ordinary.
 */
class WhatPersonFilesHoldTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27d");
    private static final String CARE_VOLUMES =
        "careVolumes: {hourWords: first-names, beside: [DISABILITY], domain: HEALTH, maxHours: 744, minSample: 5}\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"plan_aide_domicile_fr.csv, Heures/mois", "plan_aide_domicile_fr.csv, Heures d'aide ménagère",
        "ambulanter_pflegedienst_de.csv, Stunden/Woche", "ambulanter_pflegedienst_de.csv, Pflegestunden im Monat"})
    void hoursOfCareAreHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"plan_aide_domicile_fr.csv, Niveau de dépendance", "ambulanter_pflegedienst_de.csv, Pflegegrad"})
    void aDegreeOfDependencyIsADisability(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.DISABILITY);
    }

    /** A volunteer's hours in a month, with no dependency beside them, are no care received. */
    @Test
    void hoursWithNoDependencyBesideStayOrdinary() {
        ColumnClassification c = FILES.column("benevoles_heures_fr.csv", "Heures/mois");
        assertThat(c.domain()).isNull();
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"ambulanter_pflegedienst_de.csv, Eigenanteil (€)", "microcreditos_solicitantes_es.csv, Aportación propia"})
    void aPersonsOwnContributionIsFinancial(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"housing_adaptation_grants_ie.csv, Eircode", "huurders_register_nl.csv, Postcode + huisnummer"})
    void aCodeOfOneAddressIdentifies(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("POSTAL_CODE");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"huurders_register_nl.csv, Postcode", "day_centre_members_mt.csv, Post Code", "library_members_uk.csv, Postcode"})
    void aPostcodeOfAStreetOrAZoneStaysQuasiIdentifying(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("POSTAL_CODE");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"sotsiaaltoetus_saajad_ee.csv, Sugu", "lakhatasi_tamogatas_hu.csv, Nem"})
    void theSexsShortCodesOfMoreLanguages(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.infoType()).isEqualTo("GENDER");
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.GENDER);
    }

    /** S and V under a name that says no sex (an application's status) are no sex. */
    @Test
    void shortCodesUnderAnotherNameAreNoSex() {
        assertThat(FILES.column("iesniegumi_statuss_lv.csv", "Statuss").infoType()).isNotEqualTo("GENDER");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"integrationskurs_teilnehmende_de.csv, Einreisedatum", "esol_learners_en.csv, Year of arrival in UK"})
    void anArrivalInTheCountryIsQuasiIdentifying(String file, String column) {
        assertThat(FILES.column(file, column).attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(FILES.column(file, column).protectedAttribute()).isEqualTo(ProtectedAttribute.ORIGIN);
    }

    /** A camping's arrival date is the stay's, not a migration. */
    @Test
    void anArrivalWithNoCountryStaysADate() {
        ColumnClassification c = FILES.column("camping_reservations_fr.csv", "Date d'arrivée");
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void aHealthSurveysHeldAnswersAreHealth() {
        ClassificationResult r = FILES.file("gesundheitsbefragung_schueler_2026_codes.csv");
        for (String q : new String[] {"F03", "F07", "F14", "F21"}) {
            assertThat(r.column(q).attributeType()).as(q).isEqualTo(AttributeType.SENSITIVE);
            assertThat(r.column(q).domain()).as(q).isEqualTo(Domain.HEALTH);
        }
    }

    /** The same coded layout under a mobility survey's name: held, with no domain. */
    @Test
    void anotherSurveysHeldAnswersHaveNoDomain() {
        ClassificationResult r = FILES.file("enquete_mobilite_quotidienne_codes.csv");
        for (String q : new String[] {"Q03", "Q07", "Q14", "Q21"}) {
            assertThat(r.column(q).domain()).as(q).isNull();
        }
    }

    @Test
    void readsTheCareVolumesSection() throws IOException {
        ClassificationRules rules = Fixtures.loadRules(dir, Fixtures.minimalRules() + CARE_VOLUMES);
        assertThat(rules.careVolumes().beside()).containsExactly(ProtectedAttribute.DISABILITY);
        assertThat(rules.careVolumes().maxHours()).isEqualTo(744);
    }

    @Test
    void rejectsABadCareVolumesSection() {
        String rules = Fixtures.minimalRules();
        Fixtures.assertRulesRejected(dir, rules + CARE_VOLUMES.replace("maxHours", "maxHour"), "careVolumes.maxHour",
            "unknown key");
        Fixtures.assertRulesRejected(dir, rules + CARE_VOLUMES.replace("hourWords: first-names", "hourWords: hours"),
            "careVolumes.hourWords", "unknown dictionary");
        Fixtures.assertRulesRejected(dir, rules + CARE_VOLUMES.replace("beside: [DISABILITY]", "beside: []"),
            "careVolumes.beside", "at least one");
    }

    /** The survey names are read from the project's rules: a domain that does not exist names the file and the key. */
    @Test
    void rejectsAnUnknownSurveyDomain() throws IOException {
        Files.createDirectories(dir.resolve("dictionaries"));
        try (Stream<Path> lists = Files.list(Fixtures.rulesDir().resolve("dictionaries"))) {
            for (Path list : lists.toList()) {
                Files.copy(list, dir.resolve("dictionaries").resolve(list.getFileName()));
            }
        }
        String yaml = Files.readString(Fixtures.rulesDir().resolve(ClassificationRules.FILE_NAME));
        assertThat(yaml).contains("  surveyNames:\n    HEALTH: [health-survey-names]");
        Fixtures.assertRulesRejected(dir, yaml.replace("  surveyNames:\n    HEALTH:", "  surveyNames:\n    HEALTHY:"),
            "failClosed.surveyNames.HEALTHY", "unknown domain");
    }
}
