package fr.vigie.testing;

import fr.vigie.cli.VigieMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the real CLI entry point in this JVM, as a user would type the command, and captures what it
 * prints. Settings come from the {@code VIGIE_*} system properties the test sets.
 */
public final class Cli {
    private Cli() {
    }

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    public static synchronized Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a command with {@code input} as its standard input (a password piped by a script, say). */
    public static synchronized Result runWithInput(String input, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            int code = VigieMain.execute(args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
