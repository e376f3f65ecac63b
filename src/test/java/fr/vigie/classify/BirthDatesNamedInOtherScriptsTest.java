package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date of birth named in Serbian Cyrillic, Russian, Georgian or Macedonian, with a preposition between its words
 * ("Датум на раѓање"), is a date of birth like "Data urodzenia". Attack files in {@code attacks-26/}, written apart
 * from round 9's Plovdiv file.
 */
class BirthDatesNamedInOtherScriptsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");


    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"beograd_socijalna_pomoc_rs.csv, Датум рођења", "kishinev_posobiya_md.csv, Дата рождения",
        "tbilisi_partnioruli_programa_ge.csv, დაბადების თარიღი", "skopje_ednokratna_pomos_mk.csv, Датум на раѓање"})
    void aDateOfBirthNamedInAnotherScriptIsADateOfBirth(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.infoType()).isEqualTo("DATE_OF_BIRTH");
    }

    /** Georgian letters are read in Latin letters (national system of 2002), Serbian ђ as đ. */
    @Test
    void georgianAndSerbianLettersAreReadInLatinLetters() {
        assertThat(Text.normalize("დაბადების თარიღი")).isEqualTo("dabadebis tarighi");
        assertThat(Text.normalize("рођења")).isEqualTo("rodenja");
    }
}
