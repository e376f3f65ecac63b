package fr.vigie.store;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log (who did what, when: runs, approvals, rejections, key creation, releases).
 * Each entry's hash covers its fields and the previous entry's hash; a head row holds the last sequence
 * number and hash, so that an edited entry, a deleted entry (even the last one) or a reordering is
 * detected by {@link #verify()}. Whoever can write the database can still cut the tail and fix the head,
 * or recompute the whole chain: signed checkpoints kept outside the database ({@link AuditCheckpoint},
 * {@link #verify(List)}) detect that. Entries never contain a raw value from the data.
 */
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    /** The action of the entry whose hash a signed checkpoint carries (its own entry: the head it signs). */
    public static final String CHECKPOINT_ACTION = "AUDIT_CHECKPOINT";
    private static final String HEAD_MISSING = "the head row of the audit log (table vigie_audit_head) is missing";

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
            Head head = head(" FOR UPDATE").orElseThrow(() -> new VigieException(ExitCode.FAILED, HEAD_MISSING
                    + ": nothing can be appended to a log whose end is unknown; see vigie audit verify"));
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

    private record Head(long seq, String hash) {
    }

    private Optional<Head> head(String lock) {
        return jdbc.sql("SELECT seq, hash FROM vigie_audit_head WHERE id = 1" + lock)
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).optional();
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

    /** Recomputes the whole chain and reports every break, naming the entry; no checkpoint vouches for it. */
    public AuditVerification verify() {
        return verify(null);
    }

    /**
     * Recomputes the whole chain and checks it against signed checkpoints (their signatures already
     * checked). A chain that only agrees with itself proves nothing against whoever can write the
     * database; a checkpoint does: the entry it signed must still be there with the hash it signed. The
     * result says up to which entry the latest matching checkpoint vouches, and every break, including
     * checkpoint entries whose signed checkpoint was not given (its file deleted).
     *
     * @param checkpoints the signed checkpoints found; null to check the chain alone
     */
    public AuditVerification verify(List<AuditCheckpoint> checkpoints) {
        List<String> problems = new ArrayList<>();
        List<AuditEntry> all = entries(null);
        Map<Long, AuditEntry> bySeq = new HashMap<>();
        all.forEach(e -> bySeq.put(e.seq(), e));
        long firstBroken = checkChain(all, problems);
        long lastSeq = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
        String lastHash = all.isEmpty() ? GENESIS : all.get(all.size() - 1).hash();
        firstBroken = Math.min(firstBroken, checkHead(lastSeq, lastHash, problems));
        return checkpoints == null ? new AuditVerification(all.size(), problems, lastSeq, 0, null)
                : vouch(all, bySeq, checkpoints, problems, firstBroken, lastSeq);
    }

    /** Every entry in sequence, following the one before, matching its hash; the first broken one, if any. */
    private static long checkChain(List<AuditEntry> all, List<String> problems) {
        long firstBroken = Long.MAX_VALUE;
        String previous = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : all) {
            if (e.seq() != expectedSeq) {
                problems.add("entry " + expectedSeq + (e.seq() > expectedSeq ? " to " + (e.seq() - 1) : "")
                        + " missing (deleted?)");
                firstBroken = Math.min(firstBroken, expectedSeq);
                expectedSeq = e.seq();
            }
            if (!e.previousHash().equals(previous)) {
                problems.add("entry " + e.seq() + ": does not follow the previous entry (an entry before it was"
                        + " edited or deleted)");
                firstBroken = Math.min(firstBroken, e.seq());
            }
            if (!hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash())
                    .equals(e.hash())) {
                problems.add("entry " + e.seq() + ": content does not match its hash (edited)");
                firstBroken = Math.min(firstBroken, e.seq());
            }
            previous = e.hash();
            expectedSeq++;
        }
        return firstBroken;
    }

    /** The recorded head must name the last entry: entries deleted at the end leave no other trace. */
    private long checkHead(long lastSeq, String lastHash, List<String> problems) {
        Optional<Head> head = head("");
        if (head.isEmpty()) {
            problems.add(HEAD_MISSING + ": the end of the log cannot be checked");
            return lastSeq + 1;
        }
        if (head.get().seq() != lastSeq || !head.get().hash().equals(lastHash)) {
            problems.add("the log ends at entry " + lastSeq + " but entry " + head.get().seq()
                    + " was written (entries at the end were deleted or edited)");
            return Math.min(lastSeq, head.get().seq()) + 1;
        }
        return Long.MAX_VALUE;
    }

    private static AuditVerification vouch(List<AuditEntry> all, Map<Long, AuditEntry> bySeq,
            List<AuditCheckpoint> checkpoints, List<String> problems, long firstBroken, long lastSeq) {
        List<AuditCheckpoint> sorted = checkpoints.stream().sorted(Comparator.comparingLong(AuditCheckpoint::seq))
                .toList();
        Set<Long> signed = new HashSet<>();
        long firstFailed = Long.MAX_VALUE;
        AuditCheckpoint latest = null;
        for (AuditCheckpoint checkpoint : sorted) {
            if (!signed.add(checkpoint.seq())) {
                continue; // the same checkpoint in the second folder
            }
            AuditEntry entry = bySeq.get(checkpoint.seq());
            String signedAt = "signed at " + checkpoint.at() + " (" + checkpoint.source() + ")";
            if (entry == null) {
                problems.add("entry " + checkpoint.seq() + " is missing, yet it was " + signedAt
                        + ": entries were deleted");
                firstFailed = Math.min(firstFailed, checkpoint.seq());
            } else if (!entry.hash().equals(checkpoint.hash())) {
                problems.add("entry " + checkpoint.seq() + " is not the entry " + signedAt
                        + ": the log was rewritten at or before entry " + checkpoint.seq());
                firstFailed = Math.min(firstFailed, checkpoint.seq());
            } else if (checkpoint.seq() < Math.min(firstBroken, firstFailed)) {
                latest = checkpoint;
            }
        }
        reportUnsigned(all, signed, problems);
        return new AuditVerification(all.size(), problems, lastSeq, latest == null ? 0 : latest.seq(), latest);
    }

    /** Checkpoint entries whose signed checkpoint was not given: its file was deleted. */
    private static void reportUnsigned(List<AuditEntry> all, Set<Long> signed, List<String> problems) {
        List<Long> unsigned = all.stream().filter(e -> CHECKPOINT_ACTION.equals(e.action()))
                .map(AuditEntry::seq).filter(seq -> !signed.contains(seq)).toList();
        if (!unsigned.isEmpty()) {
            problems.add(unsigned.size() == 1 ? "the signed checkpoint of entry " + unsigned.get(0)
                    + " is missing (its file was deleted?)"
                    : "the signed checkpoints of " + unsigned.size() + " entries (" + unsigned.get(0) + " to "
                            + unsigned.get(unsigned.size() - 1) + ") are missing (their files were deleted?)");
        }
    }

    /**
     * The hash of an entry: SHA-256 over its fields and the previous entry's hash. Public so that an
     * auditor can recompute a chain; recomputing it is exactly why a chain alone is not proof (see
     * {@link #verify(List)}).
     */
    public static String hash(long seq, Instant at, String actor, String action, String subject, String details,
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
