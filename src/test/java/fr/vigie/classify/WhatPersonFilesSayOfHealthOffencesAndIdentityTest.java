package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What files about persons say of health, offences and identity, read from held-out round 12's misses
 * ({@code attacks-28/README.md}): reasons of which part tell a gender identity, a religion or an
 * origin; the measures of a school's health check and of a dental survey; the domain of notes that mix health and
 * offences; a member of staff named with a civil title. Each with the ordinary look-alikes that must stay ordinary.
 */
class WhatPersonFilesSayOfHealthOffencesAndIdentityTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28");
    private static final String TEXT_SCAN = "textScan:\n  - {infoType: PERSON_NAME, dictionary: first-names, except: first-names}\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_changement_nom_dossiers_fr.csv|Motif invoqué",
        "health_namensaenderung_antraege_de.csv|Grund"})
    void reasonsPartOfWhichTellAGenderIdentityAReligionOrAnOriginAreASpecialCategory(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** Reasons of a transfer request (a spouse's job, a lease ending) tell no special category. */
    @Test
    void reasonsOfAnOrdinaryRequestAreNoSpecialCategory() {
        ColumnClassification c = FILES.column("health_demandes_mutation_logement_fr.csv", "Motif");
        assertThat(c.domain()).isNotEqualTo(Domain.SPECIAL_CATEGORY);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_bilan_sante_grande_section_fr.csv|Acuité visuelle OD",
        "health_bilan_sante_grande_section_fr.csv|Audiométrie", "health_bilan_sante_grande_section_fr.csv|Percentile IMC",
        "health_bilan_sante_grande_section_fr.csv|Dents cariées", "health_bilan_sante_grande_section_fr.csv|Indice CAOD",
        "health_school_dental_epidemiology_en.csv|DMFT", "health_school_dental_epidemiology_en.csv|Decayed teeth"})
    void theMeasuresOfAHealthCheckOrADentalSurveyAreHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_bilan_sante_grande_section_fr.csv|Observations infirmière",
        "health_school_dental_epidemiology_en.csv|Examiner notes"})
    void notesOfTeethEarsAndEyesAreHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Computer-aided design ("CAO") hours and an index of satisfaction measure no one's health. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_formation_dao_agents_fr.csv|Heures CAO",
        "health_formation_dao_agents_fr.csv|Indice de satisfaction"})
    void designHoursAndASatisfactionIndexAreNoHealth(String file, String column) {
        assertThat(FILES.column(file, column).domain()).isNotEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1} is {2}")
    @CsvSource(delimiter = '|', value = {"health_visites_convivialite_aines_fr.csv|Commentaires bénévole|HEALTH",
        "health_accueil_periscolaire_fr.csv|Infos à transmettre|HEALTH",
        "health_prevention_specialisee_jeunes_fr.csv|Notes éducateur|OFFENCE"})
    void notesMixingDomainsTakeTheDomainMostOfTheirValuesTell(String file, String column, Domain domain) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(domain);
    }

    /** The officer of civil status is a member of staff, however many words of "civil status" the name holds. */
    @Test
    void anOfficerOfCivilStatusNamedWithACivilTitleIsAPersonsName() {
        ColumnClassification c = FILES.column("health_changement_nom_dossiers_fr.csv", "Officier de l'état civil");
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("PERSON_NAME");
    }

    /** Values of a sex decide a sex under a name that also says "civil status". */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_changement_nom_dossiers_fr.csv|Sexe à l'état civil"})
    void aSexWrittenAsASexIsASexWhateverTheWordsAroundIt(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("GENDER");
    }

    /** A word of the exceptions is left out of the text: the text scan finds no other word there. */
    @Test
    void aTextScanLeavesOutTheWordsOfItsExceptions() throws IOException {
        Classifier classifier = new Classifier(Fixtures.loadRules(dir, Fixtures.minimalRules() + TEXT_SCAN));
        assertThat(classifier.scanText("Marie et Jean sont venus")).isEqualTo(Map.of());
    }

    @Test
    void rejectsExceptionsOfATextScanRuleWithoutADictionaryOrUnknown() {
        String rules = Fixtures.minimalRules();
        Fixtures.assertRulesRejected(dir, rules + TEXT_SCAN.replace("except: first-names", "except: prenoms"),
            "textScan[0].except", "unknown dictionary");
        Fixtures.assertRulesRejected(dir, rules + TEXT_SCAN.replace("dictionary: first-names", "pattern: 'x'"),
            "textScan[0].except", "only for a text scan rule with a dictionary");
    }
}
