package fr.vigie.store;

import java.time.Instant;

/**
 * A signed statement that the audit log's entry {@code seq} had hash {@code hash} at time {@code at}.
 * Kept outside the database (signed files, a syslog line), it lets {@link AuditLog#verify} tell a log
 * rewritten by someone who can write the database (its tail cut and its head fixed, or the whole chain
 * recomputed) from the log that was signed. Its signature is checked before it gets here.
 *
 * @param source where it was read from (a file), named in messages
 */
public record AuditCheckpoint(long seq, String hash, Instant at, String source) {
}
