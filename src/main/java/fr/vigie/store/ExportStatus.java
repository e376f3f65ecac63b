package fr.vigie.store;

/** The review workflow of an export package: nothing reaches a partner without a recorded approval. */
public enum ExportStatus {
    PENDING_REVIEW,
    RELEASED,
    REJECTED
}
