package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.TestProjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
        Path project = TestProjects.ccasProject(work.resolve("project"), ROWS, 11);
        Path store = work.resolve("store");

        Process run = vigie(url, project, store, work.resolve("run.log"), "run", "ccas-aides");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (TestProjects.stagedRows(store) < ROWS / 4) {
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

    private Process vigie(String url, Path project, Path store, Path log, String... args) throws IOException {
        return TestProjects.vigieJar(project, store, Map.of("VIGIE_KEY_DIR", work.resolve("keys").toString(),
                "VIGIE_DB_URL", url, "VIGIE_DB_USER", "postgres", "VIGIE_DB_PASSWORD", ""), log, args);
    }
}
