package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs, their steps, classifications and findings. */
public class RunRepository {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public RunRepository(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Records (or refreshes) the dataset a job produces. */
    public void upsertDataset(String jobId, String department, String description, String purpose, String jobFile) {
        tx.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                    UPDATE vigie_dataset SET department = ?, description = ?, purpose = ?, job_file = ?, updated_at = ?
                    WHERE job_id = ?""")
                    .params(department, description, purpose, jobFile, now(), jobId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO vigie_dataset (job_id, department, description, purpose, job_file, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(jobId, department, description, purpose, jobFile, now()).update();
            }
        });
    }

    /** Records the start of a run, or of its resumption (then the run goes back to RUNNING). */
    public void started(String runId, String jobId, Instant startedAt) {
        tx.executeWithoutResult(status -> {
            int updated = jdbc.sql("UPDATE vigie_run SET status = 'RUNNING', finished_at = NULL, exit_code = NULL"
                    + " WHERE run_id = ?").param(runId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO vigie_run (run_id, job_id, started_at, status) VALUES (?, ?, ?, 'RUNNING')")
                        .params(runId, jobId, timestamp(startedAt)).update();
            }
        });
    }

    public void finished(String runId, String status, int exitCode, Long rowsRead, Long rowsAccepted,
            Long rowsQuarantined, String reportPath, String message) {
        jdbc.sql("""
                UPDATE vigie_run SET finished_at = ?, status = ?, exit_code = ?, rows_read = ?, rows_accepted = ?,
                       rows_quarantined = ?, report_path = ?, message = ?
                WHERE run_id = ?""")
                .params(now(), status, exitCode, rowsRead, rowsAccepted, rowsQuarantined, reportPath, message, runId)
                .update();
    }

    /** What the run cost: CPU, memory, and the estimated energy and emissions. */
    public void recordFootprint(String runId, double cpuSeconds, long peakMemoryBytes, double energyWh,
            double co2eGrams) {
        jdbc.sql("UPDATE vigie_run SET cpu_seconds = ?, peak_memory_bytes = ?, energy_wh = ?, co2e_grams = ?"
                + " WHERE run_id = ?").params(cpuSeconds, peakMemoryBytes, energyWh, co2eGrams, runId).update();
    }

    public void recordStep(String runId, StepMetric metric) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM vigie_step_metric WHERE run_id = ? AND step = ?").params(runId, metric.step()).update();
            jdbc.sql("INSERT INTO vigie_step_metric (run_id, step, status, rows_read, rows_written, rows_quarantined,"
                    + " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(runId, metric.step(), metric.status(), metric.rowsRead(), metric.rowsWritten(),
                            metric.rowsQuarantined(), metric.durationMillis())
                    .update();
        });
    }

    public List<StepMetric> steps(String runId) {
        return jdbc.sql("SELECT step, status, rows_read, rows_written, rows_quarantined, duration_ms"
                + " FROM vigie_step_metric WHERE run_id = ? ORDER BY step").param(runId)
                .query((rs, i) -> new StepMetric(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** Replaces the classification of a run (a resumed run classifies again). */
    public void saveClassification(String runId, List<ClassificationRow> rows) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM vigie_column_classification WHERE run_id = ?").param(runId).update();
            for (ClassificationRow row : rows) {
                jdbc.sql("""
                        INSERT INTO vigie_column_classification (run_id, position, column_name, attribute_type,
                            info_type, domain, protected_attribute, confidence, pinned_by, evidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(runId, row.position(), row.columnName(), row.attributeType(), row.infoType(),
                                row.domain(), row.protectedAttribute(), row.confidence(), row.pinnedBy(),
                                row.evidence())
                        .update();
            }
        });
    }

    public List<ClassificationRow> classification(String runId) {
        return jdbc.sql("""
                SELECT position, column_name, attribute_type, info_type, domain, protected_attribute, confidence,
                       pinned_by, evidence
                FROM vigie_column_classification WHERE run_id = ? ORDER BY position""").param(runId)
                .query((rs, i) -> new ClassificationRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** Replaces the findings of a run. */
    public void saveFindings(String runId, List<FindingRow> findings) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM vigie_finding WHERE run_id = ?").param(runId).update();
            for (FindingRow f : findings) {
                jdbc.sql("""
                        INSERT INTO vigie_finding (run_id, finding_id, check_name, attribute, group_name,
                            reference_group, metric, metric_value, p_value, q_value, severity, message)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(runId, f.findingId(), f.check(), f.attribute(), f.group(), f.referenceGroup(),
                                f.metric(), f.value(), f.pValue(), f.qValue(), f.severity(), f.message())
                        .update();
            }
        });
    }

    public List<FindingRow> findings(String runId) {
        return jdbc.sql("""
                SELECT finding_id, check_name, attribute, group_name, reference_group, metric, metric_value,
                       p_value, q_value, severity, message
                FROM vigie_finding WHERE run_id = ? ORDER BY finding_id""").param(runId)
                .query((rs, i) -> new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), nullableDouble(rs, 7), nullableDouble(rs, 8),
                        nullableDouble(rs, 9), rs.getString(10), rs.getString(11)))
                .list();
    }

    public Optional<RunRecord> find(String runId) {
        return jdbc.sql(SELECT_RUN + " WHERE run_id = ?").param(runId).query(RunRepository::run).optional();
    }

    /** The most recent runs, newest first; {@code jobId} may be null for all jobs. */
    public List<RunRecord> recent(String jobId, int limit) {
        String where = jobId == null ? "" : " WHERE job_id = ?";
        var spec = jdbc.sql(SELECT_RUN + where + " ORDER BY started_at DESC, run_id DESC FETCH FIRST " + limit
                + " ROWS ONLY");
        if (jobId != null) {
            spec = spec.param(jobId);
        }
        return spec.query(RunRepository::run).list();
    }

    private static final String SELECT_RUN = """
            SELECT run_id, job_id, started_at, finished_at, status, exit_code, rows_read, rows_accepted,
                   rows_quarantined, report_path, message, cpu_seconds, peak_memory_bytes, energy_wh, co2e_grams
            FROM vigie_run""";

    private static RunRecord run(ResultSet rs, int rowNum) throws SQLException {
        return new RunRecord(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4), rs.getString(5),
                (Integer) rs.getObject(6, Integer.class), (Long) rs.getObject(7, Long.class),
                (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class), rs.getString(10),
                rs.getString(11), nullableDouble(rs, 12), (Long) rs.getObject(13, Long.class), nullableDouble(rs, 14),
                nullableDouble(rs, 15));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return timestamp(Instant.now());
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
