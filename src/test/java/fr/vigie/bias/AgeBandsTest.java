package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandsTest {
    private final AgeBands bands = new AgeBands(new int[] {25, 40, 55, 65}, LocalDate.of(2026, 1, 1));

    @Test
    void labelsTheBandsFromTheirLimits() {
        assertThat(bands.labels()).containsExactly("<25", "25-39", "40-54", "55-64", "65+");
    }

    @Test
    void bandsIsoAndFrenchBirthDates() {
        assertThat(bands.band("1990-06-15")).isEqualTo("25-39");
        assertThat(bands.band("15/06/2001")).isEqualTo("<25");
        assertThat(bands.band("01/01/1961")).isEqualTo("65+");
        assertThat(bands.band("02/01/1961")).isEqualTo("55-64");
    }

    @Test
    void bandsAgesGivenAsNumbers() {
        assertThat(bands.band("24")).isEqualTo("<25");
        assertThat(bands.band("25")).isEqualTo("25-39");
        assertThat(bands.band(" 54,5 ")).isEqualTo("40-54");
        assertThat(bands.band("65")).isEqualTo("65+");
    }

    @Test
    void rejectsWhatIsNeitherAnAgeNorADate() {
        assertThat(bands.band("abc")).isNull();
        assertThat(bands.band("130")).isNull();
        assertThat(bands.band("31/02/1990")).isNull();
        assertThat(bands.band("2030-01-01")).isNull();
    }
}
