package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CCAS job run end to end through the real CLI entry point on the committed sample data, with the
 * embedded store; {@link PipelineOnPostgresTest} runs the same checks against a real PostgreSQL server.
 * Every check on the export is made independently of the engine, from the files alone.
 */
@ExtendWith(TemporaryKeys.class)
class PipelineEndToEndTest {
    static final String JOB = "ccas-aides";
    static final String PARTNER = "metropole-toulouse";
    static final Path SOURCE = Path.of("sample-data/ccas/aides.csv");
    /** Made for this test only; read from standard input as a script would pipe it. */
    static final String DPO_PASSWORD = "Relecture-AIPD-2026";

    @TempDir
    Path store;

    @BeforeEach
    void settings() {
        database();
    }

    /** The database the store uses: the embedded H2 file here; PostgreSQL in the subclass. */
    void database() {
        System.clearProperty("VIGIE_DB_URL");
    }

    @AfterEach
    void clear() {
        for (String name : List.of("VIGIE_DB_URL", "VIGIE_DB_USER", "VIGIE_DB_PASSWORD")) {
            System.clearProperty(name);
        }
    }

    Cli.Result vigie(String... args) {
        return vigieWithInput("", args);
    }

    Cli.Result vigieWithInput(String input, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new);
        return Cli.runWithInput(input, all);
    }

    @Test
    void runsTheJobToAPendingExportAndAReportThenReleasesOnlyOnApproval() throws IOException {
        Cli.Result run = vigie("run", JOB);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

        Path runDir = single(store.resolve("reports"));
        String runId = runDir.getFileName().toString();
        JsonNode report = JsonMapper.builder().build().readTree(runDir.resolve("report.json").toFile());
        assertThat(runDir.resolve("report.html")).isRegularFile();

        List<String> sourceHeader = header(SOURCE, Charset.forName("windows-1252"), ';');
        assertThat(report.path("classification").path("columns")).extracting(c -> c.path("name").asString())
                .containsExactlyElementsOf(sourceHeader);
        assertThat(report.path("classification").path("columns"))
                .allSatisfy(c -> assertThat(c.path("attributeType").asString()).isNotBlank());

        Path exportDir = store.resolve("exports").resolve(PARTNER).resolve(JOB).resolve(runId);
        Path csv = exportDir.resolve("data.csv");
        List<Map<String, String>> exported = rows(csv, Charset.forName("UTF-8"), ',');
        List<Map<String, String>> source = rows(SOURCE, Charset.forName("windows-1252"), ';');

        JsonNode anonymisation = report.path("anonymisation").get(0);
        long suppressed = anonymisation.path("suppressedRows").asLong();
        assertThat(report.path("ingest").path("rowsAccepted").asLong()).isEqualTo(source.size());
        assertThat(exported.size() + suppressed).as("rows in = rows exported + rows suppressed")
                .isEqualTo(source.size());

        assertNoDirectIdentifierLeaks(report, source, exported);
        assertKAnonymous(report, anonymisation, exported);

        Cli.Result pending = vigie("exports");
        String exportId = PARTNER + "/" + JOB + "/" + runId;
        assertThat(pending.out()).contains(exportId).contains("PENDING_REVIEW");
        assertThat(store.resolve("outbox")).doesNotExist();

        Cli.Result account = vigieWithInput(DPO_PASSWORD + "\n", "users", "add", "dpo@montpellier3m.fr", "--role", "DPO");
        assertThat(account.exitCode()).as(account.err()).isZero();
        Cli.Result approve = vigieWithInput(DPO_PASSWORD + "\n", "approve", exportId, "--user", "dpo@montpellier3m.fr",
                "--comment", "conforme");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        Path outbox = store.resolve("outbox").resolve(PARTNER).resolve(JOB + "-" + runId);
        assertThat(outbox.resolve("datapackage.json")).isRegularFile();
        assertThat(outbox.resolve("release.json")).isRegularFile();
        assertThat(vigie("exports", "--status", "RELEASED").out()).contains(exportId);
        assertThat(vigieWithInput(DPO_PASSWORD + "\n", "approve", exportId, "--user", "dpo@montpellier3m.fr",
                "--comment", "encore").exitCode()).as("approved once only").isEqualTo(2);

        Cli.Result audit = vigie("audit", "verify");
        assertThat(audit.exitCode()).as(audit.out()).isZero();
        assertThat(audit.out()).as("the run and the release each signed the log").contains("Vouched for up to entry");
        assertThat(store.resolve("audit/checkpoints")).isDirectoryContaining("glob:**/checkpoint-*.json");
        assertThat(vigie("runs").out()).contains(runId).contains("COMPLETED");
    }

    /** Identifying columns are gone or pseudonymised: none of their source values appears in the export. */
    private static void assertNoDirectIdentifierLeaks(JsonNode report, List<Map<String, String>> source,
            List<Map<String, String>> exported) {
        Set<String> identifierValues = new HashSet<>();
        for (JsonNode c : report.path("classification").path("columns")) {
            if (c.path("attributeType").asString().equals("IDENTIFYING")) {
                String column = c.path("name").asString();
                source.forEach(row -> {
                    String value = row.get(column);
                    if (value != null && value.length() >= 4) {
                        identifierValues.add(value);
                    }
                });
            }
        }
        assertThat(identifierValues).as("the sample has direct identifiers").isNotEmpty();
        List<String> leaks = exported.stream().flatMap(row -> row.values().stream())
                .filter(identifierValues::contains).toList();
        assertThat(leaks).as("source identifier values found in the export").isEmpty();
    }

    /** Every combination of quasi-identifier values in the export is shared by at least k rows. */
    private static void assertKAnonymous(JsonNode report, JsonNode anonymisation, List<Map<String, String>> exported) {
        int k = 0;
        for (JsonNode model : anonymisation.path("guarantees").path("models")) {
            if (model.path("model").asString().toLowerCase().startsWith("k")) {
                k = model.path("required").asInt();
            }
        }
        assertThat(k).as("the policy asks for k-anonymity").isGreaterThan(1);
        List<String> qis = new ArrayList<>();
        for (JsonNode c : report.path("classification").path("columns")) {
            String name = c.path("name").asString();
            if (c.path("attributeType").asString().equals("QUASI_IDENTIFYING") && exported.get(0).containsKey(name)) {
                qis.add(name);
            }
        }
        assertThat(qis).as("quasi-identifiers released").isNotEmpty();
        Map<List<String>, Integer> classes = new HashMap<>();
        for (Map<String, String> row : exported) {
            classes.merge(qis.stream().map(row::get).toList(), 1, Integer::sum);
        }
        int kk = k;
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(kk));
    }

    static Path single(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> all = list.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    static List<String> header(Path file, Charset charset, char separator) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(reader)) {
            return parser.iterator().next().toList();
        }
    }

    static List<Map<String, String>> rows(Path file, Charset charset, char separator) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader()
                        .setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        }
    }
}
