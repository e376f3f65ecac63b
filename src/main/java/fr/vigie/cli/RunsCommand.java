package fr.vigie.cli;

import fr.vigie.job.Pipeline;
import fr.vigie.store.RunRecord;
import fr.vigie.store.StepMetric;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie runs}: recent runs and their status. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List recent runs, newest first.")
final class RunsCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Option(names = "--job", paramLabel = "ID", description = "Only this job's runs.")
    String job;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--steps", description = "Also show each step's rows and duration.")
    boolean steps;

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            Pipeline runs = store.get(Pipeline.class);
            System.out.printf("%-36s %-20s %-10s %4s %10s %10s %8s %8s %9s  %s%n", "RUN", "STARTED", "STATUS", "EXIT",
                    "READ", "ACCEPTED", "QUAR.", "CPU s", "CO2e g", "REPORT");
            for (RunRecord r : runs.recentRuns(job, limit)) {
                System.out.printf("%-36s %-20s %-10s %4s %10s %10s %8s %8s %9s  %s%n", r.runId(),
                        r.startedAt().toString().substring(0, 19).replace('T', ' '), r.status(),
                        r.exitCode() == null ? "" : r.exitCode(), blank(r.rowsRead()), blank(r.rowsAccepted()),
                        blank(r.rowsQuarantined()), decimal(r.cpuSeconds(), "%.1f"), decimal(r.co2eGrams(), "%.3f"),
                        r.reportPath() == null ? "" : r.reportPath());
                if (steps) {
                    for (StepMetric m : runs.steps(r.runId())) {
                        System.out.printf("    %-28s %-10s read %9d  written %9d  %7.1f s%n", m.step(), m.status(),
                                m.rowsRead(), m.rowsWritten(), m.durationMillis() / 1000.0);
                    }
                }
            }
        }
        return 0;
    }

    private static String decimal(Double value, String format) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, format, value);
    }

    private static String blank(Long value) {
        return value == null ? "" : value.toString();
    }
}
