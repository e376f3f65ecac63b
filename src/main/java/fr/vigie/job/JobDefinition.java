package fr.vigie.job;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A dataset job, as declared in one file of {@code jobs/}. Immutable and validated on load
 * ({@link JobFiles}); relative paths are resolved against the project directory.
 *
 * @param file        the job file, named in every error and in the report
 * @param pins        columns whose classification the job fixes, by column name
 * @param workers     how many partitions of the source are ingested at once (1: one stream)
 * @param broker      where the partitions go to {@code vigie worker} processes; null: read in this process
 * @param workerTimeout how long a partition sent to a worker may stay silent, or read no row, before the run
 *                    gives it up ({@link WorkerTimeout})
 */
public record JobDefinition(
        Path file,
        String id,
        String department,
        String description,
        String purpose,
        String controller,
        Source source,
        Schedule schedule,
        double maxQuarantineRatio,
        Map<String, ColumnPinSpec> pins,
        Bias bias,
        List<Partner> partners,
        int workers,
        BrokerAddress broker,
        java.time.Duration workerTimeout) {

    /** A job read in this process alone (no broker). */
    public JobDefinition(Path file, String id, String department, String description, String purpose,
            String controller, Source source, Schedule schedule, double maxQuarantineRatio,
            Map<String, ColumnPinSpec> pins, Bias bias, List<Partner> partners, int workers) {
        this(file, id, department, description, purpose, controller, source, schedule, maxQuarantineRatio, pins,
                bias, partners, workers, null, WorkerTimeout.DEFAULT);
    }

    /** The most workers a job may ask for: more would only add threads competing for the same cores. */
    public static final int MAX_WORKERS = 64;

    /** This job with another number of workers ({@code vigie run --workers N}). */
    public JobDefinition withWorkers(int count) {
        return new JobDefinition(file, id, department, description, purpose, controller, source, schedule,
                maxQuarantineRatio, pins, bias, partners, count, broker, workerTimeout);
    }

    /** This job with its partitions sent through another broker ({@code vigie run --broker URL}). */
    public JobDefinition withBroker(BrokerAddress address) {
        return new JobDefinition(file, id, department, description, purpose, controller, source, schedule,
                maxQuarantineRatio, pins, bias, partners, workers, address, workerTimeout);
    }

    /** This job with another worker timeout ({@code vigie run --worker-timeout DURATION}). */
    public JobDefinition withWorkerTimeout(java.time.Duration timeout) {
        return new JobDefinition(file, id, department, description, purpose, controller, source, schedule,
                maxQuarantineRatio, pins, bias, partners, workers, broker, timeout);
    }

    /** Whether the ingest is partitioned: more than one worker, or workers in other processes. */
    public boolean partitioned() {
        return workers > 1 || broker != null;
    }

    /** Whether the job scans documents (text) rather than tables. */
    public boolean documents() {
        return "document".equals(source.format());
    }

    /**
     * Where the data comes from, and how to read it (every field but the path is optional). The files a
     * glob matches are found when the job runs ({@link SourceFiles}), walking at most {@code maxFilesWalked}
     * files and folders.
     */
    public record Source(String pattern, String format, String encoding, Character separator,
            Character quote, Integer headerLine, String sheet, Integer maxFieldChars, List<String> columnNames,
            int maxFilesWalked, Integer maxColumns, Integer maxColumnNameChars) {
    }

    /** When the job runs, and what to do about a run missed while the scheduler was down. */
    public record Schedule(String cron, MissedRuns missedRuns) {
    }

    public enum MissedRuns {
        RUN_ONCE,
        SKIP
    }

    /** A column classification fixed by the job file (null fields are left to the classifier). */
    public record ColumnPinSpec(AttributeType attributeType, String infoType, Domain domain,
            ProtectedAttribute protectedAttribute) {
    }

    /** What the bias scan looks at. Protected columns add to those found by classification. */
    public record Bias(boolean enabled, List<ProtectedColumnSpec> protectedColumns, String outcome, String positive,
            Map<String, String> referenceGroups, String stratifyBy) {

        public static Bias disabled() {
            return new Bias(false, List.of(), null, null, Map.of(), null);
        }
    }

    /** A protected column declared by the job; {@code attribute} may be null (then taken from classification). */
    public record ProtectedColumnSpec(String column, ProtectedAttribute attribute) {
    }

    /** A partner the dataset is shared with, under a policy of {@code rules/policies/}. */
    public record Partner(String id, Path policy, List<String> formats) {
    }
}
