package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dt_nais|dt nais", "NOM_USAGE|nom usage", "tel_port|tel port", "DateOfBirth|date birth",
        "dateNaissance|date naissance", "HTTPStatusCode|http status code", "tel2|tel 2", "Né(e) le|ne",
        "N° Sécu|num secu", "numero_secu|num secu", "Prénom(s)|prenom", "Date de naissance|date naissance",
        "nombre_enfants|nb enfants", "Œuvre|oeuvre"})
    void cutsColumnNamesIntoCanonicalWords(String name, String words) {
        assertThat(Text.nameTokens(name)).isEqualTo(List.of(words.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"  Éléonore  D'Arc |eleonore d arc", "Hélène-Marie|helene marie", "CŒUR|coeur"})
    void normalisesValuesWithoutAccentsOrPunctuation(String value, String normal) {
        assertThat(Text.normalize(value)).isEqualTo(normal);
    }
}
