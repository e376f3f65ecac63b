package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random tables written by Commons CSV's printer (quotes, separators and line breaks inside values,
 * accents) read back identically, whatever the line ending and encoding, across many buffer loads.
 */
class CsvRoundTripTest {
    private static final String ALPHABET = "abcdefghij ÉéèàçùœABCXYZ0123456789,.;|\"'\n\r\t-/";

    @ParameterizedTest
    @CsvSource({"\\n,UTF-8,;", "\\r\\n,windows-1252,;", "\\r,UTF-8,|", "\\n,UTF-16LE,\\t", "\\r\\n,UTF-8,','"})
    void readsBackWhatCommonsCsvWrote(String lineEnding, String charsetName, String separator, @TempDir Path dir)
            throws IOException {
        String eol = lineEnding.replace("\\n", "\n").replace("\\r", "\r");
        char sep = separator.equals("\\t") ? '\t' : separator.charAt(0);
        Charset charset = Charset.forName(charsetName);
        Random random = new Random(eol.hashCode() * 31L + sep);
        List<String> header = List.of("id", "nom", "commentaire", "montant");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            rows.add(List.of(String.valueOf(i), word(random, 12), word(random, random.nextInt(10) == 0 ? 300 : 40),
                    random.nextInt(1000) + "," + random.nextInt(100)));
        }
        Path file = dir.resolve("round-trip.csv");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setRecordSeparator(eol).get();
        try (Writer out = Files.newBufferedWriter(file, charset); CSVPrinter printer = new CSVPrinter(out, format)) {
            if (charset.equals(StandardCharsets.UTF_16LE)) {
                out.write('\uFEFF');
            }
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }

        ReadResult result = readAll(file, ReadOptions.defaults().withSeparator(sep));

        assertThat(result.dialect().charset()).isEqualTo(charset);
        assertThat(result.header()).isEqualTo(header);
        assertThat(result.malformed()).isEmpty();
        assertThat(result.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(result.rows().get(i).values()).as("row %d", i).containsExactlyElementsOf(rows.get(i));
        }
    }

    private static String word(Random random, int maxLength) {
        int length = 1 + random.nextInt(maxLength);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // a value that is only blank would read back the same, but keep rows clearly non-empty
        return word.toString().isBlank() ? "x" + word : word.toString();
    }
}
