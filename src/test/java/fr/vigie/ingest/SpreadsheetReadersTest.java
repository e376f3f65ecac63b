package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XLSX and ODS read as tables: the same sheets give the same rows in both formats. */
class SpreadsheetReadersTest {
    private static final List<List<String>> AIDES = List.of(
            List.of("Aides versées au 31/12"),
            List.of(),
            List.of("nom", "naissance", "montant", "commune"),
            List.of("Martin", "=date:45657", "1234.5", "Montpellier"),
            List.of("Dubois", "", "980", ""),
            List.of(),
            List.of("Lefèvre", "=date:45292", "0", "Sète", "en trop"));
    private static final List<List<String>> AUTRE = List.of(List.of("code", "libelle"), List.of("1", "Un"));

    private static Path write(Path dir, String format) throws IOException {
        List<String> names = List.of("Autre", "Aides");
        List<List<List<String>>> sheets = List.of(AUTRE, format.equals("xlsx") ? AIDES : odsVersion(AIDES));
        return format.equals("xlsx") ? IngestFixtures.xlsx(dir.resolve("aides.xlsx"), names, sheets)
                : IngestFixtures.ods(dir.resolve("aides.ods"), names, sheets);
    }

    /** ODS stores dates as ISO text in office:date-value. */
    private static List<List<String>> odsVersion(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(v -> switch (v) {
            case "=date:45657" -> "=date:2024-12-31";
            case "=date:45292" -> "=date:2024-01-01";
            default -> v;
        }).toList()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void readsANamedSheetWithItsHeaderAfterATitle(String format, @TempDir Path dir) throws IOException {
        Path file = write(dir, format);

        ReadResult result = readAll(file, ReadOptions.defaults().withSheet("Aides").withHeaderLine(3));

        assertThat(TableReaders.detectFormat(file).name()).isEqualTo(format.toUpperCase());
        assertThat(result.header()).containsExactly("nom", "naissance", "montant", "commune");
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).values()).containsExactly("Martin", "2024-12-31", "1234.5", "Montpellier");
        assertThat(result.rows().get(0).line()).isEqualTo(4);
        assertThat(result.rows().get(1).values()).containsExactly("Dubois", "", "980", "");
        assertThat(result.malformed()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(7);
            assertThat(m.reason()).startsWith("value right of the last header column").doesNotContain("trop");
        });
        assertThat(result.recordsRead()).isEqualTo(result.rows().size() + result.malformed().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void readsTheFirstSheetByDefault(String format, @TempDir Path dir) throws IOException {
        ReadResult result = readAll(write(dir, format), ReadOptions.defaults());

        assertThat(result.header()).containsExactly("code", "libelle");
        assertThat(result.rows()).singleElement().satisfies(r -> assertThat(r.values()).containsExactly("1", "Un"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void failsOnAnUnknownSheetAsBadConfiguration(String format, @TempDir Path dir) throws IOException {
        Path file = write(dir, format);

        assertThatThrownBy(() -> readAll(file, ReadOptions.defaults().withSheet("Absente")))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void rejectsAnOverrideThatDoesNotFitTheSheetAsBadConfiguration(String format, @TempDir Path dir)
            throws IOException {
        Path file = write(dir, format);

        // without headerLine the one-cell title row is the header row: two names cannot replace it
        assertThatThrownBy(() -> readAll(file, ReadOptions.defaults().withSheet("Aides")
                .withColumnNames(List.of("a", "b"))))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION));
    }

    @Test
    void rejectsAnEncryptedOds(@TempDir Path dir) throws IOException {
        Path file = IngestFixtures.zip(dir.resolve("secret.ods"),
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                        + "xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\">"
                        + "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
                "content.xml", "garbage");

        assertThatThrownBy(() -> TableReaders.open(file, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("encrypted");
    }
}
