package fr.vigie.model;

import java.nio.file.Path;

/** Bad configuration (job file, rules, policy): names the file and the key. Exit code 2. */
public class ConfigException extends VigieException {
    private final Path file;
    private final String key;

    public ConfigException(Path file, String key, String problem) {
        super(ExitCode.BAD_CONFIGURATION, format(file, key, problem));
        this.file = file;
        this.key = key;
    }

    private static String format(Path file, String key, String problem) {
        String where = file == null ? "" : file.toString();
        if (key != null && !key.isEmpty()) {
            where = where.isEmpty() ? key : where + ": " + key;
        }
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    public Path file() {
        return file;
    }

    /** The key path within the file, e.g. {@code partners[1].policy}; may be null. */
    public String key() {
        return key;
    }
}
