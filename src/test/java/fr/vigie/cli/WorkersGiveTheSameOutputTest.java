package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped CCAS job run with 1, 2 and 3 workers (the first through the single-stream steps, the others
 * through the partitioned ingest and a release of many chunks on 2 and 3 threads: pseudonyms, generalisation,
 * top and bottom coding) on a file holding quoted line breaks and malformed rows: the quarantine,
 * the export package's data and the report's ingest, classification, anonymisation and bias sections are
 * the same, byte for byte.
 */
class WorkersGiveTheSameOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final TemporaryKeys KEYS = TemporaryKeys.perClass();

    @TempDir
    static Path work;
    static final Map<Integer, Path> STORES = new TreeMap<>();

    @BeforeAll
    static void runWithOneTwoAndThreeWorkers() throws IOException {
        Path project = TestProjects.ccasProject(work.resolve("project"), 6_000, 11);
        addQuotedAndMalformedRecords(project.resolve("data/ccas/aides.csv"));
        for (int workers = 1; workers <= 3; workers++) {
            Path store = work.resolve("store-" + workers);
            Cli.Result run = Cli.run("run", "ccas-aides", "--project", project.toString(), "--store", store.toString(),
                    "--workers", Integer.toString(workers));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            STORES.put(workers, store);
        }
    }

    /** Every 500th row gets a value with a line break inside quotes; a few rows lose a field. */
    private static void addQuotedAndMalformedRecords(Path file) throws IOException {
        String[] lines = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        char separator = lines[0].contains(";") ? ';' : ',';
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String line = lines[i];
            if (i % 500 == 0) {
                int cut = line.lastIndexOf(separator);
                line = line.substring(0, cut + 1) + "\"avec\nretour " + i + "\"";
            } else if (i % 1_300 == 0) {
                line = line.substring(0, line.lastIndexOf(separator));
            }
            out.append(line).append('\n');
        }
        Files.writeString(file, out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void moreWorkersReadMorePartitions() {
        Cli.Result steps = Cli.run("runs", "--steps", "--store", STORES.get(3).toString(), "--project",
                work.resolve("project").toString());
        assertThat(steps.out()).contains("ingest-part:part-0000", "ingest-part:part-0002");
        Cli.Result single = Cli.run("runs", "--steps", "--store", STORES.get(1).toString(), "--project",
                work.resolve("project").toString());
        assertThat(single.out()).doesNotContain("ingest-part");
    }

    @Test
    void theQuarantineIsTheSame() throws IOException {
        String one = digest(only(STORES.get(1).resolve("quarantine"), "quarantine.csv"));
        assertThat(Files.readString(only(STORES.get(1).resolve("quarantine"), "quarantine.csv")))
                .contains("too few fields");
        for (int workers = 2; workers <= 3; workers++) {
            assertThat(digest(only(STORES.get(workers).resolve("quarantine"), "quarantine.csv"))).as(workers + " workers")
                    .isEqualTo(one);
        }
    }

    @Test
    void theExportedDataIsTheSame() throws IOException {
        Map<String, String> one = exportedData(STORES.get(1));
        assertThat(one).containsKeys("csv", "parquet");
        for (int workers = 2; workers <= 3; workers++) {
            assertThat(exportedData(STORES.get(workers))).as(workers + " workers").isEqualTo(one);
        }
    }

    @Test
    void theReportSaysTheSame() throws IOException {
        JsonNode one = report(STORES.get(1));
        assertThat(one.path("ingest").path("rowsQuarantined").asLong()).isPositive();
        for (int workers = 2; workers <= 3; workers++) {
            JsonNode other = report(STORES.get(workers));
            for (String section : new String[] {"ingest", "classification", "bias", "quarantine"}) {
                assertThat(withoutRunIds(other.path(section))).as(section + ", " + workers + " workers")
                        .isEqualTo(withoutRunIds(one.path(section)));
            }
            assertThat(withoutTimes(other.path("anonymisation"))).as("anonymisation, " + workers + " workers")
                    .isEqualTo(withoutTimes(one.path("anonymisation")));
        }
    }

    /** The anonymisation section without the search's durations, which no two runs share. */
    @Test
    void aParquetFileIsReadByRowGroupsToTheSameProfile() throws IOException {
        Path project = work.resolve("project");
        fr.vigie.testing.ParquetFixtures.write(project.resolve("data/aides.parquet"), """
                message aides {
                  required binary commune (STRING);
                  optional int32 enfants;
                  optional int64 montant (DECIMAL(12,2));
                }""", 30_000, 16 * 1024, (g, i) -> {
                    g.add("commune", i % 7 == 0 ? "Lattes" : "Montpellier");
                    g.add("enfants", i % 5);
                    g.add("montant", 10_000L + i * 37L % 90_000L);
                });
        TestProjects.smallJob(project, "parquet-aides", "data/aides.parquet");
        Map<Integer, JsonNode> ingest = new TreeMap<>();
        for (int workers : new int[] {1, 3}) {
            Path store = work.resolve("parquet-store-" + workers);
            Cli.Result run = Cli.run("run", "parquet-aides", "--project", project.toString(), "--store",
                    store.toString(), "--workers", Integer.toString(workers));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            ingest.put(workers, report(store).path("ingest"));
        }
        assertThat(ingest.get(1).path("rowsAccepted").asLong()).isEqualTo(30_000);
        assertThat(withoutRunIds(ingest.get(3)).replace("parquet-store-3", "parquet-store-1"))
                .isEqualTo(withoutRunIds(ingest.get(1)));
        Cli.Result steps = Cli.run("runs", "--steps", "--store", work.resolve("parquet-store-3").toString(),
                "--project", project.toString());
        assertThat(steps.out()).contains("ingest-part:part-0002");
    }

    @Test
    void aGlobOfFilesIsReadOneFilePerPartitionToTheSameOutput() throws IOException {
        Path project = work.resolve("project");
        for (int file = 1; file <= 3; file++) {
            Path csv = project.resolve("data/depots/depot-" + file + ".csv");
            TestProjects.smallTable(csv, 400 * file);
            Files.writeString(csv, "9999;Lattes\n", java.nio.file.StandardOpenOption.APPEND); // a field short
        }
        TestProjects.smallJob(project, "depots", "data/depots/*.csv");
        Files.writeString(project.resolve("jobs/depots.yml"), "maxQuarantineRatio: 0.05\n",
                java.nio.file.StandardOpenOption.APPEND);
        Map<Integer, String> ingest = new TreeMap<>();
        Map<Integer, String> quarantine = new TreeMap<>();
        for (int workers : new int[] {1, 2}) {
            Path store = work.resolve("glob-store-" + workers);
            Cli.Result run = Cli.run("run", "depots", "--project", project.toString(), "--store", store.toString(),
                    "--workers", Integer.toString(workers));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            ingest.put(workers, report(store).path("ingest").toString()
                    .replaceAll("depots-\\d{8}T\\d{6}Zx*", "RUN").replace("glob-store-" + workers, "STORE"));
            quarantine.put(workers, Files.readString(only(store.resolve("quarantine"), "quarantine.csv")));
        }
        assertThat(quarantine.get(1)).contains("402,\"too few fields", "802,\"too few fields", "1202,\"too few fields");
        assertThat(quarantine.get(2)).isEqualTo(quarantine.get(1));
        assertThat(ingest.get(2)).isEqualTo(ingest.get(1));
        Cli.Result steps = Cli.run("runs", "--steps", "--store", work.resolve("glob-store-2").toString(),
                "--project", project.toString());
        assertThat(steps.out()).contains("ingest-part:part-0002");
    }

    private static String withoutTimes(JsonNode node) {
        return withoutRunIds(node).replaceAll("\"(millis|cpuMillis)\":\\d+", "\"$1\":0");
    }

    private static String withoutRunIds(JsonNode node) {
        return node.toString().replaceAll("ccas-aides-\\d{8}T\\d{6}Zx*", "RUN").replaceAll("store-\\d", "STORE");
    }

    private static JsonNode report(Path store) throws IOException {
        return JSON.readTree(only(store.resolve("reports"), "report.json").toFile());
    }

    /** The digest of each data file of the export package, by extension. */
    private static Map<String, String> exportedData(Path store) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(store.resolve("exports"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv") || name.endsWith(".parquet")) {
                    digests.put(name.substring(name.lastIndexOf('.') + 1), digest(file));
                }
            }
        }
        return digests;
    }

    private static Path only(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
