package fr.vigie.cli;

import fr.vigie.bench.BenchOptions;
import fr.vigie.bench.BenchResult;
import fr.vigie.bench.Benchmarks;
import fr.vigie.bench.Progress;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie bench STAGE}: throughput, CPU time and peak heap of a stage, or of the whole pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a stage, or the whole pipeline end to end with its baselines (plain CSV parse,",
                "plain Parquet write) measured in the same run. Figures on stdout as a table; progress on stderr",
                "when the run is long. Run with the heap you mean to measure, e.g. java -Xmx2g -jar vigie.jar bench all."})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "STAGE", completionCandidates = Names.class,
            description = "One of: ${COMPLETION-CANDIDATES} (all = end to end).")
    String stage;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N",
            description = "Rows of generated data (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the figures, with machine info, as JSON.")
    Path out;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Keep the generated data in DIR (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Option(names = "--workers", defaultValue = "1", paramLabel = "N", description = {"bench ingest: also time the",
            "ingest cut into N slices read at once, in the same rounds; bench all: the workers of the real",
            "vigie run it times (default: ${DEFAULT-VALUE})."})
    int workers;

    @Override
    public Integer call() throws Exception {
        if (workers < 1 || workers > 64) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "--workers must be between 1 and 64, not " + workers);
        }
        if (rows < 1) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "--rows must be at least 1, not " + rows);
        }
        quietLibraryLogs();
        BenchOptions options = new BenchOptions(rows, seed, dir, root.settings().projectDir(),
                Progress.to(System.err, 5), workers);
        BenchResult result = Benchmarks.run(stage, options);
        System.out.print(result.toTable());
        if (out != null) {
            result.write(out);
            System.out.println("figures written to " + out);
        }
        return 0;
    }

    /**
     * Parquet's Hadoop codec pool logs every compressor it creates at INFO; outside Spring Boot (which sets
     * these loggers to WARN from application.properties) that would land in the middle of the figures.
     */
    private static void quietLibraryLogs() {
        for (String name : java.util.List.of("org.apache.hadoop", "org.apache.parquet")) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }

    /** The benchmark names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Benchmarks.names().iterator();
        }
    }
}
