package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.corpus;
import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import fr.vigie.model.ControlCharacters;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile files of the bad-input corpus ({@code src/test/resources/ingest/hostile/}, described in
 * its README) with the outcome each must give at the reader: refused naming the file, or read with
 * every record either accepted or malformed.
 */
class HostileFilesTest {

    /** A file refused as a whole: the message names it and says why. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("hostile/html-page.csv", ReadOptions.defaults(), "not a table"),
                Arguments.of("hostile/xml-page.csv", ReadOptions.defaults(), "not a table"),
                // the job forcing the wrong separator and a data row as header: a record becomes a name
                Arguments.of("hostile/ragged-separator.csv", ReadOptions.defaults().withSeparator(',').withHeaderLine(2),
                        "column name looks like data (fields joined by a separator)"),
                Arguments.of("hostile/header-shifted.csv", ReadOptions.defaults().withMaxColumns(5),
                        "8 columns, above the limit of 5"));
    }

    /** What a readable hostile file gives: columns, rows accepted, malformed records, whether that is a misread. */
    record Read(int columns, int rows, int malformed, String firstReason, boolean misread) {
    }

    static Stream<Arguments> readable() {
        return Stream.of(
                // every row has one field more than the header: all malformed, a misread
                Arguments.of("hostile/header-shifted.csv", ReadOptions.defaults(),
                        new Read(8, 0, 400, "too many fields", true)),
                // ragged rows of 6, 7 or 8 fields and a comma in every address: ';' is still the separator
                Arguments.of("hostile/ragged-separator.csv", ReadOptions.defaults(),
                        new Read(8, 121, 279, "too few fields", true)),
                // the wrong separator forced by the job: one field in the first line, two in every other
                Arguments.of("hostile/ragged-separator.csv", ReadOptions.defaults().withSeparator(','),
                        new Read(1, 1, 400, "too many fields", true)),
                Arguments.of("hostile/header-shifted.csv", ReadOptions.defaults().withHeaderLine(2),
                        new Read(9, 399, 0, null, false)),
                Arguments.of("hostile/escape-codes-header.csv", ReadOptions.defaults(), new Read(5, 4, 0, null, false)),
                Arguments.of("hostile/repeated-header.csv", ReadOptions.defaults(),
                        new Read(3, 4, 1, "repeats the header row", false)),
                Arguments.of("hostile/formula-cells.csv", ReadOptions.defaults(),
                        new Read(3, 2, 1, "too many fields", false)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void isRefusedNamingTheFile(String name, ReadOptions options, String reason) {
        assertThatThrownBy(() -> readAll(corpus(name), options))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(Path.of(name).getFileName().toString())
                .hasMessageContaining(reason)
                .hasMessageNotContaining("OUALI").hasMessageNotContaining("Martin");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("readable")
    void readsEveryRecordAsAcceptedOrMalformed(String name, ReadOptions options, Read expected) {
        ReadResult result = readAll(corpus(name), options);

        assertThat(result.header()).hasSize(expected.columns());
        assertThat(result.header()).allSatisfy(h -> assertThat(ControlCharacters.present(h)).as(h).isFalse());
        assertThat(result.rows()).hasSize(expected.rows());
        assertThat(result.malformed()).hasSize(expected.malformed());
        assertThat(result.recordsRead()).isEqualTo((long) expected.rows() + expected.malformed());
        if (expected.firstReason() != null) {
            assertThat(result.malformed().get(0).reason()).startsWith(expected.firstReason());
        }
        assertThat(MalformedShare.isMost(result.recordsRead(), result.malformed().size())).isEqualTo(expected.misread());
    }

    @Test
    void aDataRowReadAsTheHeaderShowsInTheProfileOfItsColumn() {
        ReadResult result = readAll(corpus("hostile/header-shifted.csv"), ReadOptions.defaults().withHeaderLine(2));
        Profiler profiler = new Profiler(result.header());
        result.rows().forEach(row -> profiler.accept(row.values()));
        DatasetProfile profile = profiler.finish();

        // the first names of the other rows hold the header's "first name": column 2 names a value of column 2
        assertThat(profile.columns().get(1).valueInColumnNames()).contains(2);
        assertThat(profile.namesHoldingValuesOf(name -> name.equals(result.header().get(1)))).contains(2);
        assertThat(profile.namesHoldingValuesOf(name -> false)).isEmpty();
    }

    @Test
    void aCorrectlyReadFileHasNoValueInItsColumnNames() {
        ReadResult result = readAll(corpus("good/utf8-semicolon-lf.csv"), ReadOptions.defaults());
        Profiler profiler = new Profiler(result.header());
        result.rows().forEach(row -> profiler.accept(row.values()));

        assertThat(profiler.finish().namesHoldingValuesOf(name -> true)).isEmpty();
    }

    @Test
    void theQuarantineOfFormulaCellsIsNeutralised(@TempDir Path dir) throws IOException {
        ReadResult result = readAll(corpus("hostile/formula-cells.csv"), ReadOptions.defaults());
        try (QuarantineWriter quarantine = new QuarantineWriter(dir)) {
            result.malformed().forEach(quarantine::write);
        }

        List<String> lines = Files.readAllLines(dir.resolve(QuarantineWriter.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains(",'=cmd|");
    }
}
