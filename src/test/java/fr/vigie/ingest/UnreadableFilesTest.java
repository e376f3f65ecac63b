package fr.vigie.ingest;

import static fr.vigie.ingest.IngestFixtures.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files that cannot be read at all: an {@link InputException} naming the file and, where it applies, line and column. */
class UnreadableFilesTest {

    static Stream<Arguments> corpusFiles() {
        return Stream.of(
                Arguments.of("unreadable/empty.csv", ExitCode.FAILED, 0L, 0L, "file is empty"),
                Arguments.of("unreadable/binary.csv", ExitCode.FAILED, 0L, 0L, "binary content"),
                Arguments.of("unreadable/duplicate-header.csv", ExitCode.FAILED, 1L, 3L, "duplicate column name"),
                Arguments.of("unreadable/empty-header-name.csv", ExitCode.FAILED, 1L, 2L, "empty column name"),
                Arguments.of("unreadable/encrypted-workbook.xlsx", ExitCode.FAILED, 0L, 0L, "encrypted workbook"),
                Arguments.of("unreadable/not-parquet.parquet", ExitCode.FAILED, 0L, 0L, "not a readable Parquet file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void failsWithAMessageNamingTheFile(String name, int exitCode, long line, long column, String problem) {
        Path file = corpus(name);

        assertThatThrownBy(() -> TableReaders.open(file, ReadOptions.defaults()).close())
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(exitCode);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(problem);
                });
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> TableReaders.open(dir.resolve("absent.csv"), ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("file not found");
    }

    @Test
    void rejectsAnOverrideWithTheWrongNumberOfNamesAsBadConfiguration() {
        assertThatThrownBy(() -> TableReaders.open(corpus("unreadable/duplicate-header.csv"),
                ReadOptions.defaults().withColumnNames(List.of("a", "b"))))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION))
                .hasMessageContaining("columnNames gives 2 names but the table has 3 columns");
    }

    @Test
    void rejectsAnOverrideWithRepeatedNamesAsBadConfiguration() {
        assertThatThrownBy(() -> TableReaders.open(corpus("unreadable/duplicate-header.csv"),
                ReadOptions.defaults().withColumnNames(List.of("a", "b", "a"))))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION))
                .hasMessageContaining("columnNames[2]");
    }

    @ParameterizedTest
    @MethodSource("impossibleOptions")
    void rejectsImpossibleOptionsAsBadConfiguration(ReadOptions options, String problem) {
        assertThatThrownBy(() -> TableReaders.open(corpus("good/utf8-semicolon-lf.csv"), options))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION))
                .hasMessageContaining(problem);
    }

    static Stream<Arguments> impossibleOptions() {
        ReadOptions d = ReadOptions.defaults();
        return Stream.of(
                Arguments.of(d.withMaxFieldChars(0), "maxFieldChars"),
                Arguments.of(d.withMaxRecordLines(0), "maxRecordLines"),
                Arguments.of(d.withHeaderLine(-1), "headerLine"),
                Arguments.of(d.withSeparator('"').withQuote('"'), "same character"),
                Arguments.of(d.withSeparator('\n'), "line break"),
                Arguments.of(d.withColumnNames(List.of()), "columnNames is empty"),
                Arguments.of(d.withColumnNames(java.util.Arrays.asList("a", null, "c", "d", "e", "f")), "columnNames[1]"));
    }

    @Test
    void doesNotPutHeaderNamesIntoMessages() {
        assertThatThrownBy(() -> TableReaders.open(corpus("unreadable/duplicate-header.csv"), ReadOptions.defaults()))
                .hasMessageNotContaining("nom");
    }

    @Test
    void refusesADocumentWhereATableIsExpected(@TempDir Path dir) throws IOException {
        Path pdf = Files.writeString(dir.resolve("note.pdf"), "%PDF-1.4 not really");

        assertThat(TableReaders.detectFormat(pdf)).isEqualTo(SourceFormat.DOCUMENT);
        assertThatThrownBy(() -> TableReaders.open(pdf, ReadOptions.defaults()))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION));
    }

    @Test
    void rejectsAZipBombSpreadsheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> TableReaders.open(file, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("suspected zip bomb");
    }

    @Test
    void rejectsATruncatedZip(@TempDir Path dir) throws IOException {
        Path good = IngestFixtures.xlsx(dir.resolve("ok.xlsx"), List.of("Feuille1"),
                List.of(List.of(List.of("a", "b"), List.of("1", "2"))));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TableReaders.open(truncated, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("cut.xlsx");
    }
}
