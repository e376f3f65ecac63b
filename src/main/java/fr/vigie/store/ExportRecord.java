package fr.vigie.store;

import java.time.Instant;

/** An export package and where it stands in the review workflow. */
public record ExportRecord(
        String exportId,
        String runId,
        String partner,
        String dataset,
        String policy,
        String packagePath,
        ExportStatus status,
        long rows,
        String manifestSha256,
        Instant createdAt,
        String outboxPath) {

    /** The identifier users type: {@code partner/dataset/run}. */
    public static String idOf(String partner, String dataset, String runId) {
        return partner + "/" + dataset + "/" + runId;
    }
}
