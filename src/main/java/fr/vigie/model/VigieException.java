package fr.vigie.model;

/**
 * An error a user can act on. Its message names where the problem is (file, line, column or key)
 * and never contains a raw value from the data.
 */
public class VigieException extends RuntimeException {
    private final int exitCode;

    public VigieException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VigieException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code this error leads to (see {@link ExitCode}). */
    public int exitCode() {
        return exitCode;
    }
}
