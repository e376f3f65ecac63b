package fr.vigie.store;

import java.time.Instant;

/** A run as the store keeps it. Counts and end time are null while the run is going on. */
public record RunRecord(
        String runId,
        String jobId,
        Instant startedAt,
        Instant finishedAt,
        String status,
        Integer exitCode,
        Long rowsRead,
        Long rowsAccepted,
        Long rowsQuarantined,
        String reportPath,
        String message,
        Double cpuSeconds,
        Long peakMemoryBytes,
        Double energyWh,
        Double co2eGrams) {
}
