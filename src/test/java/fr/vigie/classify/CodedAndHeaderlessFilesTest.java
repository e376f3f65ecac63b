package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
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
}
