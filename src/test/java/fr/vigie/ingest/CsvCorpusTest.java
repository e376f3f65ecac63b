package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.corpus;
import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every readable CSV of the corpus, with the dialect, rows and quarantined lines it must give. */
class CsvCorpusTest {

    /** What a fixture must give: dialect, column count, good rows, and "line:reason start" of each malformed record. */
    record Expected(String charset, char separator, char quote, int headerLine, String lineEnding, boolean bom,
                    int columns, int rows, List<String> malformed) {
    }

    static Expected good(String charset, char sep, int headerLine, String eol, boolean bom, int columns, int rows) {
        return new Expected(charset, sep, '"', headerLine, eol, bom, columns, rows, List.of());
    }

    static Stream<Arguments> goodFiles() {
        return Stream.of(
                Arguments.of("good/utf8-semicolon-lf.csv", good("UTF-8", ';', 1, "LF", false, 6, 4)),
                Arguments.of("good/utf8-bom-comma-crlf.csv", good("UTF-8", ',', 1, "CRLF", true, 6, 4)),
                Arguments.of("good/windows1252-semicolon-crlf.csv", good("windows-1252", ';', 1, "CRLF", false, 6, 5)),
                Arguments.of("good/iso885915-semicolon.csv", good("windows-1252", ';', 1, "LF", false, 6, 4)),
                Arguments.of("good/utf16le-bom-tab.tsv", good("UTF-16LE", '\t', 1, "LF", true, 6, 4)),
                Arguments.of("good/utf16be-bom-semicolon.csv", good("UTF-16BE", ';', 1, "LF", true, 6, 4)),
                Arguments.of("good/pipe-separated-cr.csv", good("UTF-8", '|', 1, "CR", false, 6, 4)),
                Arguments.of("good/title-block.csv", good("UTF-8", ';', 4, "LF", false, 6, 4)),
                Arguments.of("good/quoted-multiline.csv", good("UTF-8", ';', 1, "LF", false, 3, 4)),
                Arguments.of("good/single-quote.csv", new Expected("UTF-8", ',', '\'', 1, "LF", false, 3, 3, List.of())),
                Arguments.of("good/no-header.csv", good("UTF-8", ';', 0, "LF", false, 4, 3)),
                Arguments.of("good/blank-lines.csv", good("UTF-8", ';', 1, "LF", false, 2, 2)));
    }

    static Stream<Arguments> badRowFiles() {
        return Stream.of(
                Arguments.of("bad-rows/unbalanced-quote.csv", bad(2, "2:unbalanced quote")),
                Arguments.of("bad-rows/unbalanced-quote-at-end.csv", bad(1, "3:unbalanced quote")),
                Arguments.of("bad-rows/too-many-fields.csv", bad(2, "3:too many fields (expected 3, found 4)")),
                Arguments.of("bad-rows/too-few-fields.csv", bad(2, "3:too few fields (expected 3, found 2)")),
                Arguments.of("bad-rows/nul-bytes.csv", bad(2, "3:NUL byte")),
                Arguments.of("bad-rows/long-field.csv", bad(2, "3:field over 100 characters (column 2)")),
                Arguments.of("bad-rows/char-after-quote.csv", bad(1, "2:character after closing quote (column 2)")),
                Arguments.of("bad-rows/many-problems.csv",
                        bad(2, "3:unbalanced quote", "4:too few fields", "5:too many fields")));
    }

    static Expected bad(int rows, String... malformed) {
        return new Expected("UTF-8", ';', '"', 1, "LF", false, 3, rows, List.of(malformed));
    }

    static Stream<Arguments> allFiles() {
        return Stream.concat(goodFiles(), badRowFiles());
    }

    private static ReadOptions optionsFor(String name) {
        // the long-field fixture is about a configured maximum, kept small here
        return name.contains("long-field") ? ReadOptions.defaults().withMaxFieldChars(100) : ReadOptions.defaults();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void detectsTheDialectAndReadsEveryRow(String name, Expected expected) {
        ReadResult result = readAll(corpus(name), optionsFor(name));

        CsvDialect dialect = result.dialect();
        assertThat(dialect.charset().name()).isEqualTo(expected.charset());
        assertThat(dialect.separator()).isEqualTo(expected.separator());
        assertThat(dialect.quote()).isEqualTo(expected.quote());
        assertThat(dialect.headerLine()).isEqualTo(expected.headerLine());
        assertThat(dialect.lineEndingName()).isEqualTo(expected.lineEnding());
        assertThat(dialect.bom()).isEqualTo(expected.bom());
        assertThat(result.header()).hasSize(expected.columns());
        assertThat(result.rows()).hasSize(expected.rows());
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.values()).hasSize(expected.columns()));
        assertThat(result.malformed()).hasSize(expected.malformed().size());
        for (int i = 0; i < expected.malformed().size(); i++) {
            String[] lineAndReason = expected.malformed().get(i).split(":", 2);
            SourceRecord.Malformed m = result.malformed().get(i);
            assertThat(m.line()).as("line of malformed record %d", i).isEqualTo(Long.parseLong(lineAndReason[0]));
            assertThat(m.reason()).startsWith(lineAndReason[1]);
        }
    }

    /** The equation the report states: records read = rows accepted + rows quarantined, on every fixture. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void recordsReadEqualAcceptedPlusQuarantined(String name, Expected expected, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        long accepted = 0;
        try (TableReader reader = TableReaders.open(corpus(name), optionsFor(name));
             QuarantineWriter quarantine = new QuarantineWriter(dir)) {
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (record instanceof SourceRecord.Malformed m) {
                    quarantine.write(m);
                } else {
                    accepted++;
                }
            }
            assertThat(reader.recordsRead()).isEqualTo(accepted + quarantine.count());
            assertThat(quarantine.count()).isEqualTo(expected.malformed().size());
        }
        Path file = dir.resolve(QuarantineWriter.FILE_NAME);
        assertThat(Files.exists(file)).isEqualTo(!expected.malformed().isEmpty());
        if (Files.exists(file)) {
            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0)).isEqualTo("line,reason,raw");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRowFiles")
    void reasonsNeverQuoteCellValues(String name, Expected expected) {
        ReadResult result = readAll(corpus(name), optionsFor(name));
        for (SourceRecord.Malformed m : result.malformed()) {
            assertThat(m.reason()).doesNotContain("Martin", "Dubois", "Durand", "Petit", "Lattes", "xxx");
            assertThat(m.raw()).isNotEmpty();
        }
    }
}
