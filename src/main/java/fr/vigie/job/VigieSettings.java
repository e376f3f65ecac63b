package fr.vigie.job;

import fr.vigie.model.ConfigException;
import fr.vigie.store.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things are: the project (jobs, rules, sample data), the store, the key folder, the database,
 * and where copies of the audit checkpoints go. Read from the environment ({@code VIGIE_HOME},
 * {@code VIGIE_STORE}, {@code VIGIE_KEY_DIR}, {@code VIGIE_DB_URL}, {@code VIGIE_DB_USER},
 * {@code VIGIE_DB_PASSWORD}, {@code VIGIE_CHECKPOINT_COPY_DIR}, {@code VIGIE_CHECKPOINT_SYSLOG}) with
 * command-line overrides.
 *
 * @param keyDir            where pseudonymisation and signing keys live; never inside the project tree
 * @param dbUrl             the JDBC URL of the store's database; an embedded H2 file under the store by default
 * @param checkpointCopyDir a second folder for the audit log's signed checkpoints (another disk, a
 *                          write-once mount), or null
 * @param checkpointSyslog  a syslog server ({@code host} or {@code host:port}, UDP) that receives each
 *                          checkpoint as a line, or null
 */
public record VigieSettings(Path projectDir, StoreLayout store, Path keyDir, String dbUrl, String dbUser,
        String dbPassword, Path checkpointCopyDir, String checkpointSyslog) {

    public VigieSettings {
        projectDir = projectDir.toAbsolutePath().normalize();
        keyDir = keyDir.toAbsolutePath().normalize();
        // Compared as the file system sees them: a symbolic link must not put keys in the repository.
        Path realKeys = realPath(keyDir);
        if (realKeys.startsWith(realPath(projectDir))) {
            throw new ConfigException(null, "VIGIE_KEY_DIR", "the key folder " + keyDir
                    + (realKeys.equals(keyDir) ? "" : " (" + realKeys + " once links are followed)")
                    + " is inside the project tree; keys must never sit in the repository");
        }
        checkpointCopyDir = checkpointCopyDir == null ? null : checkpointCopyDir.toAbsolutePath().normalize();
        if (checkpointSyslog != null && !checkpointSyslog.matches("[A-Za-z0-9._-]+(:\\d{1,5})?")) {
            throw new ConfigException(null, "VIGIE_CHECKPOINT_SYSLOG", "expected host or host:port, not '"
                    + checkpointSyslog + "'");
        }
    }

    /**
     * The path with every symbolic link followed, also when its end does not exist yet (a folder to be
     * created, or a link pointing to one): the real path of its longest existing part, then the rest.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40; hops++) {
            Path existing = absolute;
            while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            Path rest = existing.relativize(absolute);
            try {
                if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                    // A dangling link: what it points to is where the folder would be created.
                    absolute = existing.resolveSibling(Files.readSymbolicLink(existing)).resolve(rest).normalize();
                    continue;
                }
                return existing.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                return absolute;
            }
        }
        return absolute;
    }

    /** The variables Vigie reads; each may also be given as a Java system property of the same name. */
    public static final List<String> VARIABLES = List.of("VIGIE_HOME", "VIGIE_STORE", "VIGIE_KEY_DIR", "VIGIE_DB_URL",
            "VIGIE_DB_USER", "VIGIE_DB_PASSWORD", "VIGIE_LOG_FORMAT", "VIGIE_LOG_LEVEL", "VIGIE_CHECKPOINT_COPY_DIR",
            "VIGIE_CHECKPOINT_SYSLOG");

    /** A variable from the system properties, else the environment; null when set in neither. */
    public static String variable(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    /** Settings from this process's environment and system properties, with optional overrides. */
    public static VigieSettings fromEnvironment(Path projectOverride, Path storeOverride) {
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String name : VARIABLES) {
            String value = System.getProperty(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return from(env, projectOverride, storeOverride);
    }

    /** Settings from the environment, with optional overrides (null = not given). */
    public static VigieSettings from(Map<String, String> env, Path projectOverride, Path storeOverride) {
        Path project = projectOverride != null ? projectOverride
                : Path.of(env.getOrDefault("VIGIE_HOME", "."));
        Path store = storeOverride != null ? storeOverride
                : env.containsKey("VIGIE_STORE") ? Path.of(env.get("VIGIE_STORE")) : project.resolve("store");
        Path keys = env.containsKey("VIGIE_KEY_DIR") ? Path.of(env.get("VIGIE_KEY_DIR"))
                : Path.of(System.getProperty("user.home"), ".vigie", "keys");
        StoreLayout layout = new StoreLayout(store);
        String url = env.get("VIGIE_DB_URL");
        if (url == null || url.isBlank()) {
            // AUTO_SERVER lets a second process (an approval while the scheduler runs) open the same file.
            // WRITE_DELAY=0: H2 keeps no redo log and by default writes commits up to 500 ms later, so a
            // run killed with kill -9 could lose the very record of its start and have nothing to resume.
            url = "jdbc:h2:file:" + layout.database() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        }
        String copyDir = env.get("VIGIE_CHECKPOINT_COPY_DIR");
        String syslog = env.get("VIGIE_CHECKPOINT_SYSLOG");
        return new VigieSettings(project, layout, keys, url, env.getOrDefault("VIGIE_DB_USER", "sa"),
                env.getOrDefault("VIGIE_DB_PASSWORD", ""),
                copyDir == null || copyDir.isBlank() ? null : Path.of(copyDir),
                syslog == null || syslog.isBlank() ? null : syslog.strip());
    }

    public Path jobsDir() {
        return projectDir.resolve("jobs");
    }

    public Path rulesDir() {
        return projectDir.resolve("rules");
    }
}
