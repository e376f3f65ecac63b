package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number different on every row, in a file about persons, under a name no rule knows, may be a national number whose
 * check the rules do not know (a Hungarian TAJ, a Luxembourg matricule) or a person's file number: it is held for
 * review as the person's identifier, not exported as it is. Amounts, dates and measures different on every row are not
 * identifiers.
 */
class UnknownIdentifiersAboutPersonsTest {
    private static final int ROWS = 400;
    private static final String[] SURNAMES = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT"};
    private static final String[] FIRST_NAMES = {"Camille", "Louis", "Emma", "Hugo", "Léa", "Jules", "Chloé"};

    /** A person file (surname, first name, birth date) with one more column whose value of row i is {@code value}. */
    private static ColumnClassification column(String name, IntFunction<String> value) {
        List<String> header = List.of("nom", "prenom", "date_naissance", name);
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < ROWS; i++) {
            sampler.accept(new String[] {SURNAMES[i % SURNAMES.length], FIRST_NAMES[i % FIRST_NAMES.length],
                String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1940 + i % 60), value.apply(i)});
        }
        return classifier.classify("persons", ROWS, sampler, Map.of(), null).column(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAJ", "Azonosito", "matricule_lu", "col5"})
    void numbersDifferentOnEveryRowUnderAnUnknownNameAreHeldAsThePersonsIdentifier(String name) {
        Random random = new Random(9);
        ColumnClassification c = column(name, i -> String.format(Locale.ROOT, "%09d", 100_000_000 + random.nextInt(899_999_999)));

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        // Held when no rule knew it; a name rule that knows it ("matricule") decides it without a doubt.
        assertThat(c.reviewNeeded() || c.evidence().nameMatch() != null).as(c.toString()).isTrue();
    }

    @Test
    void codesOfLettersAndDigitsDifferentOnEveryRowAreHeldToo() {
        ColumnClassification c = column("Kennung", i -> String.format(Locale.ROOT, "%d%02d%02d%03d", 1950 + i % 60, 1 + i % 12,
            1 + i % 28, i));

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.reviewNeeded()).isTrue();
    }

    /** Another system's keys: a UUID or a hash per person links the rows to that system's file of the person. */
    @ParameterizedTest
    @ValueSource(strings = {"uuid", "sha256"})
    void anotherSystemsKeysDifferentOnEveryRowAreHeldToo(String kind) {
        ColumnClassification c = column("Xref", i -> kind.equals("uuid")
            ? new java.util.UUID(0x5eedL * (i + 1), 0xc0ffeeL * (i + 7)).toString()
            : String.format(Locale.ROOT, "%064x", new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(32)
                .putLong(0x9e3779b97f4a7c15L * (i + 1)).putLong(i * 31L).putLong(~i).putLong(i).array())));

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void amountsDatesAndMeasuresDifferentOnEveryRowAreNoIdentifiers() {
        assertThat(column("col6", i -> String.format(Locale.ROOT, "%d.%02d", 100 + i * 7, i % 100)).attributeType())
            .isNotEqualTo(AttributeType.IDENTIFYING);
        assertThat(column("col7", i -> String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d", 1 + i % 12, 1 + i % 28,
            i % 24, i % 60)).attributeType()).isNotEqualTo(AttributeType.IDENTIFYING);
    }
}
