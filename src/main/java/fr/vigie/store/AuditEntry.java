package fr.vigie.store;

import java.time.Instant;

/** One entry of the append-only audit log. {@code hash} covers every other field and the previous hash. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
        String previousHash, String hash) {
}
