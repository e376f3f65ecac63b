package fr.vigie.job.bench;

import fr.vigie.bias.BiasBenchmark;
import fr.vigie.bias.BiasRules;
import fr.vigie.export.ExportBenchmark;
import fr.vigie.export.ExportFormat;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The benchmarks {@code vigie bench STAGE} runs, by name: each stage's own benchmark class, and
 * {@code all} (end to end). Adding one is one line in the static block.
 *
 * <p>Stage benchmark classes that are not on every branch yet are found by name at run time
 * ({@link #byName}), so this class compiles with or without them; once they are merged everywhere,
 * such a line can become a direct call like the bias and export ones.
 */
public final class Benchmarks {
    private static final Map<String, StageBenchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("ingest", byName("fr.vigie.ingest.IngestBenchmark", "run",
                List.of(long.class, Path.class), o -> new Object[] {o.rows(), BenchFiles.dataDir(o, "ingest")}));
        BENCHMARKS.put("classify", byName("fr.vigie.classify.ClassifyBenchmark", "run",
                List.of(int.class, Path.class, PrintStream.class),
                o -> new Object[] {Math.toIntExact(o.rows()), o.rulesDir(), System.out}));
        BENCHMARKS.put("anonymise", byName("fr.vigie.anonymise.AnonymiseBenchmark", "main",
                List.of(String[].class), o -> new Object[] {new String[0]}));
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

    private static BenchResult bias(BenchOptions o) {
        long cpu = Machine.processCpuNanos();
        Machine.resetHeapPeaks();
        BiasBenchmark.Result r = BiasBenchmark.run(BiasRules.load(o.rulesDir()), o.rows(), o.seed());
        System.out.println(r);
        return new BenchResult.Builder("bias")
                .stage(new StageFigures("bias", "bias scan (generated rows, 9 columns)", r.rows(), 0, r.seconds(),
                        (Machine.processCpuNanos() - cpu) / 1e9, Machine.peakHeapBytes()))
                .figure("bias.findings", r.findings())
                .note("fr.vigie.bias.BiasBenchmark: rows generated on the fly from small pools, scan timed with"
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
                    .note("fr.vigie.export.ExportBenchmark (no warm-up here); CPU and peak heap cover write + verify")
                    .build();
        } finally {
            BenchFiles.deleteIfTemporary(o, dir);
        }
    }

    /**
     * A benchmark class found by name at run time: calls its static {@code method}; when that returns a
     * record, its numeric components and its public no-argument numeric methods become figures.
     */
    static StageBenchmark byName(String className, String method, List<Class<?>> parameters,
            Function<BenchOptions, Object[]> arguments) {
        String stage = className.substring(className.lastIndexOf('.') + 1).replace("Benchmark", "").toLowerCase();
        return options -> {
            Method m;
            try {
                m = Class.forName(className).getMethod(method, parameters.toArray(Class<?>[]::new));
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                throw new VigieException(ExitCode.BAD_CONFIGURATION, className + "." + method
                        + " is not in this build yet: build from a branch that has the " + stage + " benchmark");
            }
            long cpu = Machine.processCpuNanos();
            long start = System.nanoTime();
            Machine.resetHeapPeaks();
            Object result;
            try {
                result = m.invoke(null, arguments.apply(options));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            BenchResult.Builder builder = new BenchResult.Builder(stage)
                    .figure(stage + ".benchmarkSeconds", seconds)
                    .figure(stage + ".cpuSeconds", (Machine.processCpuNanos() - cpu) / 1e9)
                    .figure(stage + ".peakHeapBytes", Machine.peakHeapBytes())
                    .note(className + " (its own lines are printed above; the times here cover the whole call,"
                            + " data generation included)");
            if (result instanceof Record record) {
                recordFigures(stage, record).forEach(builder::figure);
            }
            return builder.build();
        };
    }

    /** Numeric record components and public no-argument numeric methods, by {@code stage.name}. */
    static Map<String, Double> recordFigures(String stage, Record record) {
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getAccessor().invoke(record) instanceof Number n) {
                    figures.put(stage + "." + c.getName(), n.doubleValue());
                }
            }
            for (Method m : record.getClass().getDeclaredMethods()) {
                boolean numeric = m.getReturnType() == double.class || m.getReturnType() == long.class
                        || m.getReturnType() == int.class;
                if (numeric && m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()) && !figures.containsKey(stage + "." + m.getName())
                        && !m.getName().equals("hashCode")) {
                    figures.put(stage + "." + m.getName(), ((Number) m.invoke(record)).doubleValue());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the figures of " + record.getClass().getName(), e);
        }
        return figures;
    }
}
