package fr.vigie.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, headless: the one way the tests start a browser. Either run as a bounded
 * child process on a file ({@link #run}, for the report), or driven through {@code chromedriver} with the
 * same flags ({@link #flags}, for the console).
 *
 * <p>Without a browser the tests that need one are skipped on a developer machine, but fail on CI
 * (environment variable {@code CI} set), where {@code .ci/run} installs {@code chromium} and
 * {@code chromium-driver} ({@link #requireOnCi}).
 */
public final class HeadlessChromium {
    public static final Path DEBIAN_PATH = Path.of("/usr/bin/chromium");
    public static final Path DEBIAN_DRIVER_PATH = Path.of("/usr/bin/chromedriver");

    /** Flags that keep a headless browser quiet, offline and independent of any user profile. */
    private static final List<String> BASE_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars");
    /** A page opened from the command line is given this long to settle before it is dumped or captured. */
    private static final String VIRTUAL_TIME = "--virtual-time-budget=3000";

    private final Path executable;
    private final Path workDir;
    private final Duration timeout;

    /**
     * @param workDir a private folder for the browser profile and the captured output
     * @param timeout how long one browser run may take before it is killed
     */
    public HeadlessChromium(Path executable, Path workDir, Duration timeout) {
        this.executable = executable;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** {@code /usr/bin/chromium}, else the first {@code chromium} on the PATH. */
    public static Optional<Path> find() {
        return find(DEBIAN_PATH, "chromium");
    }

    /** {@code /usr/bin/chromedriver} (Debian's {@code chromium-driver}), else the first on the PATH. */
    public static Optional<Path> findDriver() {
        return find(DEBIAN_DRIVER_PATH, "chromedriver");
    }

    /** The flags every headless start uses, with a fresh profile folder. */
    public static List<String> flags(Path profile) {
        List<String> flags = new ArrayList<>(BASE_FLAGS);
        flags.add("--user-data-dir=" + profile);
        return flags;
    }

    /**
     * Aborts the calling test when {@code what} is missing (naming the Debian package), unless on CI,
     * where it fails: there the browser test must run.
     */
    public static void requireOnCi(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " not found (Debian: apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail(message + "; CI is set, so the browser test must run");
        }
        org.junit.jupiter.api.Assumptions.abort(message + "; skipped because CI is not set");
    }

    /** Where a test keeps its screenshots and PDFs: {@code target/NAME/} of the module. */
    public static Path artifacts(String name) throws IOException {
        // Surefire sets basedir; the artifacts belong in the module's target folder, not in a temp dir.
        return Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", name));
    }

    private static Optional<Path> find(Path debian, String name) {
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What one browser run left behind: exit code, standard output and the tail of its error output. */
    public record Result(int exitCode, String stdout, String stderrTail) {
    }

    /** Opens {@code page} with the extra {@code flags} (e.g. {@code --dump-dom}) and waits for the browser to exit. */
    public Result run(Path page, String... flags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile");
        Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(flags(profile));
        command.add(VIRTUAL_TIME);
        command.addAll(List.of(flags));
        command.add(page.toUri().toString());
        // Output goes to files, not pipes: a browser that fills an unread pipe would hang the test.
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // The launcher is a shell script: its renderer and GPU children must go too.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            throw new IllegalStateException("chromium did not finish within " + timeout.toSeconds()
                    + " s and was killed; its error output ended with:\n" + tail(stderr));
        }
        return new Result(process.exitValue(), read(stdout), tail(stderr));
    }

    /** Decodes leniently: a stray byte in the browser's output must not hide the real failure. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = read(file);
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }
}
