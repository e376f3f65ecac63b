package fr.vigie.bench;

import fr.vigie.job.JobDefinition;
import fr.vigie.job.JobFiles;
import fr.vigie.job.Pipeline;
import fr.vigie.job.RunOutcome;
import fr.vigie.job.VigieApplication;
import fr.vigie.job.VigieSettings;
import fr.vigie.store.StepMetric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the real {@code vigie run} of the project's CCAS job on the benchmark's file, in the same process and
 * the same run as the baselines: Spring Batch, the job repository and the H2 store, the job's own policy and
 * bias settings, with the benchmark's number of workers. The project's rules are copied into a project of its
 * own beside the data, with keys of its own, so that the user's store and keys are never touched.
 */
final class RealRun {
    static final String JOB = "ccas-aides";
    private static final Pattern SOURCE_PATH = Pattern.compile("(?m)^(\\s+path:).*$");

    /** What the run took, and each step's time. */
    record Figures(RunOutcome outcome, double wallSeconds, double cpuSeconds, List<StepMetric> steps) {
    }

    private RealRun() {
    }

    /** Runs the job on {@code csv}; empty when the project has no CCAS job to run. */
    static Optional<Figures> time(BenchOptions options, Path csv, Path work) throws IOException {
        Path jobFile = options.projectDir().resolve("jobs").resolve(JOB + ".yml");
        if (!Files.isRegularFile(jobFile)) {
            return Optional.empty();
        }
        Path project = work.resolve("project");
        copyTree(options.rulesDir(), project.resolve("rules"));
        Path job = project.resolve("jobs").resolve(JOB + ".yml");
        Files.createDirectories(job.getParent());
        Matcher path = SOURCE_PATH.matcher(Files.readString(jobFile));
        Files.writeString(job, path.replaceFirst("$1 " + Matcher.quoteReplacement("\"" + csv.toAbsolutePath() + "\"")));
        VigieSettings settings = VigieSettings.from(Map.of("VIGIE_KEY_DIR", work.resolve("keys").toString()), project,
                project.resolve("store"));
        JobDefinition definition = JobFiles.load(job, project).withWorkers(options.workers());
        long wall0 = System.nanoTime();
        long cpu0 = Machine.processCpuNanos();
        try (ConfigurableApplicationContext context = VigieApplication.start(settings)) {
            Pipeline pipeline = context.getBean(Pipeline.class);
            RunOutcome outcome = pipeline.run(definition);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (Machine.processCpuNanos() - cpu0) / 1e9;
            return Optional.of(new Figures(outcome, wall, cpu, pipeline.steps(outcome.runId())));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
