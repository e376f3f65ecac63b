package fr.vigie.job;

import fr.vigie.ingest.CsvDialect;
import fr.vigie.ingest.DatasetProfile;
import fr.vigie.ingest.IngestResult;
import fr.vigie.ingest.MalformedShare;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceFormat;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import fr.vigie.model.VigieException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: streams the source files in chunks into the run's staging file, quarantines
 * malformed records, profiles accepted rows, and fails the run when the quarantined share exceeds
 * the job's {@code maxQuarantineRatio}.
 */
final class IngestStep {
    static final String NAME = "ingest";
    static final int CHUNK = 2_000;
    /** Cells a chunk holds at most: a chunk of a very wide table has fewer rows, so memory stays flat. */
    static final int CHUNK_CELLS = 100_000;

    private IngestStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        JobDefinition.Source source = run.job().source();
        ReadOptions options = options(source);
        SourceItemReader reader = new SourceItemReader(run.sourceFiles(), options);
        long bytes = run.sourceFiles().stream().mapToLong(FileSizes::size).sum();
        IngestWriter writer = new IngestWriter(run.workspace().staging(), run.quarantineFile(), reader::header, bytes);
        return new StepBuilder(NAME, repository)
                .<SourceRecord, SourceRecord>chunk(chunkSize(run.sourceFiles(), options))
                .transactionManager(tx)
                .reader(reader)
                .writer(writer)
                .listener(new Summary(run, reader, writer))
                .build();
    }

    /**
     * Rows per chunk: {@link #CHUNK}, fewer for a table so wide that they would hold more than
     * {@link #CHUNK_CELLS} cells. The width comes from the first file's header; a file that cannot be
     * opened gets the default here and its error when the step reads it.
     */
    static int chunkSize(List<Path> files, ReadOptions options) {
        if (files.isEmpty()) {
            return CHUNK;
        }
        try (TableReader reader = TableReaders.open(files.get(0), options)) {
            return Math.max(1, Math.min(CHUNK, CHUNK_CELLS / Math.max(1, reader.header().size())));
        } catch (RuntimeException e) {
            return CHUNK;
        }
    }

    static ReadOptions options(JobDefinition.Source source) {
        ReadOptions options = ReadOptions.defaults();
        if (source.format() != null) {
            options = options.withFormat(SourceFormat.valueOf(source.format().toUpperCase()));
        }
        if (source.encoding() != null) {
            options = options.withCharset(Charset.forName(source.encoding()));
        }
        if (source.separator() != null) {
            options = options.withSeparator(source.separator());
        }
        if (source.quote() != null) {
            options = options.withQuote(source.quote());
        }
        if (source.headerLine() != null) {
            options = options.withHeaderLine(source.headerLine());
        }
        if (source.sheet() != null) {
            options = options.withSheet(source.sheet());
        }
        if (source.maxFieldChars() != null) {
            options = options.withMaxFieldChars(source.maxFieldChars());
        }
        if (!source.columnNames().isEmpty()) {
            options = options.withColumnNames(source.columnNames());
        }
        if (source.maxColumns() != null) {
            options = options.withMaxColumns(source.maxColumns());
        }
        if (source.maxColumnNameChars() != null) {
            options = options.withMaxColumnNameChars(source.maxColumnNameChars());
        }
        return options;
    }

    /** Writes the ingest result when the step ends and enforces the quarantine limit. */
    private static final class Summary implements StepExecutionListener {
        private final RunContext run;
        private final SourceItemReader reader;
        private final IngestWriter writer;

        Summary(RunContext run, SourceItemReader reader, IngestWriter writer) {
            this.run = run;
            this.reader = reader;
            this.writer = writer;
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            if (step.getStatus() != BatchStatus.COMPLETED) {
                return null;
            }
            return conclude(run, step, new Tally(reader.header(), reader.dialect(), writer.accepted(),
                    writer.quarantined(), writer.reasons(), writer.profiler().finish()));
        }
    }

    /** What ingestion counted, over one stream or merged from the partitions. */
    record Tally(List<String> header, CsvDialect dialect, long accepted, long quarantined, Map<String, Long> reasons,
            DatasetProfile profile) {
    }

    /**
     * Writes the ingest result of a completed step to the work area and fails the step when the file was
     * misread or too many rows were quarantined.
     */
    static ExitStatus conclude(RunContext run, StepExecution step, Tally tally) {
        long read = tally.accepted() + tally.quarantined();
        double ratio = read == 0 ? 0 : (double) tally.quarantined() / read;
        List<Path> files = run.sourceFiles();
        long bytes = files.stream().mapToLong(FileSizes::size).sum();
        IngestResult result = new IngestResult(
                files.stream().map(f -> ProjectPaths.relative(run, f)).toList(), tally.dialect(), tally.header(), read,
                tally.accepted(), tally.quarantined(), ratio, run.job().maxQuarantineRatio(), tally.reasons(),
                tally.quarantined() == 0 ? null : ProjectPaths.relative(run, run.quarantineFile()), bytes,
                tally.profile());
        run.workspace().write(NAME, result);
        // Quarantined rows pass through the writer; report them apart from the accepted ones.
        step.setFilterCount(tally.quarantined());
        step.setWriteCount(tally.accepted());
        if (MalformedShare.isMost(read, tally.quarantined())) {
            // a misread file: fails whatever maxQuarantineRatio tolerates
            InputException misread = MalformedShare.misread(sourceName(run), read, tally.quarantined());
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(misread);
            return ExitStatus.FAILED.addExitDescription(misread.getMessage());
        }
        if (ratio > run.job().maxQuarantineRatio()) {
            step.setStatus(BatchStatus.FAILED);
            String message = String.format(java.util.Locale.ROOT,
                    "%d of %d rows quarantined (%.2f %%), above the job's maxQuarantineRatio of %.2f %%; see %s",
                    tally.quarantined(), read, 100 * ratio, 100 * run.job().maxQuarantineRatio(),
                    ProjectPaths.relative(run, run.quarantineFile()));
            step.addFailureException(new QuarantineLimitExceeded(message));
            return ExitStatus.FAILED.addExitDescription(message);
        }
        return null;
    }

    /** The source as named in messages: its one file, or the job's pattern. */
    private static Path sourceName(RunContext run) {
        List<Path> files = run.sourceFiles();
        return Path.of(files.size() == 1 ? ProjectPaths.relative(run, files.get(0)) : run.job().source().pattern());
    }

    /** The run read too many malformed rows to be trusted. */
    static final class QuarantineLimitExceeded extends VigieException {
        QuarantineLimitExceeded(String message) {
            super(ExitCode.FAILED, message);
        }
    }
}
