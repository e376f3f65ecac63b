package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a file about persons, an unknown column of many different whole numbers is a count or a measure, and is let
 * through; but whole numbers all within 0–120, spread like ages, under an opaque name (a survey's code: "EF44") may be
 * the person's age, a protected attribute: held for review. Counts and measures under names that say what they are,
 * and numbers beyond 120, stay as they are.
 */
class OpaqueAgeColumnTest {
    private static final int ROWS = 400;

    /** An INSEE-style coded person file: SEXE 1/2, the column under test, and a weight. */
    private static ClassificationResult codedFile(String name, int min, int max) {
        List<String> header = List.of("SEXE", name, "IPONDI");
        Random random = new Random(44);
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < ROWS; i++) {
            sampler.accept(new String[] {String.valueOf(1 + random.nextInt(2)), String.valueOf(min + random.nextInt(max - min + 1)),
                String.format(java.util.Locale.ROOT, "%.4f", 1 + random.nextDouble() * 5)});
        }
        return classifier.classify("coded", ROWS, sampler, Map.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EF44", "V12", "Q3B", "col7"})
    void wholeNumbersSpreadLikeAgesUnderAnOpaqueNameAreHeldAsAPossibleAge(String name) {
        ClassificationResult r = codedFile(name, 15, 95);

        ColumnClassification c = r.column(name);
        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
        assertThat(c.confidence()).isLessThan(0.6);
        assertThat(c.reviewNeeded()).isTrue();
        assertThat(c.evidence().notes()).anyMatch(n -> n.contains("age") && n.contains("pin the column"));
    }

    /**
     * Decimals are let through as measures when their name says what they measure; under a name that says nothing they
     * may be a lab value (HbA1c 6.8), a body-mass index or a disability rate: held for review.
     */
    @ParameterizedTest
    @ValueSource(strings = {"EF12", "V7", "col3"})
    void decimalsUnderAnOpaqueNameAreHeldForReview(String name) {
        ColumnClassification c = decimals(name).column(name);

        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"poids_kg", "duree_heures", "taux_remise"})
    void decimalsNamedAsAMeasureStayAsTheyAre(String name) {
        assertThat(decimals(name).column(name).reviewNeeded()).isFalse();
    }

    /** A person file (surname, sex, birth date) with a column of one-decimal values between 4.0 and 14.0. */
    private static ClassificationResult decimals(String name) {
        List<String> header = List.of("nom", "sexe", "date_naissance", name);
        String[] surnames = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND"};
        Random random = new Random(12);
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < ROWS; i++) {
            sampler.accept(new String[] {surnames[i % surnames.length], String.valueOf(1 + i % 2),
                String.format(java.util.Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1940 + i % 60),
                String.format(java.util.Locale.ROOT, "%.1f", 4 + random.nextInt(101) / 10.0)});
        }
        return classifier.classify("patients", ROWS, sampler, Map.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb_passages", "montant", "consommation_m3", "trajets", "duree_minutes"})
    void countsAndMeasuresNamedAsSuchStayAsTheyAre(String name) {
        ColumnClassification c = codedFile(name, 0, 110).column(name);

        assertThat(c.protectedAttribute()).isNotEqualTo(ProtectedAttribute.AGE);
        assertThat(c.evidence().notes()).noneMatch(n -> n.contains("possible age"));
    }

    /** Beyond 120 no age, but under a name that says nothing, nothing says what they measure either: held all the same. */
    @Test
    void wholeNumbersBeyond120AreNoAgeButStayHeldUnderAnOpaqueName() {
        ColumnClassification c = codedFile("EF45", 0, 400).column("EF45");

        assertThat(c.protectedAttribute()).isNotEqualTo(ProtectedAttribute.AGE);
        assertThat(c.reviewNeeded()).isTrue();
    }
}
