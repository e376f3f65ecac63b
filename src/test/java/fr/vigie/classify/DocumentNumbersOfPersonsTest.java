package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A column named as a number ({@code N.}, {@code №}, {@code Číslo}...) of a licence, a card or a certificate, whose
 * values are codes mostly different (many rows empty, some repeated), is the key of the person's file; in an
 * organisation's file a permit's number stays ordinary ({@code attacks-27/README.md}, block ids27).
 */
class DocumentNumbersOfPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"licenze_pesca_torino_it.csv, N. licenza", "parkovaci_karty_brno_cz.csv, Číslo průkazu",
        "posvidchennia_opikuniv_ua.csv, Посвідчення №"})
    void aDocumentsNumberOfMostlyDifferentCodesIsTheRecordsKey(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    @Test
    void aPermitsNumberInAnOrganisationsFileStaysOrdinary() {
        assertThat(FILES.column("terrasses_arretes_commerces.csv", "N° arrêté").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
        assertThat(FILES.file("terrasses_arretes_commerces.csv").dataset().personalData()).isFalse();
    }

    @Test
    void theNumeroSignIsReadAsANumbersWord() {
        assertThat(Text.canonicalWords(Text.normalize("Довідка №"))).contains("num");
    }
}
