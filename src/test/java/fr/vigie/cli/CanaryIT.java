package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fr.vigie.testing.TestProjects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants unique canary values (an e-mail, a NIR, a phone number) in the CCAS input, runs the job with
 * debug logging, in text and in JSON, and checks that no log line, no report, no pending export and no
 * other file of the store contains any of them (Parquet files are decoded, not just searched).
 */
class CanaryIT {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String EMAIL = "canari.q7x2zk@example.org";
    private static final String NIR = nir("2850734172987");
    private static final String PHONE = "06 39 98 71 17";
    private static final List<String> CANARIES = List.of(EMAIL, NIR, PHONE, NIR.substring(0, 13));

    @TempDir
    Path work;

    @Test
    void plantedValuesAppearInNoLogReportOrUnapprovedFile() throws Exception {
        Path project = project();
        for (String format : List.of("text", "json")) {
            Path store = work.resolve("store-" + format);
            Path log = work.resolve("vigie-" + format + ".log");
            Process process = TestProjects.vigieJar(project, store, Map.of("VIGIE_KEY_DIR",
                    work.resolve("keys").toString(), "VIGIE_LOG_LEVEL", "debug", "VIGIE_LOG_FORMAT", format), log,
                    "run", "ccas-aides");
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();

            assertThat(Files.readString(log)).as("log").doesNotContain(CANARIES);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(store)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith("report.html"));
            assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith("data.parquet"));
            for (Path file : files) {
                assertThat(text(file)).as(file.toString()).doesNotContain(CANARIES);
            }
        }
    }

    /** A file's content as text: decoded cells for Parquet, the bytes in two charsets otherwise. */
    private static String text(Path file) throws IOException {
        if (file.toString().endsWith(".parquet")) {
            StringBuilder cells = new StringBuilder();
            try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
                SourceRecord record;
                while ((record = reader.next()) != null) {
                    if (record instanceof SourceRecord.Row row) {
                        cells.append(String.join("\u001f", row.values())).append('\n');
                    }
                }
            }
            return cells.toString();
        }
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Path project() throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Path repository = TestProjects.repository();
        Files.createDirectories(project.resolve("data"));
        TestProjects.ccasJob(project, "data/aides.csv");
        List<String> lines = Files.readAllLines(repository.resolve("sample-data/ccas/aides.csv"), CP1252);
        List<String> header = List.of(lines.get(0).split(";", -1));
        List<String> planted = new ArrayList<>(lines);
        for (int row : new int[] {100, 200, 300}) {
            String[] cells = lines.get(row).split(";", -1);
            cells[header.indexOf("email")] = EMAIL;
            cells[header.indexOf("nir")] = NIR;
            cells[header.indexOf("telephone")] = PHONE;
            planted.set(row, String.join(";", cells));
        }
        Files.write(project.resolve("data/aides.csv"), planted, CP1252);
        String all = String.join("\n", lines);
        assertThat(all).as("canaries are unique to the planted rows").doesNotContain(CANARIES);
        return project;
    }

    /** A NIR with its valid key: 97 − (number mod 97). */
    private static String nir(String thirteenDigits) {
        long key = 97 - Long.parseLong(thirteenDigits) % 97;
        return thirteenDigits + String.format("%02d", key);
    }
}
