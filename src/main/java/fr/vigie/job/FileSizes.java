package fr.vigie.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes read and written by a run (its footprint): a file or folder that cannot be measured counts 0. */
final class FileSizes {
    private FileSizes() {
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static long directorySize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(FileSizes::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
