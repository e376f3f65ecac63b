package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A code written as digits in groups ("4711-20931-884", "12/34567/2024", "31.204.889102"), different on (nearly) every
 * row of a file about persons, is the key of the person's file whatever its name, even where the rules read few of
 * the file's columns; dates, times, ranges, amounts, versions and school years beside it stay what they are, and a
 * list of places keeps its codes ordinary ({@code attacks-27/README.md}, block ids27).
 */
class CodesOfDigitGroupsAboutPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"aufnahme_bescheinigungen_de.csv, Ankunftsbescheinigung", "zaswiadczenia_pobytu_krakow_pl.csv, Zaświadczenie",
        "izbegla_lica_potvrde_rs.csv, Потврда", "ankieta_kody_zaswiadczen.csv, ZASW"})
    void aCodeOfDigitGroupsDifferentOnEveryRowIsTheRecordsKey(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"aufnahme_bescheinigungen_de.csv, Schuljahr", "aufnahme_bescheinigungen_de.csv, Termin Uhrzeit",
        "aufnahme_bescheinigungen_de.csv, Zeitfenster", "aufnahme_bescheinigungen_de.csv, Leistung",
        "aufnahme_bescheinigungen_de.csv, Aufnahme am", "zaswiadczenia_pobytu_krakow_pl.csv, Wersja formularza",
        "zaswiadczenia_pobytu_krakow_pl.csv, Kwota świadczenia (zł)"})
    void datesTimesRangesAmountsAndVersionsAreNoKeys(String file, String column) {
        assertThat(FILES.column(file, column).infoType()).isNotEqualTo("RECORD_IDENTIFIER");
    }

    @Test
    void aListOfPlacesKeepsItsCodesOrdinary() {
        ColumnClassification c = FILES.column("equipements_codes_groupes.csv", "Code patrimoine");
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(FILES.file("equipements_codes_groupes.csv").dataset().personalData()).isFalse();
    }
}
