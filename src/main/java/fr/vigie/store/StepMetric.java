package fr.vigie.store;

/** What one step of a run did. */
public record StepMetric(String step, String status, long rowsRead, long rowsWritten, long rowsQuarantined,
        long durationMillis) {
}
