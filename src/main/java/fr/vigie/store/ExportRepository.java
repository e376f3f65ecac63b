package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Export packages and their reviews. */
public class ExportRepository {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public ExportRepository(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Records a new package, PENDING_REVIEW; a resumed run that rewrites its package replaces the record. */
    public void add(ExportRecord export) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM vigie_export WHERE export_id = ? AND status = 'PENDING_REVIEW'")
                    .param(export.exportId()).update();
            jdbc.sql("""
                    INSERT INTO vigie_export (export_id, run_id, partner, dataset, policy, package_path, status,
                        rows_exported, manifest_sha256, created_at, outbox_path)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(export.exportId(), export.runId(), export.partner(), export.dataset(), export.policy(),
                            export.packagePath(), export.status().name(), export.rows(), export.manifestSha256(),
                            RunRepository.timestamp(export.createdAt()), export.outboxPath())
                    .update();
        });
    }

    public Optional<ExportRecord> find(String exportId) {
        return jdbc.sql(SELECT + " WHERE export_id = ?").param(exportId).query(ExportRepository::export).optional();
    }

    /** Packages in a given status (all when null), newest first. */
    public List<ExportRecord> list(ExportStatus status) {
        if (status == null) {
            return jdbc.sql(SELECT + " ORDER BY created_at DESC, export_id").query(ExportRepository::export).list();
        }
        return jdbc.sql(SELECT + " WHERE status = ? ORDER BY created_at DESC, export_id").param(status.name())
                .query(ExportRepository::export).list();
    }

    /**
     * Records a decision on a package that is still pending. Returns false (and records nothing) when the
     * package was already decided, so two reviewers cannot both decide.
     */
    public boolean decide(Review review, String outboxPath) {
        Boolean done = tx.execute(status -> {
            int updated = jdbc.sql("UPDATE vigie_export SET status = ?, outbox_path = ?"
                    + " WHERE export_id = ? AND status = 'PENDING_REVIEW'")
                    .params(review.decision().name(), outboxPath, review.exportId()).update();
            if (updated == 0) {
                return false;
            }
            jdbc.sql("INSERT INTO vigie_review (export_id, decision, reviewer, review_comment, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?)")
                    .params(review.exportId(), review.decision().name(), review.reviewer(), review.comment(),
                            RunRepository.timestamp(review.decidedAt()))
                    .update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    public List<Review> reviews(String exportId) {
        return jdbc.sql("SELECT export_id, decision, reviewer, review_comment, decided_at FROM vigie_review"
                + " WHERE export_id = ? ORDER BY review_id").param(exportId)
                .query((rs, i) -> new Review(rs.getString(1), ExportStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), RunRepository.instant(rs, 5)))
                .list();
    }

    private static final String SELECT = """
            SELECT export_id, run_id, partner, dataset, policy, package_path, status, rows_exported,
                   manifest_sha256, created_at, outbox_path FROM vigie_export""";

    private static ExportRecord export(ResultSet rs, int rowNum) throws SQLException {
        Instant created = RunRepository.instant(rs, 10);
        return new ExportRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), ExportStatus.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9), created,
                rs.getString(11));
    }
}
