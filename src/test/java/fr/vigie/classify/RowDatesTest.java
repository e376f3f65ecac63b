package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowDatesTest {
    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void datesAreReadDayFirstYearFirstOrMonthFirstWhenOnlyThatFits() {
        assertThat(RowDates.epochDay("27/09/2024")).isEqualTo(day(2024, 9, 27));
        assertThat(RowDates.epochDay("3.6.2025")).isEqualTo(day(2025, 6, 3));
        assertThat(RowDates.epochDay("2011-03-15")).isEqualTo(day(2011, 3, 15));
        assertThat(RowDates.epochDay("1985.05.21.")).isEqualTo(day(1985, 5, 21));
        assertThat(RowDates.epochDay("07/26/1996")).isEqualTo(day(1996, 7, 26));
        assertThat(RowDates.epochDay("2025-03-12 14:05")).isEqualTo(day(2025, 3, 12));
    }

    @Test
    void whatIsNoDateIsNull() {
        assertThat(RowDates.epochDay(null)).isNull();
        assertThat(RowDates.epochDay("31/02/2025")).isNull();
        assertThat(RowDates.epochDay("GIR 3")).isNull();
        assertThat(RowDates.epochDay("2025")).isNull();
    }

    @Test
    void aColumnsDatesAreMeasuredAgainstTheRowsEarliestAndLatestOtherDates() {
        List<List<String>> rows = List.of(
            Arrays.asList("01/01/2023", "01/01/2025", "01/09/2025"),
            Arrays.asList("01/06/2024", "01/03/2025", null),
            Arrays.asList("01/01/2026", "01/03/2025", "01/09/2025"),
            Arrays.asList(null, "01/03/2025", "01/09/2025"));

        RowDates.Lie lie = RowDates.of(rows, 0, List.of(1, 2));

        assertThat(lie.rows()).isEqualTo(3);
        assertThat(lie.beforeLatest()).isEqualTo(2.0 / 3);
        assertThat(lie.medianGapDays()).isEqualTo(day(2025, 3, 1) - day(2024, 6, 1));
    }
}
