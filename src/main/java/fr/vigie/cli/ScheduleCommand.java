package fr.vigie.cli;

import fr.vigie.job.JobFiles;
import fr.vigie.job.Pipeline;
import fr.vigie.schedule.RunMetrics;
import fr.vigie.schedule.Scheduler;
import fr.vigie.job.VigieSettings;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie schedule}: the long-lived scheduler. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run each job at its cron time until stopped (Ctrl-C or SIGTERM), reloading job files",
                "when they change. Several schedulers may share a store: a job runs in one at a time."})
final class ScheduleCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Option(names = "--workers", defaultValue = "2", description = "Jobs run at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on 127.0.0.1:PORT/metrics (off by default).")
    Integer metricsPort;

    @Override
    public Integer call() throws Exception {
        VigieSettings settings = root.settings();
        JobFiles.loadAll(settings.jobsDir(), settings.projectDir());
        try (StoreSession store = StoreSession.open(settings); RunMetrics metrics = new RunMetrics()) {
            if (metricsPort != null) {
                int port = metrics.serve(metricsPort);
                System.out.println("Metrics on http://127.0.0.1:" + port + "/metrics");
            }
            Scheduler scheduler = new Scheduler(store.get(Pipeline.class), settings, Clock.systemDefaultZone(), workers, metrics);
            stopOnSigterm(Thread.currentThread());
            System.out.println("Scheduler " + ManagementFactory.getRuntimeMXBean().getName() + " started on "
                    + settings.jobsDir());
            try {
                scheduler.runForever();
            } catch (InterruptedException stopped) {
                System.out.println("Scheduler stopping: waiting for running jobs to end");
            }
            scheduler.shutdown();
        }
        return 0;
    }

    /** SIGTERM: stop starting jobs, let running ones end, then let the JVM go. */
    private static void stopOnSigterm(Thread main) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.interrupt();
            try {
                main.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
