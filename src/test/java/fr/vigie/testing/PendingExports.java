package fr.vigie.testing;

import fr.vigie.job.VigieSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A real store holding a pending export: the repository's {@code ccas-aides} job run once per test JVM
 * through the CLI, on the committed sample data. Tests that decide on the export work on a copy
 * ({@link #copy}), so each gets its own pending package and the run is paid once.
 */
public final class PendingExports {
    public static final String JOB = "ccas-aides";
    public static final String PARTNER = "metropole-toulouse";

    private static Store template;

    private PendingExports() {
    }

    /**
     * A store, the key folder that signed its packages, and its one pending export.
     *
     * @param exportId {@code partner/dataset/run}
     */
    public record Store(Path store, Path keys, String runId, String exportId) {
        /** Settings for the repository's project over this store and key folder (embedded H2). */
        public VigieSettings settings() {
            return VigieSettings.from(Map.of("VIGIE_KEY_DIR", keys.toString()), TestProjects.repository(), store);
        }

        /** The JDBC URL of the store's embedded database. */
        public String dbUrl() {
            return settings().dbUrl();
        }

        public Path outbox() {
            return store.resolve("outbox").resolve(PARTNER).resolve(JOB + "-" + runId);
        }
    }

    /** The store the job ran in once; never decide on it (use a {@link #copy}). */
    public static synchronized Store template() {
        if (template == null) {
            template = runOnce();
        }
        return template;
    }

    /** A copy of the template store in {@code dir}, its export still pending; same key folder. */
    public static Store copy(Path dir) {
        Store from = template();
        Path store = dir.resolve("store");
        try {
            FileSystemUtils.copyRecursively(from.store(), store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Store(store, from.keys(), from.runId(), from.exportId());
    }

    private static Store runOnce() {
        try {
            Path root = Files.createTempDirectory("vigie-pending-export");
            Path store = root.resolve("store");
            Path keys = root.resolve("keys");
            String previous = System.getProperty("VIGIE_KEY_DIR");
            System.setProperty("VIGIE_KEY_DIR", keys.toString());
            try {
                Cli.Result run = Cli.run("run", JOB, "--store", store.toString());
                if (run.exitCode() != 0) {
                    throw new IllegalStateException("vigie run " + JOB + " failed:\n" + run.out() + run.err());
                }
            } finally {
                if (previous == null) {
                    System.clearProperty("VIGIE_KEY_DIR");
                } else {
                    System.setProperty("VIGIE_KEY_DIR", previous);
                }
            }
            String runId;
            try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
                runId = runs.findFirst().orElseThrow().getFileName().toString();
            }
            return new Store(store, keys, runId, PARTNER + "/" + JOB + "/" + runId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
