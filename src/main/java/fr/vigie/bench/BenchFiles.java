package fr.vigie.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where a benchmark puts its generated data: the folder asked for, or a temporary one deleted afterwards. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** {@code options.dir()/name} when a folder was given, else a new temporary folder. */
    static Path dataDir(BenchOptions options, String name) {
        try {
            if (options.dir() != null) {
                return Files.createDirectories(options.dir().resolve(name));
            }
            return Files.createTempDirectory("vigie-bench-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the benchmark's data folder", e);
        }
    }

    /** Deletes {@code dir} and everything in it unless the user chose where the data goes. */
    static void deleteIfTemporary(BenchOptions options, Path dir) {
        if (options.dir() == null) {
            delete(dir);
        }
    }

    /** Deletes a folder tree; what cannot be deleted is left (a temporary folder, not worth failing a run for). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
