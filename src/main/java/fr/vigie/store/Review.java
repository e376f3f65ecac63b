package fr.vigie.store;

import java.time.Instant;

/** A decision on an export package. */
public record Review(String exportId, ExportStatus decision, String reviewer, String comment, Instant decidedAt) {
}
