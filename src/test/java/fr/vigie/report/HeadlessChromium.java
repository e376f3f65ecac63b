package fr.vigie.report;

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
 * Runs Debian's {@code chromium} headless as a bounded child process, for tests that look at the
 * report the way a DPO's browser shows it.
 */
final class HeadlessChromium {
    static final Path DEBIAN_PATH = Path.of("/usr/bin/chromium");

    /** Flags that keep a headless run quiet, offline and independent of any user profile. */
    private static final List<String> BASE_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
            "--virtual-time-budget=3000");

    private final Path executable;
    private final Path workDir;
    private final Duration timeout;

    /**
     * @param workDir a private folder for the browser profile and the captured output
     * @param timeout how long one browser run may take before it is killed
     */
    HeadlessChromium(Path executable, Path workDir, Duration timeout) {
        this.executable = executable;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** {@code /usr/bin/chromium}, else the first {@code chromium} on the PATH. */
    static Optional<Path> find() {
        if (Files.isExecutable(DEBIAN_PATH)) {
            return Optional.of(DEBIAN_PATH);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "chromium");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What one browser run left behind: exit code, standard output and the tail of its error output. */
    record Result(int exitCode, String stdout, String stderrTail) {
    }

    /** Opens {@code page} with the extra {@code flags} (e.g. {@code --dump-dom}) and waits for the browser to exit. */
    Result run(Path page, String... flags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile");
        Path stdout = Files.createTempFile(workDir, "stdout", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(BASE_FLAGS);
        command.add("--user-data-dir=" + profile);
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
