package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A column named as the row's rank in the list ({@code Lp.}, {@code Nr. crt.}, {@code S. No.}, {@code № з/п}) whose
 * values are 1..n in file order is a line number, no identifier; a member's number 1..n under its own name, or a row
 * number's name over numbers out of order, stays the person's number ({@code attacks-27/README.md}, block ids27).
 */
class RowNumbersNamedAsSuchTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");
    private static final String RULES = Fixtures.minimalRules() + Fixtures.MINIMAL_DATA_SUBJECT
        + "rowNumbers: {names: first-names, maxGapShare: 0.1, confidence: 0.8}\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"zasilki_lista_pl.csv, Lp.", "beneficiari_tichete_ro.csv, Nr. crt.", "pension_beneficiaries_in.csv, S. No."})
    void aRowNumberNamedAsSuchIsNoIdentifier(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"mitglieder_nummern_de.csv, Mitgliedsnummer", "mitglieder_nummern_de.csv, Lfd. Nr."})
    void otherNamesOrNumbersOutOfOrderStayThePersonsNumber(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    /** A bare "N°" or an electoral list's "N° d'ordre" is the person's number as often as the line's. */
    @Test
    void theNamesOfALinesRank() {
        RowNumbers rows = new RowNumbers(Fixtures.rules().rowNumbers());
        assertThat(rows.namedAsRowRank("#")).isTrue();
        assertThat(rows.namedAsRowRank("№ з/п")).isTrue();
        assertThat(rows.namedAsRowRank("№")).isTrue();
        assertThat(rows.namedAsRowRank("Sıra No")).isTrue();
        assertThat(rows.namedAsRowRank("Lfd. Nr.")).isTrue();
        assertThat(rows.namedAsRowRank("N°")).isFalse();
        assertThat(rows.namedAsRowRank("N° d'ordre")).isFalse();
        assertThat(rows.namedAsRowRank("N° adhérent")).isFalse();
    }

    @Test
    void readsTheSection() throws IOException {
        assertThat(Fixtures.loadRules(dir, RULES).rowNumbers().maxGapShare()).isEqualTo(0.1);
    }

    @Test
    void rejectsAnUnknownDictionaryAndAnUnknownKey() {
        Fixtures.assertRulesRejected(dir, RULES.replace("names: first-names", "names: row-names"), "rowNumbers.names",
            "unknown dictionary");
        Fixtures.assertRulesRejected(dir, RULES.replace("maxGapShare", "maxGaps"), "rowNumbers.maxGaps", "unknown key");
    }
}
