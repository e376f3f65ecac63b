package fr.vigie.job;

import fr.vigie.ingest.CsvSlices;
import fr.vigie.ingest.ParquetSlices;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceFormat;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.SourceSlice;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step of a job with more than one worker: a partitioned step whose partitions — the slices of
 * one CSV file ({@link CsvSlices}), the row groups of one Parquet file ({@link ParquetSlices}), or one file
 * each for a glob — are read at once by a
 * {@link TaskExecutorPartitionHandler}, each into its own staging and quarantine part and its own
 * profile. When all are done, the manager joins the parts in partition order and merges the profiles
 * ({@link IngestMerge}): the run's files are those of a single stream, byte for byte.
 *
 * <p>Each partition is a chunk step of its own in the job repository: a run killed mid-ingest resumes
 * the partitions that had not completed from their last committed chunk.
 */
final class PartitionedIngest {
    static final String PART_STEP = "ingest-part";
    /** The partitions, written when they are planned: a resumed run joins the same ones. */
    static final String PLAN = "ingest-parts";
    private static final String INDEX = "part.index";
    private static final String KIND = "part.kind";
    private static final String FILE = "part.file";
    private static final String START = "part.start";
    private static final String END = "part.end";
    private static final String LINE = "part.line";
    private static final String JOB_FILE = "part.job";
    private static final String FILES = "part.files";
    private static final String WORK = "part.work";
    private static final long POLL_MILLIS = 500;

    /** What a partition holds: a whole file, bytes of a CSV file, or row groups of a Parquet file. */
    enum Kind {
        WHOLE,
        CSV,
        PARQUET
    }

    /** One partition: a file of the source, or a slice of it. */
    record Part(int index, int file, Kind kind, long start, long end, long firstLine) {
        SourceSlice slice() {
            return new SourceSlice(index, start, end, firstLine);
        }
    }

    /** What reading a partition takes: the run's source files, how to read them, and its work area. */
    record Inputs(List<Path> files, ReadOptions options, Path work) {
    }

    /**
     * The inputs of a partition read by a worker process, from its execution context: the job file is read
     * again (against the worker's project folder) for the reading options.
     */
    static Inputs inputs(ExecutionContext context, Path projectDir) {
        JobDefinition job = JobFiles.load(Path.of(context.getString(JOB_FILE)), projectDir);
        List<Path> files = java.util.Arrays.stream(context.getString(FILES).split("\n")).map(Path::of).toList();
        return new Inputs(files, IngestStep.options(job.source()), Path.of(context.getString(WORK)));
    }

    /** The partitions of a run, in source order. */
    record Plan(List<Part> parts) {
    }

    /** What a partition read in this process, kept for the merge. */
    record Outcome(long accepted, long quarantined, Map<String, Long> reasons, fr.vigie.ingest.Profiler profiler) {
    }

    private final RunContext run;
    private final ReadOptions options;
    private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();

    private PartitionedIngest(RunContext run) {
        this.run = run;
        this.options = IngestStep.options(run.job().source());
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        PartitionedIngest ingest = new PartitionedIngest(run);
        int workers = run.job().workers();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("vigie-ingest-");
        executor.setConcurrencyLimit(workers);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setTaskExecutor(executor);
        handler.setGridSize(workers);
        handler.setStep(new PartStep(repository, tx, context -> ingest.inputs(), ingest.outcomes::put, rows -> {
        }));
        return new StepBuilder(IngestStep.NAME, repository)
                .partitioner(PART_STEP, ingest::partition)
                .partitionHandler(handler)
                .listener(ingest.new Merge())
                .build();
    }

    /**
     * The same partitions sent as requests to {@code vigie worker} processes through a broker; the manager
     * polls the job repository until each partition's step execution has ended (a lost reply cannot hang it),
     * and gives up a partition whose worker fell silent, or read no row, for longer than the job's worker
     * timeout ({@link WorkerWatch}): the step then fails, and a resumed run sends only the partitions left.
     */
    static Step createRemote(RunContext run, JobRepository repository, ConnectionFactory broker,
            fr.vigie.store.PartHeartbeats heartbeats) {
        PartitionedIngest ingest = new PartitionedIngest(run);
        return new RemotePartitioningManagerStepBuilder(IngestStep.NAME, repository)
                .partitioner(PART_STEP, ingest::partition)
                .gridSize(run.job().workers())
                .outputChannel(PartRequests.sender(broker, run.runId()))
                .pollInterval(POLL_MILLIS)
                .listener(new WorkerWatch(repository, heartbeats, run.job().workerTimeout(),
                        "vigie run " + run.job().id() + " --resume"))
                .listener(ingest.new Merge())
                .build();
    }

    private Inputs inputs() {
        return new Inputs(run.sourceFiles(), options, run.workspace().dir());
    }

    /** One context per partition, keyed so that names sort in source order. */
    private Map<String, ExecutionContext> partition(int gridSize) {
        Plan plan = new Plan(parts(gridSize));
        run.workspace().write(PLAN, plan);
        Map<String, ExecutionContext> contexts = new TreeMap<>();
        for (Part part : plan.parts()) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, part.index());
            context.putInt(FILE, part.file());
            context.putString(KIND, part.kind().name());
            context.putLong(START, part.start());
            context.putLong(END, part.end());
            context.putLong(LINE, part.firstLine());
            // What a worker in another process needs to read the partition without the run's context.
            context.putString(JOB_FILE, run.job().file().toAbsolutePath().normalize().toString());
            context.putString(FILES, String.join("\n", run.sourceFiles().stream()
                    .map(f -> f.toAbsolutePath().normalize().toString()).toList()));
            context.putString(WORK, run.workspace().dir().toAbsolutePath().normalize().toString());
            contexts.put(String.format("part-%04d", part.index()), context);
        }
        return contexts;
    }

    /** A glob's files one partition each; one CSV or Parquet file cut into slices; anything else whole. */
    private List<Part> parts(int count) {
        List<Path> files = run.sourceFiles();
        List<Part> parts = new ArrayList<>();
        if (files.size() > 1) {
            for (int i = 0; i < files.size(); i++) {
                parts.add(new Part(i, i, Kind.WHOLE, -1, -1, 1));
            }
            return parts;
        }
        Path file = files.get(0);
        SourceFormat format = options.format() != null ? options.format() : TableReaders.detectFormat(file);
        List<SourceSlice> slices = switch (format) {
            case CSV -> CsvSlices.plan(file, options, count);
            case PARQUET -> ParquetSlices.plan(file, options, count);
            default -> List.of(SourceSlice.whole());
        };
        for (SourceSlice slice : slices) {
            Kind kind = slice.isWhole() ? Kind.WHOLE : format == SourceFormat.CSV ? Kind.CSV : Kind.PARQUET;
            parts.add(new Part(slice.index(), 0, kind, slice.start(), slice.end(), slice.firstLine()));
        }
        return parts;
    }

    static Part part(ExecutionContext context) {
        return new Part(context.getInt(INDEX), context.getInt(FILE), Kind.valueOf(context.getString(KIND)),
                context.getLong(START), context.getLong(END), context.getLong(LINE));
    }

    /** The staging part of a partition, in the run's work area. */
    static Path staging(RunContext run, int index) {
        return staging(run.workspace().dir(), index);
    }

    private static Path staging(Path work, int index) {
        return work.resolve(String.format("staging.part-%04d.csv", index));
    }

    /** The quarantine part of a partition (absent when it quarantined nothing). */
    static Path quarantine(RunContext run, int index) {
        return quarantine(run.workspace().dir(), index);
    }

    private static Path quarantine(Path work, int index) {
        return work.resolve(String.format("quarantine.part-%04d.csv", index));
    }

    /**
     * Reads one partition: a chunk step built for it, run on its own step execution. The manager's threads
     * run it, or a worker process ({@link IngestWorker}) given the partition's step execution.
     */
    static final class PartStep implements Step {
        private final JobRepository repository;
        private final PlatformTransactionManager tx;
        private final Function<ExecutionContext, Inputs> inputs;
        private final BiConsumer<Integer, Outcome> completed;
        private final LongConsumer rowsRead;

        /**
         * {@code completed} is told what each partition read in this process; {@code rowsRead}, the rows the
         * partition being read has read so far, after each row (a worker's heartbeat carries them).
         */
        PartStep(JobRepository repository, PlatformTransactionManager tx, Function<ExecutionContext, Inputs> inputs,
                BiConsumer<Integer, Outcome> completed, LongConsumer rowsRead) {
            this.repository = repository;
            this.tx = tx;
            this.inputs = inputs;
            this.completed = completed;
            this.rowsRead = rowsRead;
        }

        @Override
        public String getName() {
            return PART_STEP;
        }

        @Override
        public void execute(StepExecution execution) throws JobInterruptedException {
            Part part = part(execution.getExecutionContext());
            Inputs in = inputs.apply(execution.getExecutionContext());
            PartReader reader = new PartReader(in.files(), in.options(), part, rowsRead);
            long bytes = FileSizes.size(in.files().get(part.file()));
            IngestWriter writer = new IngestWriter(staging(in.work(), part.index()), quarantine(in.work(), part.index()),
                    reader::header, part.kind() == Kind.CSV ? part.end() - part.start() : bytes,
                    () -> stillOurs(execution));
            new StepBuilder(PART_STEP, repository)
                    .<SourceRecord, SourceRecord>chunk(IngestStep.chunkSize(in.files(), in.options()))
                    .transactionManager(tx)
                    .reader(reader)
                    .writer(writer)
                    .listener(new StepExecutionListener() {
                        @Override
                        public ExitStatus afterStep(StepExecution step) {
                            if (step.getStatus() == BatchStatus.COMPLETED) {
                                completed.accept(part.index(), new Outcome(writer.accepted(), writer.quarantined(),
                                        writer.reasons(), writer.profiler()));
                            }
                            return null;
                        }
                    })
                    .build()
                    .execute(execution);
        }

        /**
         * Refuses to touch a partition's files once its step execution changed under this process: its run's
         * manager gave it up while the reading was stuck, and the resumed run may be writing them.
         */
        private void stillOurs(StepExecution execution) {
            StepExecution stored = repository.getStepExecution(execution.getId());
            if (stored == null || !Objects.equals(stored.getVersion(), execution.getVersion())) {
                throw new VigieException(ExitCode.FAILED, "partition " + execution.getStepName() + " was given up by"
                        + " its run's manager while it was being read here; its files are left to the resumed run");
            }
        }
    }

    /** Joins the partitions once all are read, and concludes the step as a single stream would. */
    private final class Merge implements StepExecutionListener {
        @Override
        public ExitStatus afterStep(StepExecution step) {
            if (step.getStatus() != BatchStatus.COMPLETED) {
                return null;
            }
            Plan plan = run.workspace().read(PLAN, Plan.class);
            IngestStep.Tally tally = new IngestMerge(run, options).merge(plan.parts(), outcomes);
            return IngestStep.conclude(run, step, tally);
        }
    }
}
