package fr.vigie.report;

import java.time.Instant;

/** One audit entry mentioning the run, as the {@code audit} section lists it (its hash chains it to the one before). */
public record AuditLine(long seq, Instant at, String actor, String action, String subject, String details,
        String hash) {
}
