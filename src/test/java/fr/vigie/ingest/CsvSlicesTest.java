package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices of a CSV file, read one after the other, give exactly the records of one reader over the file. */
class CsvSlicesTest {
    @TempDir
    Path dir;

    @Test
    void quotedLineBreaksNeverStartASlice() throws IOException {
        StringBuilder csv = new StringBuilder("id;commentaire;ville\n");
        for (int i = 0; i < 400; i++) {
            // every other record holds line breaks inside quotes, some of them looking like records
            csv.append(i).append(i % 2 == 0 ? ";\"ligne\n" + (i + 1) + ";faux;enregistrement\nfin\";" : ";simple;")
                    .append("Montpellier\n");
        }
        Path file = write("quoted.csv", csv.toString(), StandardCharsets.UTF_8);

        for (int count = 2; count <= 5; count++) {
            assertThat(CsvSlices.plan(file, ReadOptions.defaults(), count)).hasSize(count);
            assertSameRecords(file, count);
        }
        assertThat(readSlices(file, 3)).noneMatch(r -> r.startsWith("M|"));
    }

    @Test
    void crlfLineEndingsAndAByteOrderMark() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFnom,montant\r\n");
        for (int i = 0; i < 300; i++) {
            csv.append("\"Dupont, ").append(i).append("\",").append(i).append("\r\n");
        }
        Path file = write("crlf-bom.csv", csv.toString(), StandardCharsets.UTF_8);

        assertThat(CsvSlices.plan(file, ReadOptions.defaults(), 3)).hasSize(3);
        assertSameRecords(file, 3);
        assertThat(readSlices(file, 3).get(0)).isEqualTo("R|2|Dupont, 0|0");
    }

    @Test
    void windows1252AndATitleBlock() throws IOException {
        StringBuilder csv = new StringBuilder("Export des aides\nGénéré le 01/02/2025\nnom;prénom;aide\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Lefèvre;Œuvre ").append(i).append(";oui\n");
        }
        Path file = write("cp1252.csv", csv.toString(), Charset.forName("windows-1252"));

        assertThat(CsvSlices.plan(file, ReadOptions.defaults(), 2)).hasSize(2);
        assertSameRecords(file, 2);
        assertThat(readSlices(file, 2).get(0)).isEqualTo("R|4|Lefèvre|Œuvre 0|oui");
    }

    @Test
    void aFileSmallerThanTheSlicesGetsFewer() throws IOException {
        Path file = write("small.csv", "a;b\n1;2\n3;4\n", StandardCharsets.UTF_8);

        List<SourceSlice> slices = CsvSlices.plan(file, ReadOptions.defaults(), 8);

        assertThat(slices.size()).isBetween(1, 2);
        assertSameRecords(file, 8);
        Path headerOnly = write("header-only.csv", "a;b\n", StandardCharsets.UTF_8);
        assertThat(CsvSlices.plan(headerOnly, ReadOptions.defaults(), 4)).containsExactly(SourceSlice.whole());
    }

    @Test
    void anUnbalancedQuoteStopsTheCutting() throws IOException {
        StringBuilder csv = new StringBuilder("id;texte\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i).append(";ok\n");
        }
        csv.append("100;\"jamais fermé\n");
        for (int i = 101; i < 800; i++) {
            csv.append(i).append(";ok\n");
        }
        Path file = write("unbalanced.csv", csv.toString(), StandardCharsets.UTF_8);

        // the quote opens before every target: the splitter would re-read the lines after it, so no cut
        assertThat(CsvSlices.plan(file, ReadOptions.defaults(), 4)).containsExactly(SourceSlice.whole());
        assertSameRecords(file, 4);
        assertThat(readSlices(file, 4)).anyMatch(r -> r.startsWith("M|102|"));
    }

    @Test
    void malformedRowsKeepTheirLineNumbers() throws IOException {
        StringBuilder csv = new StringBuilder("a;b;c\n");
        for (int i = 0; i < 500; i++) {
            csv.append(i % 37 == 0 ? "trop;peu\n" : i + ";x;y\n");
        }
        Path file = write("ragged.csv", csv.toString(), StandardCharsets.UTF_8);

        assertSameRecords(file, 3);
        assertThat(readSlices(file, 3)).filteredOn(r -> r.startsWith("M|")).first().asString().startsWith("M|2|");
        assertThat(readSlices(file, 3)).filteredOn(r -> r.startsWith("M|")).last().asString().startsWith("M|483|");
    }

    private void assertSameRecords(Path file, int count) {
        List<String> expected = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                expected.add(describe(r));
            }
        }
        assertThat(readSlices(file, count)).containsExactlyElementsOf(expected);
    }

    private static List<String> readSlices(Path file, int count) {
        List<String> records = new ArrayList<>();
        for (SourceSlice slice : CsvSlices.plan(file, ReadOptions.defaults(), count)) {
            try (TableReader reader = CsvSlices.open(file, ReadOptions.defaults(), slice)) {
                for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(describe(r));
                }
            }
        }
        return records;
    }

    private static String describe(SourceRecord record) {
        if (record instanceof SourceRecord.Row row) {
            return "R|" + row.line() + "|" + String.join("|", Arrays.asList(row.values()));
        }
        SourceRecord.Malformed bad = (SourceRecord.Malformed) record;
        return "M|" + bad.line() + "|" + bad.reason() + "|" + bad.raw();
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
