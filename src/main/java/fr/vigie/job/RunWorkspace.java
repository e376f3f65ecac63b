package fr.vigie.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work area of one run: the accepted rows (staging), the anonymised tables before they are
 * packaged, and each stage's result as a JSON file. Steps hand their results to later steps through
 * it, so that a run resumed in a new process finds what the completed steps produced. It holds
 * personal data and lives in the store; it is removed once the run has succeeded.
 */
public final class RunWorkspace {
    /**
     * One mapper for every stage result: records in, stable JSON out. A field a record leaves out when it has
     * its default value (a flag that is false, say) reads back as that default.
     */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path dir;

    public RunWorkspace(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The accepted rows, as RFC 4180 CSV in UTF-8 with a header row. */
    public Path staging() {
        return dir.resolve("accepted.csv");
    }

    /** The released rows of the anonymised table for a partner, with a header row. */
    public Path anonymised(String partner) {
        return dir.resolve("anonymised-" + partner + ".csv");
    }

    /** Writes a stage result atomically (a crash never leaves half a result). */
    public void write(String name, Object result) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".json.tmp");
            JSON.writeValue(tmp.toFile(), result);
            Files.move(tmp, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write stage result " + name, e);
        }
    }

    public <T> T read(String name, Class<T> type) {
        return JSON.readValue(dir.resolve(name + ".json").toFile(), type);
    }

    /** A stage result, if that stage has run. */
    public <T> Optional<T> find(String name, Class<T> type) {
        Path file = dir.resolve(name + ".json");
        return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
    }

    /** Deletes the work area (it holds personal data that the run no longer needs). */
    public void delete() {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the work area " + dir, e);
        }
    }
}
