package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;

/**
 * A period of the year written as months or a range of days (round 9: the summer jobs' "Période", "juillet + août",
 * "15/07 au 15/08", held for review), attacked with an Italian summer-job file ({@code attacks-26/}): "luglio e agosto",
 * "01/07 - 31/07" say when, like a date, not who. The civil-disability flag beside it stays held.
 */
class PeriodsOfTheYearTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    @Test
    void aPeriodOfMonthsOrDaysIsWhenNotWho() {
        ClassificationResult r = FILES.file("lavori_estivi_candidature_it.csv");

        assertThat(r.column("Periodo").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Invalidità civile").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }
}
