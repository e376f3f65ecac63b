package fr.vigie.job;

import java.nio.file.Path;

/**
 * How a run ended, for the command line and the scheduler.
 *
 * @param exitCode the process exit code (see {@link fr.vigie.model.ExitCode})
 * @param report   the HTML report, or null when none could be written
 */
public record RunOutcome(String jobId, String runId, String status, int exitCode, Path report, String message) {
}
