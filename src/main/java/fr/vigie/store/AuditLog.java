package fr.vigie.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log (who did what, when: runs, approvals, rejections, key creation, releases).
 * Each entry's hash covers its fields and the previous entry's hash; a head row holds the last sequence
 * number and hash, so that an edited entry, a deleted entry (even the last one) or a reordering is
 * detected by {@link #verify()}. Entries never contain a raw value from the data.
 */
public class AuditLog {
    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public AuditLog(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        // Its own short transaction: an entry written from inside a long step must not keep the chain's
        // head locked (and every other writer waiting) until that step commits.
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends an entry; concurrent writers are serialised on the head row, so the chain never forks. */
    public AuditEntry append(String actor, String action, String subject, String details) {
        return tx.execute(status -> {
            record Head(long seq, String hash) {
            }
            Head head = jdbc.sql("SELECT seq, hash FROM vigie_audit_head WHERE id = 1 FOR UPDATE")
                    .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
            // Millisecond precision survives a round trip through both H2 and PostgreSQL unchanged.
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long seq = head.seq() + 1;
            String hash = hash(seq, at, actor, action, subject, details, head.hash());
            jdbc.sql("INSERT INTO vigie_audit (seq, at, actor, action, subject, details, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(seq, RunRepository.timestamp(at), actor, action, subject, details, head.hash(), hash)
                    .update();
            jdbc.sql("UPDATE vigie_audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
            return new AuditEntry(seq, at, actor, action, subject, details, head.hash(), hash);
        });
    }

    /** Entries whose subject starts with {@code subjectPrefix} (all when null), oldest first. */
    public List<AuditEntry> entries(String subjectPrefix) {
        String sql = "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM vigie_audit";
        var spec = subjectPrefix == null ? jdbc.sql(sql + " ORDER BY seq")
                : jdbc.sql(sql + " WHERE subject LIKE ? ORDER BY seq").param(subjectPrefix + "%");
        return spec.query((rs, i) -> new AuditEntry(rs.getLong(1), RunRepository.instant(rs, 2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    /** Entries whose subject or details mention {@code text} (a run id, say), oldest first. */
    public List<AuditEntry> mentioning(String text) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM vigie_audit"
                + " WHERE subject LIKE ? ESCAPE '\\' OR details LIKE ? ESCAPE '\\' ORDER BY seq")
                .params(pattern, pattern)
                .query((rs, i) -> new AuditEntry(rs.getLong(1), RunRepository.instant(rs, 2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Recomputes the whole chain and reports every break, naming the entry. */
    public AuditVerification verify() {
        List<String> problems = new ArrayList<>();
        List<AuditEntry> all = entries(null);
        String previous = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : all) {
            if (e.seq() != expectedSeq) {
                problems.add("entry " + expectedSeq + (e.seq() > expectedSeq ? " to " + (e.seq() - 1) : "")
                        + " missing (deleted?)");
                expectedSeq = e.seq();
            }
            if (!e.previousHash().equals(previous)) {
                problems.add("entry " + e.seq() + ": does not follow the previous entry (an entry before it was"
                        + " edited or deleted)");
            }
            String recomputed = hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(),
                    e.previousHash());
            if (!recomputed.equals(e.hash())) {
                problems.add("entry " + e.seq() + ": content does not match its hash (edited)");
            }
            previous = e.hash();
            expectedSeq++;
        }
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("SELECT seq, hash FROM vigie_audit_head WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long lastSeq = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
        if (head.seq() != lastSeq || !head.hash().equals(previous)) {
            problems.add("the log ends at entry " + lastSeq + " but entry " + head.seq()
                    + " was written (entries at the end were deleted or edited)");
        }
        return new AuditVerification(all.size(), problems);
    }

    static String hash(long seq, Instant at, String actor, String action, String subject, String details,
            String previousHash) {
        String canonical = String.join("\u001f", Long.toString(seq), at.toString(), actor, action, subject,
                details == null ? "" : details, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
