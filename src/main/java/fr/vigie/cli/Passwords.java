package fr.vigie.cli;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords are never command-line arguments (they would sit in the shell history and in {@code ps}):
 * asked on the terminal without echo, or read as the first line of standard input when it is not a
 * terminal (a script piping it from a secret store).
 */
final class Passwords {
    private Passwords() {
    }

    /** One password: asked on the terminal, or the next line of standard input. */
    static String read(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null) {
                throw new VigieException(ExitCode.BAD_CONFIGURATION, "no password given");
            }
            String password = new String(typed);
            Arrays.fill(typed, ' ');
            return password;
        }
        return nextLine();
    }

    /** A new password: typed twice on a terminal; one line of standard input otherwise. */
    static String readNew(String account) {
        Console console = System.console();
        String password = read("New password for " + account + ": ");
        if (console != null && !password.equals(read("Again: "))) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the two passwords differ");
        }
        return password;
    }

    /** Reads up to the first line feed, byte by byte: nothing after it is taken from standard input. */
    private static String nextLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = System.in.read(); b != -1 && b != '\n'; b = System.in.read()) {
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
        String password = line.toString(StandardCharsets.UTF_8);
        password = password.endsWith("\r") ? password.substring(0, password.length() - 1) : password;
        if (password.isEmpty()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "no password on standard input (it is not a"
                    + " terminal: give the password as its first line)");
        }
        return password;
    }
}
