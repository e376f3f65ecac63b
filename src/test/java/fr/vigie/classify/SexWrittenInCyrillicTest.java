package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ProtectedAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sex of a person written in Cyrillic (round 9: Lviv's "Стать" ч/ж was held for review as unknown categories),
 * attacked with files of other languages and layouts ({@code attacks-26/}): a Bulgarian social services file ("Пол":
 * м/ж) and a Ukrainian school register ("Стать": чол./жін.). The name and the values together say it is the sex; a
 * status of codes 1/2 under an English "Stat" is no sex.
 */
class SexWrittenInCyrillicTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"varna_sotsialni_uslugi_bg.csv, Пол", "kharkiv_shkola_uchni_ua.csv, Стать"})
    void aSexWrittenInCyrillicIsTheSex(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.GENDER);
    }

    /** Codes 1/2 under an English "Stat" (a case's status) are not read as a sex by the Ukrainian word. */
    @Test
    void aStatusOfCodesUnderStatIsNoSex() {
        ColumnClassification c = FILES.file("case_list_stat_en.csv").column("Stat");

        assertThat(c.protectedAttribute()).isNotEqualTo(ProtectedAttribute.GENDER);
        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }
}
