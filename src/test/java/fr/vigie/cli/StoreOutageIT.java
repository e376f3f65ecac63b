package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.sample.SampleData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's PostgreSQL server stops in the middle of a run: the run fails with exit code 1 and a
 * message saying the database is unreachable; once the server is back, {@code --resume} completes it.
 * A real server (embedded, from Maven artifacts) is stopped and started again on the same data.
 */
class StoreOutageIT {
    private static final int ROWS = 40_000;

    @TempDir
    Path work;

    @Test
    void aRunThatLosesItsDatabaseFailsClearlyAndResumesOnceItIsBack() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = work.resolve("pgdata");
        EmbeddedPostgres pg = start(data, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE vigie");
        }
        String url = "jdbc:postgresql://localhost:" + port + "/vigie";
        Path project = project();
        Path store = work.resolve("store");

        Process run = vigie(url, project, store, work.resolve("run.log"), "run", "ccas-aides");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (lines(store) < ROWS / 4) {
            assertThat(run.isAlive()).as("the run ended before the database was stopped").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
        pg.close();
        assertThat(run.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(work.resolve("run.log"));
        assertThat(run.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("database is unreachable").contains("--resume");

        pg = start(data, port);
        try {
            Process resume = vigie(url, project, store, work.resolve("resume.log"), "run", "ccas-aides", "--resume");
            assertThat(resume.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(resume.exitValue()).as(Files.readString(work.resolve("resume.log"))).isZero();
            try (Stream<Path> packages = Files.list(store.resolve("exports/metropole-toulouse/ccas-aides"))) {
                assertThat(packages.filter(p -> Files.exists(p.resolve("datapackage.json")))).hasSize(1);
            }
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static long lines(Path store) {
        try (Stream<Path> runs = Files.list(store.resolve("work"))) {
            Path staging = runs.findFirst().map(r -> r.resolve("accepted.csv")).orElse(null);
            if (staging == null || !Files.exists(staging)) {
                return 0;
            }
            try (Stream<String> lines = Files.lines(staging)) {
                return lines.count();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private Process vigie(String url, Path project, Path store, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/vigie.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString(), "--store", store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VIGIE_KEY_DIR", work.resolve("keys").toString());
        builder.environment().put("VIGIE_DB_URL", url);
        builder.environment().put("VIGIE_DB_USER", "postgres");
        builder.environment().put("VIGIE_DB_PASSWORD", "");
        return builder.start();
    }

    private Path project() throws IOException {
        Path project = work.resolve("project");
        Path repository = Path.of("").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(repository.resolve("rules"))) {
            for (Path source : walk.toList()) {
                Path target = project.resolve(repository.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.createDirectories(project.resolve("jobs"));
        SampleData.write(project.resolve("data"), ROWS, 11, Set.of("ccas"));
        Files.writeString(project.resolve("jobs/ccas-aides.yml"), Files.readString(repository.resolve("jobs/ccas-aides.yml"))
                .replace("sample-data/ccas/aides.csv", "data/ccas/aides.csv"));
        return project;
    }
}
