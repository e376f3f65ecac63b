package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12,5|12.5", "1 234,50|1234.50", "1\u00A0234,50|1234.50", "1\u202F234|1234", "1.234,50|1234.50",
        "-3|-3", "+7|7", "12.5|12.5", "1.234.567|1234567", "0,001|0.001", " 42 |42", "1 000 000|1000000"})
    void readsFrenchNumbers(String text, String expected) {
        assertThat(Values.parseNumber(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12,5,3", "1 23", "12 34 56", "06 12 34 56 78", "1,", ",5", "12a", "1..2",
        "1.234,5.6", "--1", "1 234.567,5"})
    void rejectsWhatIsNotANumber(String text) {
        assertThat(Values.parseNumber(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/12/2024|2024-12-31", "1/2/2024|2024-02-01", "31-12-2024|2024-12-31", "31.12.2024|2024-12-31",
        "2024-12-31|2024-12-31", "2024-12-31T10:15:30|2024-12-31", "31/12/2024 10:15|2024-12-31",
        "29/02/2024|2024-02-29", "2024-12-31T10:15:30.123+01:00|2024-12-31"})
    void readsFrenchAndIsoDates(String text, String expected) {
        assertThat(Values.parseDate(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024", "2024/12/31", "31/12/24",
        "31/12-2024", "hier", "2024-12-31X", "31/12/2024 25:00"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(Values.parseDate(text)).isEmpty();
    }

    @Test
    void readsFrenchAndEnglishBooleans() {
        assertThat(Values.parseBoolean("Oui")).contains(true);
        assertThat(Values.parseBoolean("NON")).contains(false);
        assertThat(Values.parseBoolean("vrai")).contains(true);
        assertThat(Values.parseBoolean("false")).contains(false);
        assertThat(Values.parseBoolean("O")).isEmpty();
    }

    @Test
    void treatsBlankAndUsualMarkersAsNull() {
        assertThat(Values.isNull("")).isTrue();
        assertThat(Values.isNull("   ")).isTrue();
        assertThat(Values.isNull("NULL")).isTrue();
        assertThat(Values.isNull("#N/A")).isTrue();
        assertThat(Values.isNull("0")).isFalse();
        assertThat(Values.isNull("Nul")).isFalse();
    }
}
