package fr.vigie.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The {@code run} section: which job ran, on whose behalf and for what purpose, when, and how it ended.
 *
 * @param failure  why the run failed; absent when it did not
 * @param exitCode the command's exit code (0, 1 failed, 2 configuration, 3 refused by policy)
 */
public record RunHeader(String id, String job, String jobFile, String dataset, String department, String description,
        String purpose, String controller, Instant startedAt, Instant finishedAt, RunStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String failure, int exitCode) {
}
