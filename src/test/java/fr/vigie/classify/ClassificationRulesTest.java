package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationRulesTest {
    private static final String MINIMAL = Fixtures.minimalRules();

    @TempDir
    Path dir;

    @Test
    void loadsTheProjectRules() {
        ClassificationRules rules = Fixtures.rules();
        assertThat(rules.sampleSize()).isEqualTo(10_000);
        assertThat(rules.largeScaleRows()).isEqualTo(100_000);
        assertThat(rules.infoTypes()).contains("PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "FR_NIR", "IBAN",
            "CREDIT_CARD_NUMBER", "FR_SIREN", "FR_SIRET", "STREET_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "GENDER",
            "NATIONALITY", "IP_ADDRESS", "GEO_COORDINATE", "VEHICLE_PLATE", "ICD10_CODE", Classifier.FREE_TEXT);
        assertThat(rules.nameRules()).hasSizeGreaterThan(30);
        assertThat(rules.valueRules()).hasSizeGreaterThan(20);
    }

    @Test
    void loadsMinimalRulesWithDefaults() throws IOException {
        ClassificationRules rules = Fixtures.loadRules(dir, MINIMAL);
        assertThat(rules.sampleSize()).isEqualTo(10_000);
        assertThat(new Classifier(rules).classifyColumn("x", Fixtures.repeat(10, "Marie", "Jean Dupont")).infoType())
            .isEqualTo("PERSON_NAME");
    }

    @Test
    void rejectsUnknownKeys() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "colour: blue\n", "colour", "unknown key");
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("names: [nom, prenom]", "names: [nom], nmaes: [x]"), "nameRules[0].nmaes", "unknown key");
    }

    // attack26: the fieldsAsRows section (a file written one row per field) is checked on load, naming its key.
    @Test
    void rejectsFieldsAsRowsSettingsThatWouldReleaseOrNeverRead() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "fieldsAsRows: {confidence: 0.7}\n", "fieldsAsRows.confidence", "held for review");
        Fixtures.assertRulesRejected(dir, MINIMAL + "fieldsAsRows: {minFields: 1}\n", "fieldsAsRows.minFields", "at least 2");
        Fixtures.assertRulesRejected(dir, MINIMAL + "fieldsAsRows: {minFields: 3, minConfirmed: 4}\n", "fieldsAsRows.minConfirmed",
            "between 1 and minFields");
        Fixtures.assertRulesRejected(dir, MINIMAL + "fieldsAsRows: {colour: 3}\n", "fieldsAsRows.colour", "unknown key");
    }

    @Test
    void rejectsUnknownInfoType() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("{id: person, infoType: PERSON_NAME", "{id: person, infoType: PERSON"),
            "nameRules[0].infoType", "unknown info type 'PERSON'");
    }

    @Test
    void rejectsUnknownValidator() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: x, infoType: PERSON_NAME, validator: nir2}\n", "valueRules[1].validator", "unknown validator");
    }

    @Test
    void rejectsUnknownDictionary() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("dictionary: first-names", "dictionary: prenoms"), "valueRules[0].dictionary", "unknown dictionary");
    }

    @Test
    void rejectsMissingDictionaryFile() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("prenoms.txt", "absent.txt"), "dictionaries.first-names.file", "file not found");
    }

    @Test
    void rejectsBadRegularExpression() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: x, infoType: PERSON_NAME, pattern: '[a-'}\n", "valueRules[1].pattern", "not a valid regular expression");
    }

    @Test
    void rejectsDuplicateRuleIds() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: first-name, infoType: PERSON_NAME, validator: email}\n", "valueRules[1].id", "duplicate rule id");
    }

    @Test
    void rejectsBadEnumValue() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("PERSON_NAME: {attributeType: IDENTIFYING}", "PERSON_NAME: {attributeType: SECRET}"),
            "infoTypes.PERSON_NAME.attributeType", "unknown value");
    }

    @Test
    void rejectsValueRuleWithoutAnyTest() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: x, infoType: PERSON_NAME}\n", "valueRules[1]", "needs a pattern, a validator, integers or a dictionary");
    }

    @Test
    void rejectsConfirmationByUnknownValueRule() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("names: [nom, prenom]}", "names: [nom], confirmBy: [nope]}"),
            "nameRules[0].confirmBy", "unknown value rule 'nope'");
    }

    @Test
    void rejectsOutOfRangeRatio() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("match: token}", "match: token, minRatio: 1.5}"), "valueRules[0].minRatio", "must be between");
    }

    @Test
    void rejectsBirthDateProfileWithUnknownInfoType() {
        Fixtures.assertRulesRejected(dir, "settings:\n  birthDateProfile: {dateInfoType: DATE, birthDateInfoType: PERSON_NAME, minYearSpan: 30}\n" + MINIMAL,
            "settings.birthDateProfile.dateInfoType", "unknown info type 'DATE'");
    }

    @Test
    void rejectsADictionaryWithoutItsSource() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace(", source: test}", "}"), "dictionaries.first-names.source", "required key is missing");
    }

    @Test
    void rejectsFamilySettingsOnARuleWithoutMembers() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("match: token}", "match: token, minMatchShare: 0.1}"), "valueRules[0].minMatchShare",
            "only for a rule with members");
    }

    @Test
    void rejectsDomainsOnARuleThatReadsNoMailbox() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("match: token}", "match: token, domains: first-names}"), "valueRules[0].domains",
            "only for a rule with match: MAILBOX");
    }

    @Test
    void rejectsAnIntegerRangeThatIsNotMinMax() {
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: x, infoType: PERSON_NAME, integers: [120, 0]}\n", "valueRules[1].integers",
            "min is above max");
        Fixtures.assertRulesRejected(dir, MINIMAL + "  - {id: x, infoType: PERSON_NAME, integers: [0]}\n", "valueRules[1].integers",
            "expected [min, max]");
    }

    @Test
    void rejectsReviewOnARuleThatIsNotASensitiveVocabulary() {
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("match: token}", "match: token, review: true}"), "valueRules[0].review",
            "only a rule with a dictionary of a SENSITIVE info type");
    }

    /** A fail-closed section but its {@code sex} and {@code freeText} entries, which the tests below vary. */
    private static final String FAIL_CLOSED = """
            failClosed:
              held: {attributeType: SENSITIVE}
              sensitiveMatters: [PERSON_NAME]
              personNumber: {infoType: PERSON_NAME}
              birthYear: {infoType: PERSON_NAME}
            """;

    @Test
    void rejectsAFailClosedSectionThatWouldLetUnknownColumnsThroughOrNamesAnUnknownInfoType() {
        String failClosed = FAIL_CLOSED + """
              sex: {infoType: GENDER}
            """;
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed, "failClosed.sex.infoType", "unknown info type 'GENDER'");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("SENSITIVE", "INSENSITIVE"), "failClosed.held.attributeType",
            "cannot be INSENSITIVE");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("held:", "holds:"), "failClosed.holds", "unknown key");
    }

    @Test
    void rejectsAFreeTextHoldThatWouldLetFreeTextThroughAndAStemTooShort() throws IOException {
        String failClosed = FAIL_CLOSED + """
              sex: {infoType: PERSON_NAME}
              freeText: {attributeType: INSENSITIVE}
            """;
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed, "failClosed.freeText.attributeType", "cannot be INSENSITIVE");
        assertThat(Fixtures.loadRules(dir, MINIMAL + failClosed.replace("freeText: {attributeType: INSENSITIVE}", "freeText: {attributeType: SENSITIVE}"))
            .failClosed().freeText().attributeType()).isEqualTo(fr.vigie.model.AttributeType.SENSITIVE);
        Files.writeString(dir.resolve("stems.txt"), "# stems\ndiabet*\nma*\n");
        Fixtures.assertRulesRejected(dir, MINIMAL.replace("infoTypes:", "  stems: {file: stems.txt, source: test}\ninfoTypes:"),
            "dictionaries.stems.file", "stem 'ma*' must be one word of at least 4 letters");
    }

    @Test
    void rejectsCategoriesHeldAsInsensitiveAndHarmlessShapesThatNameNothingValid() throws IOException {
        String failClosed = FAIL_CLOSED + """
              sex: {infoType: PERSON_NAME}
              categories: {attributeType: SENSITIVE}
              harmlessShapes:
                - {pattern: '\\d+[.,]\\d+'}
                - {dictionary: [first-names]}
            """;
        FailClosed.Rules rules = Fixtures.loadRules(dir, MINIMAL + failClosed).failClosed();
        assertThat(rules.categories().attributeType()).isEqualTo(fr.vigie.model.AttributeType.SENSITIVE);
        assertThat(rules.harmless().explainAll("col", false, java.util.Map.of("1.5", 3, "0,75", 2))).isTrue();
        assertThat(rules.harmless().explainAll("col", false, java.util.Map.of("marie", 3, "JEAN", 2))).isTrue();
        assertThat(rules.harmless().explainAll("col", false, java.util.Map.of("1.5", 3, "Marie", 2))).as("one shape for all values").isFalse();

        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("categories: {attributeType: SENSITIVE}", "categories: {attributeType: INSENSITIVE}"),
            "failClosed.categories.attributeType", "cannot be INSENSITIVE");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("[first-names]", "[last-names]"),
            "failClosed.harmlessShapes[1].dictionary[0]", "unknown dictionary");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("{pattern: '\\d+[.,]\\d+'}", "{pattern: '(\\d'}"),
            "failClosed.harmlessShapes[0].pattern", "not a valid regular expression");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("{dictionary: [first-names]}", "{dictionary: [first-names], pattern: x}"),
            "failClosed.harmlessShapes[1]", "either a pattern or a dictionary");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("{pattern:", "{regex:"), "failClosed.harmlessShapes[0].regex", "unknown key");
    }

    /**
     * A shape may ask the column's name: every word a term of nameWords; and no shape applies under a name holding a
     * term of failClosed.sensitiveNames.
     */
    @Test
    void aHarmlessShapeAsksTheColumnsNameAndRejectsUnknownNameDictionaries() throws IOException {
        String failClosed = FAIL_CLOSED + """
              sex: {infoType: PERSON_NAME}
              categories: {attributeType: SENSITIVE}
              harmlessShapes:
                - {dictionary: [first-names], nameWords: [first-names]}
            """;
        HarmlessShapes nameWords = Fixtures.loadRules(dir, MINIMAL + failClosed).failClosed().harmless();
        assertThat(nameWords.explainAll("marie_jean", false, java.util.Map.of("jean", 3))).as("every name word a term").isTrue();
        assertThat(nameWords.explainAll("marie_q7", false, java.util.Map.of("jean", 3))).as("a name word outside").isFalse();
        HarmlessShapes namedOnly = Fixtures.loadRules(dir, MINIMAL + failClosed.replace("nameWords: [first-names]", "namedOnly: true"))
            .failClosed().harmless();
        assertThat(namedOnly.explainAll("prenom", false, java.util.Map.of("jean", 3))).as("a name that says something").isTrue();
        assertThat(namedOnly.explainAll("EF12", true, java.util.Map.of("jean", 3))).as("an opaque name").isFalse();
        String anyName = failClosed.replace(", nameWords: [first-names]", "")
            .replace("  harmlessShapes:", "  sensitiveNames: [first-names]\n  harmlessShapes:");
        HarmlessShapes unless = Fixtures.loadRules(dir, MINIMAL + anyName).failClosed().harmless();
        assertThat(unless.explainAll("Q7", false, java.util.Map.of("jean", 3))).as("no name word in sensitiveNames").isTrue();
        assertThat(unless.explainAll("statut_marie", false, java.util.Map.of("jean", 3))).as("a name word in sensitiveNames").isFalse();

        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("nameWords: [first-names]", "nameWords: [nope]"),
            "failClosed.harmlessShapes[0].nameWords[0]", "unknown dictionary");
        Fixtures.assertRulesRejected(dir, MINIMAL + anyName.replace("sensitiveNames: [first-names]", "sensitiveNames: [nope]"),
            "failClosed.sensitiveNames[0]", "unknown dictionary");
        Fixtures.assertRulesRejected(dir, MINIMAL + failClosed.replace("nameWords:", "unlessNameIn:"),
            "failClosed.harmlessShapes[0].unlessNameIn", "unknown key");
    }

    @Test
    void rejectsAnUnknownInfoTypeOrValueRuleInTheDataSubjectSection() {
        String subject = """
            dataSubject:
              contactWords: [president]
              personInfoTypes: [PERSON_NAME]
              soleTraders: {legalFormRules: [first-name]}
              organisation: {notPersonal: [FR_SIRET]}
              place: {notPersonal: []}
            """;
        Fixtures.assertRulesRejected(dir, MINIMAL + subject, "dataSubject.organisation.notPersonal[0]", "unknown info type 'FR_SIRET'");
        Fixtures.assertRulesRejected(dir, MINIMAL + subject.replace("[first-name]", "[nope]").replace("[FR_SIRET]", "[]"),
            "dataSubject.soleTraders.legalFormRules[0]", "unknown value rule 'nope'");
    }

    @Test
    void rejectsASpecialCategoryThatIsNotSensitiveOrUnknownAndAConfidenceThatWouldNotAskForReview() throws IOException {
        String subject = Fixtures.MINIMAL_DATA_SUBJECT
            + "  specialCategories: {infoTypes: [RELIGION], personInfoTypes: [PERSON_NAME], confidence: 0.45}\n";
        String religion = Fixtures.minimalRules("RELIGION: {attributeType: SENSITIVE, domain: SPECIAL_CATEGORY}");
        assertThat(Fixtures.loadRules(dir, religion + subject).subjectRules().specialCategories().infoTypes()).containsExactly("RELIGION");
        Fixtures.assertRulesRejected(dir, religion + subject.replace("[RELIGION]", "[FREE_TEXT]"), "dataSubject.specialCategories.infoTypes[0]",
            "is not SENSITIVE");
        Fixtures.assertRulesRejected(dir, religion + subject.replace("[RELIGION]", "[BELIEF]"), "dataSubject.specialCategories.infoTypes[0]",
            "unknown info type 'BELIEF'");
        Fixtures.assertRulesRejected(dir, religion + subject.replace("0.45", "0.9"), "dataSubject.specialCategories.confidence", "must be between");
    }

    @Test
    void rejectsMissingRulesFile() {
        assertThatThrownBy(() -> ClassificationRules.load(dir.resolve("nowhere")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("file not found");
    }
}
