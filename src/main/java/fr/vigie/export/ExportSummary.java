package fr.vigie.export;

/**
 * One line of the report's {@code exports} section: the package written for a partner, or why none was.
 *
 * @param path           the package's folder; null when nothing was exported
 * @param manifestSha256 the digest of the signed manifest; null when nothing was exported
 * @param reason         why nothing was exported, or null
 */
public record ExportSummary(String partner, String path, Status status, long rows, String manifestSha256,
        String reason) {

    /** Where the package stands when the run ends: nothing leaves before a DPO's approval. */
    public enum Status {
        /** Written and signed; waits for the DPO. */
        PENDING_REVIEW,
        /** The partner's anonymisation was refused by its policy: no package. */
        NOT_EXPORTED
    }
}
