package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.corpus;
import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values, line numbers, overrides and restart of the CSV reader. */
class CsvReadingTest {

    @ParameterizedTest
    @ValueSource(strings = {"good/utf8-semicolon-lf.csv", "good/windows1252-semicolon-crlf.csv",
            "good/iso885915-semicolon.csv", "good/utf16le-bom-tab.tsv", "good/utf16be-bom-semicolon.csv",
            "good/pipe-separated-cr.csv", "good/title-block.csv"})
    void decodesAccentsInEveryEncoding(String name) {
        ReadResult result = readAll(corpus(name), ReadOptions.defaults());

        assertThat(result.header()).containsExactly("nom", "prenom", "date_naissance", "code_postal", "revenu",
                "aide_accordee");
        assertThat(result.rows().get(0).values()).containsExactly("Martin", "Élodie", "12/03/1985", "34000",
                "1 234,50", "oui");
        assertThat(result.rows().get(2).values()[0]).isEqualTo("Lefèvre");
    }

    @Test
    void readsWindows1252OnlyCharacters() {
        ReadResult result = readAll(corpus("good/windows1252-semicolon-crlf.csv"), ReadOptions.defaults());

        assertThat(result.rows().get(4).values()[0]).isEqualTo("Œuvre");
    }

    @Test
    void keepsQuotedSeparatorsLineBreaksAndDoubledQuotes() {
        ReadResult result = readAll(corpus("good/quoted-multiline.csv"), ReadOptions.defaults());

        assertThat(result.rows().get(0).values()[1]).isEqualTo("Ligne un\nligne deux");
        assertThat(result.rows().get(1).values()[1]).isEqualTo("Il a dit \"bonjour\"; puis est parti");
        assertThat(result.rows().get(2).values()[1]).isEmpty();
        assertThat(result.rows()).extracting(SourceRecord.Row::line).containsExactly(2L, 4L, 5L, 6L);
    }

    @Test
    void numbersRowsByPhysicalLineAfterATitleBlock() {
        ReadResult result = readAll(corpus("good/title-block.csv"), ReadOptions.defaults());

        assertThat(result.rows()).extracting(SourceRecord.Row::line).containsExactly(5L, 6L, 7L, 8L);
    }

    @Test
    void namesColumnsOfAFileWithoutHeader() {
        ReadResult result = readAll(corpus("good/no-header.csv"), ReadOptions.defaults());

        assertThat(result.header()).containsExactly("column_1", "column_2", "column_3", "column_4");
        assertThat(result.rows().get(0).values()[0]).isEqualTo("1");
        assertThat(result.rows().get(0).line()).isEqualTo(1);
    }

    @Test
    void resynchronisesAfterAnUnbalancedQuote() {
        ReadResult result = readAll(corpus("bad-rows/unbalanced-quote.csv"), ReadOptions.defaults());

        assertThat(result.rows()).extracting(r -> r.values()[1]).containsExactly("Dubois", "Durand");
        assertThat(result.malformed().get(0).raw()).isEqualTo("1;\"Martin;Montpellier");
    }

    @Test
    void capsTheLinesAnUnclosedQuoteMaySpan(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id;nom\n1;\"jamais fermé\n");
        for (int i = 2; i <= 1000; i++) {
            csv.append(i).append(";nom").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("open.csv"), csv.toString());

        ReadResult result = readAll(file, ReadOptions.defaults().withMaxRecordLines(10));

        assertThat(result.malformed()).extracting(SourceRecord.Malformed::line).containsExactly(2L);
        assertThat(result.rows()).hasSize(999);
        assertThat(result.rows().get(0).line()).isEqualTo(3);
    }

    @Test
    void jobOverridesTakePrecedenceOverDetection(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("data.txt"), "a,b;c\n1,2;3\n".getBytes(StandardCharsets.ISO_8859_1));

        ReadResult detected = readAll(file, ReadOptions.defaults().withFormat(SourceFormat.CSV));
        ReadResult overridden = readAll(file, ReadOptions.defaults().withFormat(SourceFormat.CSV)
                .withSeparator(',').withCharset(StandardCharsets.ISO_8859_1).withQuote('\''));

        assertThat(detected.header()).hasSize(2);
        assertThat(overridden.header()).containsExactly("a", "b;c");
        assertThat(overridden.dialect().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(overridden.dialect().quote()).isEqualTo('\'');
    }

    @Test
    void headerLineOverrideSkipsATitleBlock(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "Titre;du;rapport\nid;nom\n1;a\n");

        ReadResult result = readAll(file, ReadOptions.defaults().withHeaderLine(2));

        assertThat(result.header()).containsExactly("id", "nom");
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void columnNamesOverrideReplacesABadHeader() {
        ReadResult result = readAll(corpus("unreadable/duplicate-header.csv"),
                ReadOptions.defaults().withColumnNames(List.of("id", "nom", "nom_usage")));

        assertThat(result.header()).containsExactly("id", "nom", "nom_usage");
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void readsAHeaderOnlyFileAsAnEmptyTable(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vide.csv"), "id;nom;ville\r\n");

        ReadResult result = readAll(file, ReadOptions.defaults());

        assertThat(result.header()).containsExactly("id", "nom", "ville");
        assertThat(result.rows()).isEmpty();
        assertThat(result.malformed()).isEmpty();
    }

    @Test
    void quarantinesALineWithoutLineBreaksOverTheLineCap(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sans-fin.csv"), "id;nom\n1;" + "x".repeat(1_200_000) + "\n2;b\n");

        ReadResult result = readAll(file, ReadOptions.defaults());

        assertThat(result.malformed()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.reason()).startsWith("line over");
        });
        assertThat(result.rows()).singleElement().satisfies(r -> assertThat(r.values()).containsExactly("2", "b"));
    }

    @Test
    void skipResumesExactlyAfterTheRecordsAlreadyRead() {
        Path file = corpus("bad-rows/many-problems.csv");
        List<Long> all = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            SourceRecord r;
            while ((r = reader.next()) != null) {
                all.add(r.line());
            }
        }
        for (int n = 0; n <= all.size(); n++) {
            try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
                assertThat(reader.skip(n)).isEqualTo(n);
                List<Long> rest = new ArrayList<>();
                SourceRecord r;
                while ((r = reader.next()) != null) {
                    rest.add(r.line());
                }
                assertThat(rest).isEqualTo(all.subList(n, all.size()));
                assertThat(reader.recordsRead()).isEqualTo(all.size());
            }
        }
    }
}
