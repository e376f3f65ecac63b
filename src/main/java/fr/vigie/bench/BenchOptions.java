package fr.vigie.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one {@code vigie bench} run is asked for.
 *
 * @param rows       rows of generated data (stage benchmarks that have a fixed size ignore it)
 * @param seed       seed of the generated data
 * @param dir        where generated data goes; null for a temporary folder deleted afterwards
 * @param projectDir the project folder (its {@code rules/} are used)
 * @param progress   where progress lines go when the run is long
 * @param workers    slices read at once by the ingest benchmark, timed beside one stream when more than 1
 */
public record BenchOptions(long rows, long seed, Path dir, Path projectDir, Progress progress, int workers) {

    /** Options with one worker. */
    public BenchOptions(long rows, long seed, Path dir, Path projectDir, Progress progress) {
        this(rows, seed, dir, projectDir, progress, 1);
    }

    public BenchOptions {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1");
        }
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(progress, "progress");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }

    /** The project's rules folder. */
    public Path rulesDir() {
        return projectDir.resolve("rules");
    }
}
