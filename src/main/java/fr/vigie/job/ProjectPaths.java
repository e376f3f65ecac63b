package fr.vigie.job;

import java.nio.file.Path;

/** Files as messages, reports and the store name them: relative to the project when inside it. */
final class ProjectPaths {
    private ProjectPaths() {
    }

    static String relative(RunContext run, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(run.settings().projectDir())
                ? run.settings().projectDir().relativize(absolute).toString() : absolute.toString();
    }
}
