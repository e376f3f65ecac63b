package fr.vigie.bench;

import fr.vigie.bias.BiasRules;
import fr.vigie.export.ExportFormat;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks {@code vigie bench STAGE} runs, by name: each stage's own benchmark class, and
 * {@code all} (end to end). Adding one is one line in the static block (plus, if its figures
 * should reach the table and the JSON file, a method turning its result into a {@link BenchResult}).
 */
public final class Benchmarks {
    private static final Map<String, StageBenchmark> BENCHMARKS = new LinkedHashMap<>();
    /** ARX's reference data set, in the checkout's test resources. */
    private static final String ADULT = "src/test/resources/reference/adult";

    static {
        BENCHMARKS.put("ingest", Benchmarks::ingest);
        BENCHMARKS.put("classify", Benchmarks::classify);
        BENCHMARKS.put("anonymise", Benchmarks::anonymise);
        BENCHMARKS.put("bias", Benchmarks::bias);
        BENCHMARKS.put("export", Benchmarks::export);
        BENCHMARKS.put("all", EndToEndBenchmark::run);
    }

    private Benchmarks() {
    }

    /** The benchmark names, in order: {@code ingest, classify, anonymise, bias, export, all}. */
    public static List<String> names() {
        return List.copyOf(BENCHMARKS.keySet());
    }

    /**
     * Runs the benchmark called {@code name}.
     *
     * @throws VigieException exit code 2 for an unknown name or a stage benchmark missing from this build
     */
    public static BenchResult run(String name, BenchOptions options) throws Exception {
        StageBenchmark benchmark = BENCHMARKS.get(name);
        if (benchmark == null) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "unknown benchmark '" + name
                    + "' (expected one of: " + String.join(", ", BENCHMARKS.keySet()) + ")");
        }
        return benchmark.run(options);
    }

    private static BenchResult ingest(BenchOptions o) {
        Path dir = BenchFiles.dataDir(o, "ingest");
        try {
            IngestBenchmark.Result r = IngestBenchmark.run(o.rows(), dir, o.workers());
            BenchResult.Builder result = new BenchResult.Builder("ingest")
                    .stage(new StageFigures("baseline.csvParse", "baseline: plain Commons CSV parse", r.rows(),
                            r.bytes(), r.plainSeconds(), r.plainCpuSeconds(), -1))
                    .stage(new StageFigures("ingest", "ingest (reader + profiler + quarantine)", r.rows(), r.bytes(),
                            r.ingestSeconds(), r.ingestCpuSeconds(), r.peakHeapBytes()));
            if (r.workers() > 1) {
                result.stage(new StageFigures("ingest.workers", "ingest, " + r.workers() + " slices read at once",
                        r.rows(), r.bytes(), r.workersSeconds(), r.workersCpuSeconds(), -1))
                        .figure("ingest.workers", r.workers())
                        .figure("ingest.workersRatioToPlainParse", r.workersRatio());
            }
            return result.figure("ingest.ratioToPlainParse", r.ratio())
                    .figure("ingest.cpuRatioToPlainParse", r.cpuRatio())
                    .figure("rowsAccepted", r.accepted())
                    .figure("rowsQuarantined", r.quarantined())
                    .note("fr.vigie.bench.IngestBenchmark: its own generated file (20 columns, 1 malformed row in "
                            + "100,000), best of its rounds for each read after a warm-up; goal ratio >= 0.70")
                    .build();
        } finally {
            BenchFiles.deleteIfTemporary(o, dir);
        }
    }

    private static BenchResult classify(BenchOptions o) throws Exception {
        ClassifyBenchmark.Result r = ClassifyBenchmark.run(Math.toIntExact(o.rows()), o.rulesDir(), System.out);
        return new BenchResult.Builder("classify")
                .stage(new StageFigures("classify.stream", "classify: CSV parse + sampling", r.rows(), 0,
                        r.streamSeconds(), -1, -1))
                .stage(new StageFigures("classify.classify", "classify: classification of the samples", r.rows(), 0,
                        r.classifySeconds(), r.classifyCpuSeconds(), -1))
                .figure("classify.columns", r.columns())
                .figure("classify.columnsPerSecond", r.columnsPerSecond())
                .figure("classify.classifiedValuesPerSecond", r.classifiedValuesPerSecond())
                .figure("classify.streamedValuesPerSecond", r.streamedValuesPerSecond())
                .figure("classify.endToEndValuesPerSecond", r.endToEndValuesPerSecond())
                .note("fr.vigie.bench.ClassifyBenchmark: its own generated file (" + r.columns() + " columns)")
                .build();
    }

    private static BenchResult anonymise(BenchOptions o) throws Exception {
        long start = System.nanoTime();
        long cpu = Machine.processCpuNanos();
        Machine.resetHeapPeaks();
        Path adult = o.projectDir().resolve(ADULT);
        if (!java.nio.file.Files.isDirectory(adult)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the Adult reference set is not in " + adult
                    + " (run vigie bench anonymise with --project set to the checkout)");
        }
        AnonymiseBenchmark.run(adult, false, System.out);
        return new BenchResult.Builder("anonymise")
                .figure("anonymise.benchmarkSeconds", (System.nanoTime() - start) / 1e9)
                .figure("anonymise.cpuSeconds", (Machine.processCpuNanos() - cpu) / 1e9)
                .figure("anonymise.peakHeapBytes", Machine.peakHeapBytes())
                .note("fr.vigie.bench.AnonymiseBenchmark: fixed sizes (the Adult set of the checkout, " + ADULT
                        + ", 1,000,000 generated rows), --rows does not apply; its figures are the lines printed above")
                .build();
    }

    private static BenchResult bias(BenchOptions o) {
        long cpu = Machine.processCpuNanos();
        Machine.resetHeapPeaks();
        BiasBenchmark.Result r = BiasBenchmark.run(BiasRules.load(o.rulesDir()), o.rows(), o.seed());
        System.out.println(r);
        return new BenchResult.Builder("bias")
                .stage(new StageFigures("bias", "bias scan (generated rows, 9 columns)", r.rows(), 0, r.seconds(),
                        (Machine.processCpuNanos() - cpu) / 1e9, Machine.peakHeapBytes()))
                .figure("bias.findings", r.findings())
                .note("fr.vigie.bench.BiasBenchmark: rows generated on the fly from small pools, scan timed with"
                        + " finish(); CPU and peak heap include the generation")
                .build();
    }

    private static BenchResult export(BenchOptions o) throws Exception {
        Path dir = BenchFiles.dataDir(o, "export");
        try {
            long cpu = Machine.processCpuNanos();
            Machine.resetHeapPeaks();
            ExportBenchmark.Figures f = ExportBenchmark.run(Math.toIntExact(o.rows()), dir,
                    EnumSet.of(ExportFormat.PARQUET));
            double cpuSeconds = (Machine.processCpuNanos() - cpu) / 1e9;
            long bytes = f.bytes().values().stream().mapToLong(Long::longValue).sum();
            return new BenchResult.Builder("export")
                    .stage(new StageFigures("export.write", "export: signed Parquet package (7 columns)", f.rows(), 0,
                            f.writeSeconds(), -1, -1))
                    .stage(new StageFigures("export.verify", "verify the package (checksums, signature)", f.rows(), 0,
                            f.verifySeconds(), cpuSeconds, Machine.peakHeapBytes()))
                    .figure("export.parquetBytes", bytes)
                    .note("fr.vigie.bench.ExportBenchmark (no warm-up here); CPU and peak heap cover write + verify")
                    .build();
        } finally {
            BenchFiles.deleteIfTemporary(o, dir);
        }
    }
}
