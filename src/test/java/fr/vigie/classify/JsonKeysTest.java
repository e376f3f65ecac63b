package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys of a JSON object in a cell, read as column names; what is not a JSON object has none. */
class JsonKeysTest {
    @Test
    void keysWithAValueCountNestedOnesTooAndNullOrEmptyOnesDoNot() {
        assertThat(JsonKeys.of("{\"pmr\": false, \"allergies\": null, \"notes\": \"\", \"tags\": [],"
            + " \"profil\": {\"religion\": \"x\"}}")).containsExactly("pmr", "profil", "religion");
    }

    @Test
    void whatIsNoJsonObjectHasNoKeys() {
        assertThat(JsonKeys.of("[\"abonne\", \"mecene\"]")).isEmpty();
        assertThat(JsonKeys.of("{pas du json}")).isEmpty();
        assertThat(JsonKeys.of("Rue des Lilas")).isEmpty();
        assertThat(JsonKeys.of("{}")).isEmpty();
    }

    @Test
    void keysNameTheInfoTypesOfTheRulesThatNeedNoValuesToConfirm() {
        ClassificationRules rules = Fixtures.rules();
        assertThat(JsonKeys.infoTypes("{\"handicap\": true, \"email\": \"x@y.fr\", \"title\": \"Dashboard\"}", rules))
            .containsExactly("DISABILITY", "EMAIL_ADDRESS");
        // "sexe" must be confirmed by its values: one value cannot.
        assertThat(JsonKeys.infoTypes("{\"sexe\": \"F\", \"label\": \"Save\"}", rules)).isEmpty();
    }
}
