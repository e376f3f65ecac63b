package fr.vigie.cli;

import fr.vigie.job.JobDefinition;
import fr.vigie.job.JobFiles;
import fr.vigie.job.Pipeline;
import fr.vigie.job.RunOutcome;
import fr.vigie.job.VigieSettings;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie run}: runs jobs now (the entry point for cron, systemd timers and CronJobs). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run jobs now: ingest, classify, anonymise per partner, scan for bias, export, report.",
                "Every job file is validated before anything runs."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "JOB", arity = "0..*", description = "Job ids or job files (see jobs/).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--all", description = "Run every job of jobs/.")
    boolean all;

    @Option(names = "--resume", description = "Resume the last unfinished run of each job from its last committed chunk.")
    boolean resume;

    @Option(names = "--workers", paramLabel = "N", description = {"Partitions of the source ingested at once",
            "(overrides the job file's 'workers'; default: the job file's, else 1)."})
    Integer workers;

    @Option(names = "--broker", paramLabel = "URL", description = {"Send the ingest's partitions to 'vigie worker'"
            + " processes through this broker", "(overrides the job file's 'broker'): embedded[:PORT] or tcp://HOST:PORT."})
    String broker;

    @Option(names = "--worker-timeout", paramLabel = "DURATION", description = {"Give up a partition whose worker"
            + " stays silent, or reads no row, this long (e.g. 30s, 5m; overrides the job file's 'workerTimeout';",
            "default: the job file's, else 5m). The run then fails, and '--resume' sends what is left."})
    String workerTimeout;

    @Override
    public Integer call() {
        VigieSettings settings = root.settings();
        List<JobDefinition> selected = select(settings);
        if (workers != null) {
            if (workers < 1 || workers > JobDefinition.MAX_WORKERS) {
                throw new VigieException(ExitCode.BAD_CONFIGURATION, "--workers: must be between 1 and "
                        + JobDefinition.MAX_WORKERS);
            }
            selected = selected.stream().map(job -> job.withWorkers(workers)).toList();
        }
        if (broker != null) {
            fr.vigie.job.BrokerAddress address = WorkerCommand.address(broker);
            selected = selected.stream().map(job -> job.withBroker(address)).toList();
        }
        if (workerTimeout != null) {
            java.time.Duration timeout = timeout(workerTimeout);
            selected = selected.stream().map(job -> job.withWorkerTimeout(timeout)).toList();
        }
        int exit = ExitCode.OK;
        try (StoreSession store = StoreSession.open(settings)) {
            Pipeline pipeline = store.get(Pipeline.class);
            for (JobDefinition job : selected) {
                try {
                    RunOutcome outcome = resume ? pipeline.resume(job) : pipeline.run(job);
                    print(settings, outcome);
                    exit = worst(exit, outcome.exitCode());
                } catch (VigieException e) {
                    // One department's missing drop must not stop the other jobs of the night.
                    System.err.println("vigie: " + job.id() + ": " + e.getMessage());
                    exit = worst(exit, e.exitCode());
                }
            }
        }
        return exit;
    }

    private static java.time.Duration timeout(String text) {
        try {
            return fr.vigie.job.WorkerTimeout.parse(text);
        } catch (IllegalArgumentException e) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "--worker-timeout: " + e.getMessage());
        }
    }

    private static void print(VigieSettings settings, RunOutcome outcome) {
        String report = outcome.report() == null ? ""
                : "report: " + settings.projectDir().relativize(outcome.report().toAbsolutePath().normalize());
        System.out.printf("%-20s %-36s %-9s exit %d  %s%n", outcome.jobId(), outcome.runId(), outcome.status(),
                outcome.exitCode(), report);
        if (outcome.exitCode() != ExitCode.OK && outcome.message() != null) {
            System.out.println("  " + outcome.message());
        }
    }

    private List<JobDefinition> select(VigieSettings settings) {
        if (all == !jobs.isEmpty()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "name the jobs to run, or use --all");
        }
        List<JobDefinition> every = JobFiles.loadAll(settings.jobsDir(), settings.projectDir());
        if (all) {
            return every;
        }
        List<JobDefinition> selected = new ArrayList<>();
        for (String name : jobs) {
            Path file = Path.of(name);
            if (name.endsWith(".yml") || name.endsWith(".yaml") || Files.isRegularFile(file)) {
                selected.add(JobFiles.load(file, settings.projectDir()));
                continue;
            }
            selected.add(every.stream().filter(j -> j.id().equals(name)).findFirst()
                    .orElseThrow(() -> new VigieException(ExitCode.BAD_CONFIGURATION, "no job '" + name + "' in "
                            + settings.jobsDir() + " (known: " + String.join(", ",
                                    every.stream().map(JobDefinition::id).toList()) + ")")));
        }
        return selected;
    }

    /** A failure outranks a refusal, which outranks success. */
    static int worst(int a, int b) {
        int[] order = {ExitCode.OK, ExitCode.REFUSED_BY_POLICY, ExitCode.BAD_CONFIGURATION, ExitCode.FAILED};
        int rankA = 0;
        int rankB = 0;
        for (int i = 0; i < order.length; i++) {
            rankA = order[i] == a ? i : rankA;
            rankB = order[i] == b ? i : rankB;
        }
        return rankA >= rankB ? a : b;
    }
}
