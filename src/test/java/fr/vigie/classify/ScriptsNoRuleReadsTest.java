package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files about persons written in a script no rule reads (Thai, Tamil, Ethiopic: {@code attacks-27/}): the rules cannot
 * tell a column of names or addresses from harmless words, so many different values prove nothing and the column is
 * held for review, never released; numbers under a name no rule reads say nothing of what they measure; and a file
 * whose columns wait for a decision may hold special categories, so its impact assessment is required until someone
 * decides. A list of places in the same script, read as places by its coordinates and hours, stays no personal data.
 */
class ScriptsNoRuleReadsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "thai_chiangmai_home_visits.csv, ชื่อ-นามสกุล",
        "thai_chiangmai_home_visits.csv, ที่อยู่",
        "tamil_scholarship_applicants.csv, முகவரி",
        "amharic_kebele_food_aid.csv, አድራሻ",
    })
    void wordsInAScriptNoRuleReadsAreHeldHoweverManyTheirValues(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        // These scripts are now read (ICU4J) and these headers named in the world's lists (a name, an address):
        // protected by their names; what no list names stays held (ScriptsReadThroughIcuTest).
        assertThat(c.attributeType()).isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tamil_scholarship_applicants.csv, ஆண்டு வருமானம்", "tamil_scholarship_applicants.csv, வயது"})
    void numbersUnderANameNoRuleReadsAreHeld(String file, String column) {
        assertThat(FILES.file(file).column(column).attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest
    @CsvSource({"thai_chiangmai_home_visits.csv", "tamil_scholarship_applicants.csv", "amharic_kebele_food_aid.csv"})
    void aFileOfPersonsWithColumnsHeldForReviewNeedsAnImpactAssessmentUntilTheyAreDecided(String file) {
        DatasetClassification d = FILES.file(file).dataset();

        assertThat(d.personalData()).isTrue();
        assertThat(d.dpiaRequired()).isTrue();
        // Read through the world's lists, the Thai home visits' columns are decided (a health note, HEALTH): the impact
        // assessment is then required for that domain rather than for columns held.
        assertThat(d.dpiaReasons()).anyMatch(reason -> reason.contains("held for review")
            || reason.contains("sensitive domains"));
    }

    /** Guard: the places of the same script stay places, with nothing held. */
    @Test
    void aListOfPlacesInTheSameScriptStaysNoPersonalData() {
        ClassificationResult r = FILES.file("thai_temples_opendata.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.dataset().dpiaRequired()).isFalse();
    }
}
