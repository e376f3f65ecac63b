package fr.vigie.cli;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The {@code vigie} command: parses the command line, runs the command, maps errors to exit codes. */
public final class VigieMain {
    private static final Logger LOG = LoggerFactory.getLogger(VigieMain.class);

    private VigieMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (used by the tests, which run the CLI as users do). */
    public static int execute(String... args) {
        CliLogging.configure();
        CommandLine cli = new CommandLine(new VigieCommand());
        cli.setExecutionExceptionHandler(VigieMain::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    /**
     * The one place a command's failure is reported: one line on stderr and its exit code. The stack
     * trace goes to the log at debug level only ({@code VIGIE_LOG_LEVEL=debug}).
     */
    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        LOG.debug("vigie {} failed", command.getCommandName(), e);
        PrintWriter err = command.getErr();
        Throwable cause = e;
        while (!(cause instanceof VigieException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof VigieException v) {
            err.println("vigie: " + v.getMessage());
            err.flush();
            return v.exitCode();
        }
        err.println("vigie: unexpected failure: " + e + " (VIGIE_LOG_LEVEL=debug logs where it happened)");
        err.flush();
        return ExitCode.FAILED;
    }
}
