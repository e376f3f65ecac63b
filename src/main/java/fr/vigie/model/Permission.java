package fr.vigie.model;

/** What a signed-in user may do, in the console and in the commands that need an identity. */
public enum Permission {
    /** See pending and decided exports, their guarantees, alerts, findings, manifest and sample rows. */
    VIEW_EXPORTS,
    /** Approve or reject an export package. */
    DECIDE_EXPORTS,
    /** See runs, their steps, counts, footprint and reports. */
    VIEW_RUNS,
    /** Read the audit log and its verification. */
    VIEW_AUDIT,
    /** Read the job files and their next scheduled time. */
    VIEW_JOBS,
    /** Download the packages released to one's own partner, and the authority's public key. */
    DOWNLOAD_OWN_RELEASES
}
