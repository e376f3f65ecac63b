package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;

/**
 * Coded survey files sent without their code book and files whose header was lost: a respondent's or a household's key
 * under the short name a published survey gives it ({@code IDENT_MEN}, {@code idno}, {@code NUMQ}) is the person's
 * identifier, never a count let through; a place's number under the same name is no person's. Files in
 * {@code src/test/resources/classify/attacks-31c/} (README there, block codes31).
 */
class CodedAndHeaderlessFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31c");

    private static void assertKey(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("RECORD_IDENTIFIER");
        assertThat(c.reviewNeeded()).as(column).isFalse();
    }

    // ---- a survey's respondent and household keys ----

    /** A national mobility survey's person file: the household's key shared by its members and the person's key. */
    @Test
    void theHouseholdAndPersonKeysOfAMobilitySurveyAreIdentifying() {
        assertKey("c31_emp_individus_fr.csv", "IDENT_MEN");
        assertKey("c31_emp_individus_fr.csv", "IDENT_IND");
    }

    /** A social survey's respondent number (short, one per row) and a questionnaire's number are the person's key. */
    @Test
    void aRespondentsOrAQuestionnairesNumberIsTheKey() {
        assertKey("c31_ess_respondents_de.csv", "idno");
        assertKey("c31_satisfaction_transport_seniors_fr.csv", "NUMQ");
    }

    /** Look-alike already read: EU-SILC's register file (Spain's ECV) keeps its person and household keys. */
    @Test
    void eusilcRegisterKeysStayKeys() {
        assertKey("c31_ecv_fichero_r_es.csv", "RB030");
        assertKey("c31_ecv_fichero_r_es.csv", "RB040");
    }

    /** The other side: a list of sports facilities numbered under IDENT is about places, and its number no person's. */
    @Test
    void aPlacesNumberUnderTheSameNameIsNoPersonsKey() {
        ClassificationResult result = FILES.file("c31_equipements_sportifs_ident_fr.csv");
        assertThat(result.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(result.dataset().personalData()).isFalse();
    }
    // ---- codes of a letter and three digits under a lost header ----

    /** A member's number (E268: a letter and three digits, some renewed twice) under a column letter is no diagnosis. */
    @Test
    void aMembersNumberOfALetterAndThreeDigitsIsAKeyNotADiagnosis() {
        ColumnClassification c = FILES.column("c31_epicerie_solidaire_adherents_lettres.csv", "A");
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(c.domain()).isNull();
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** A room in wing A to C (A113, C402) under X6 is no diagnosis either, and is not released. */
    @Test
    void aRoomCodeUnderALostHeaderIsNoDiagnosisAndStaysProtected() {
        ColumnClassification c = FILES.column("c31_residence_etudiante_sans_entete.csv", "X6");
        assertThat(c.infoType()).isNotEqualTo("ICD10_CODE");
        assertThat(c.domain()).isNull();
        Fixtures.assertNotReleased(c);
    }

    /** The other side: real ICD-10 codes without their dot, of many chapters, beside a NIR and names, stay health. */
    @Test
    void realDiagnosesUnderALostHeaderStayHealthBesideANirAndNames() {
        String file = "c31_consultations_sans_entete.csv";
        assertThat(FILES.column(file, "Column6").infoType()).isEqualTo("ICD10_CODE");
        assertThat(FILES.column(file, "Column1").infoType()).isEqualTo("FR_NIR");
        assertThat(FILES.column(file, "Column2").infoType()).isEqualTo("PERSON_NAME");
        assertThat(FILES.column(file, "Column3").infoType()).isEqualTo("PERSON_NAME");
    }

    /** The other side: a psychiatric file's F codes only (one chapter), repeated as diagnoses are, stay health. */
    @Test
    void oneChaptersDiagnosesRepeatedStayHealth() {
        assertThat(FILES.column("c31_hopital_jour_psy_sans_entete.csv", "F3").infoType()).isEqualTo("ICD10_CODE");
    }
    // ---- a fall of the person, asked by surveys of ageing ----

    /** A fall in the last twelve months, coded 1/2 or ja/nein, and the number of falls are health, in German and Spanish. */
    @Test
    void aPersonsFallsAreHealthHoweverCoded() {
        for (String[] fc : new String[][] {{"c31_alterssurvey_stuerze_de.csv", "sturz12m"},
                {"c31_alterssurvey_stuerze_de.csv", "anz_stuerze"}, {"c31_encuesta_mayores_caidas_es.csv", "caidas_ultimo_ano"}}) {
            ColumnClassification c = FILES.column(fc[0], fc[1]);
            assertThat(c.attributeType()).as(fc[1]).isEqualTo(AttributeType.SENSITIVE);
            assertThat(c.domain()).as(fc[1]).isEqualTo(Domain.HEALTH);
        }
    }

    /** The other side: a tree's risk of falling names no person's health. */
    @Test
    void aTreesRiskOfFallingIsNoHealth() {
        assertThat(FILES.column("c31_arbres_risque_chute_fr.csv", "Risque de chute").domain()).isNull();
    }
}
