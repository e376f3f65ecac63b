package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Special categories that only the values tell, on files of our own ({@code src/test/resources/classify/categories-25/}):
 * a "nationality" whose values are declared national minorities, one of them a people with no state of its own (Roma,
 * Rusyns, Kashubians, Lemkos: the minorities the states recognise under the Council of Europe's Framework Convention for
 * the Protection of National Minorities) is an ethnic affiliation, not a citizenship; a column of care needs written as
 * lists of a few items ("såromläggning, insulininjektion") is a column of categories, however many combinations there
 * are; a flag set on a few persons only ("sì", "X" under "Tempo aggiuntivo") tells something about those persons. A
 * citizenship among which no such people appears, and Italian cities among which is "Roma", stay what they were.
 * The other way, what a procedure decided ("Accordé", "Ajourné", "bestanden" under "Décision", "Ergebnis") and whether
 * the person wishes to be contacted again are no trait of the person and are not held; a test result under "Résultat",
 * and the same columns in a file of a disability, stay protected. A group, a round or a team coded by letters ("A",
 * "T2") under a name that says so is the service's own organisation; blood groups (A, B, AB, O) under such a name are not.
 */
class SpecialCategoriesReadFromValuesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("categories-25");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "stipendia_narodnost_sk.csv|Národnosť",
        "uczestnicy_narodowosc_pl.csv|Narodowość"})
    void aNationalityOfDeclaredMinoritiesIsAnEthnicOrigin(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.ORIGIN);
    }

    @Test
    void aCitizenshipWithoutAStatelessPeopleStaysANationality() {
        ColumnClassification c = FILES.column("echange_jumelage_nationalite_fr.csv", "Nationalité");

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONALITY");
    }

    @Test
    void romeAmongItalianCitiesIsNoEthnicOrigin() {
        ColumnClassification c = FILES.column("echange_jumelage_nationalite_fr.csv", "Ville d'accueil");

        assertThat(c.domain()).isNotEqualTo(Domain.SPECIAL_CATEGORY);
    }

    @Test
    void careNeedsWrittenAsListsOfItemsAreHeld() {
        ColumnClassification c = FILES.column("hemtjanst_brukare_se.csv", "Insatser");

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.reviewNeeded()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Tempo aggiuntivo", "Ausili"})
    void aFlagSetOnAFewPersonsIsHeld(String name) {
        ColumnClassification c = FILES.column("concorso_candidati_it.csv", name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.reviewNeeded()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Anno", "Profilo"})
    void aValueEveryPersonSharesIsNotAFlag(String name) {
        ColumnClassification c = FILES.column("concorso_candidati_it.csv", name);

        assertThat(c.reviewNeeded()).isFalse();
    }
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "permis_dossiers_fr.csv|Souhaitez-vous être recontacté(e) ?",
        "permis_dossiers_fr.csv|Décision",
        "pruefung_ergebnisse_de.csv|Ergebnis",
        "pruefung_ergebnisse_de.csv|Rückruf gewünscht"})
    void anOutcomeOfTheProcedureOrAContactPreferenceIsNotHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    @Test
    void aTestResultUnderAResultsNameStaysHeld() {
        ColumnClassification c = FILES.column("permis_dossiers_fr.csv", "Résultat");

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Acceptez-vous d'être recontacté par le service handicap ?", "Décision", "Résultat"})
    void aContactPreferenceOrAnOutcomeBesideADisabilityStaysProtected(String name) {
        ColumnClassification c = FILES.column("recontact_handicap_fr.csv", name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Groep", "Ronde"})
    void aGroupOrARoundCodedByLetterIsNotHeld(String name) {
        ColumnClassification c = FILES.column("jeugdkamp_deelnemers_nl.csv", name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Bloedgroep", "Ploeg"})
    void bloodGroupsStayHeldEvenUnderAGroupsName(String name) {
        ColumnClassification c = FILES.column("jeugdkamp_deelnemers_nl.csv", name);

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
    }
}
