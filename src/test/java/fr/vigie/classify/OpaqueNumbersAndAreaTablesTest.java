package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ProtectedAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three ways a file said nothing and the classifier read it as harmless (held-out round 7), on files of our own
 * ({@code classify/opaque-numbers-and-areas/README.md}):
 * <ul>
 *   <li>numbers under a name that says nothing ("C7", "EF44", "K") in a file about persons: a family quotient, an
 *       income, a disability rate; nothing says what they measure, so they are held for review, unless the values
 *       themselves say what they are (a postal code, a phone, a date) or never change;</li>
 *   <li>unknown words under an abbreviation that a name rule matched but the values did not confirm ("Cat"
 *       holding disability types in Hungarian): the dropped abbreviation says nothing, the column is as unknown as if it
 *       had no rule;</li>
 *   <li>a table whose rows are an area and a period, all other columns counts, rates or percentages, is a table of
 *       areas whatever words name its counts ("dont santé mentale"); a person file with a neighbourhood and counts, or
 *       with an age, is not.</li>
 * </ul>
 */
class OpaqueNumbersAndAreaTablesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("opaque-numbers-and-areas");

    private static void assertHeld(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.confidence()).as(c.name()).isLessThan(0.6);
        assertThat(c.reviewNeeded()).as(c.name()).isTrue();
        assertThat(c.evidence().notes()).as(c.name()).anyMatch(n -> n.contains("pin the column"));
    }

    @Test
    void wholeNumbersUnderALostHeaderInAFileAboutPersonsAreHeldForReview() {
        assertHeld(FILES.file("export_aides_entetes_perdues.csv").column("C7"));
    }

    @Test
    void valuesThatSayWhatTheyAreOrNeverChangeAreNotHeldUnderALostHeader() {
        ClassificationResult r = FILES.file("export_aides_entetes_perdues.csv");

        assertThat(r.column("C6").infoType()).isEqualTo("POSTAL_CODE");
        assertThat(r.column("C10").infoType()).isEqualTo("DATE");
        assertThat(r.column("C12").infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(r.column("C9").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("C9").reviewNeeded()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EF44", "K"})
    void manyDifferentNumbersUnderACodeOrALetterInAFileTheRulesUnderstandAreHeldForReview(String name) {
        ColumnClassification c = FILES.file("centre_social_inscrits_codes.csv").column(name);

        assertHeld(c);
        assertThat(c.protectedAttribute()).isNotEqualTo(ProtectedAttribute.AGE);
    }

    @Test
    void decimalsUnderACodeAreNotLetThrough() {
        assertThat(FILES.file("centre_social_inscrits_codes.csv").column("Col12").attributeType())
            .isNotEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb_seances", "V3"})
    void numbersNamedAsWhatTheyCountOrThatNeverChangeAreNotHeld(String name) {
        ColumnClassification c = FILES.file("centre_social_inscrits_codes.csv").column(name);

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    @Test
    void unknownWordsUnderAnAbbreviationTheValuesDidNotConfirmAreHeldForReview() {
        assertHeld(FILES.file("aides_handicap_categories_courtes.csv").column("Cat"));
    }

    @Test
    void aCategoryTheValuesConfirmIsNotHeld() {
        ColumnClassification c = FILES.file("aides_handicap_categories_courtes.csv").column("Catégorie");

        assertThat(c.infoType()).isEqualTo("PROFESSION");
        assertThat(c.reviewNeeded()).isFalse();
    }

    @Test
    void countsPerAreaAndPeriodNamedWithHealthAndOffenceWordsAreATableOfAreas() {
        ClassificationResult r = FILES.file("signalements_secteurs_semestres.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.columns()).allSatisfy(c -> {
            assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.INSENSITIVE);
            assertThat(c.domain()).as(c.name()).isNull();
            assertThat(c.reviewNeeded()).as(c.name()).isFalse();
        });
    }

    @Test
    void aPersonFileWithANeighbourhoodAQuarterAndCountsStaysAboutPersons() {
        ClassificationResult r = FILES.file("familles_quartier_seances.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Persons' requests with a neighbourhood and a month and only numbers beside: no area comes back more often than
     * there are months, but the rows leave a quarter of the grid of neighbourhoods by months empty, as persons do; a
     * table of areas by period fills it.
     */
    @Test
    void rowsOfPersonsWithANeighbourhoodAMonthAndOnlyNumbersStayAboutPersons() {
        ClassificationResult r = FILES.file("demandes_quartier_mois_chiffres.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    @Test
    void rowsWithAnAgeStayAboutPersonsEvenOnePerNeighbourhoodAndQuarter() {
        ClassificationResult r = FILES.file("entretiens_quartier_trimestre_age.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("Âge").protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
    }
}
