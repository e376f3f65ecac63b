package fr.vigie.bench;

import fr.vigie.anonymise.Anonymisation;
import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.anonymise.AnonymisationReport;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.Policy;
import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRequest;
import fr.vigie.bias.BiasRules;
import fr.vigie.bias.BiasScan;
import fr.vigie.bias.BiasSettings;
import fr.vigie.bias.ColumnFacts;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ClassificationRules;
import fr.vigie.classify.Classifier;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.classify.ColumnSampler;
import fr.vigie.classify.ProcessingContext;
import fr.vigie.config.ConfigNode;
import fr.vigie.export.ExportFormat;
import fr.vigie.export.ExportPackage;
import fr.vigie.export.ExportSummary;
import fr.vigie.export.Field;
import fr.vigie.export.Keys;
import fr.vigie.export.PackageRequest;
import fr.vigie.export.PackageWriter;
import fr.vigie.ingest.DatasetProfile;
import fr.vigie.ingest.IngestResult;
import fr.vigie.ingest.Profiler;
import fr.vigie.ingest.QuarantineWriter;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.job.RunWorkspace;
import fr.vigie.job.StagedAnonymisation;
import fr.vigie.job.StagingFile;
import fr.vigie.model.AttributeType;
import fr.vigie.report.ComplianceReport;
import fr.vigie.report.Footprint;
import fr.vigie.report.FootprintFactors;
import fr.vigie.report.HtmlReport;
import fr.vigie.report.RunHeader;
import fr.vigie.report.RunStatus;
import fr.vigie.report.StageResults;
import fr.vigie.sample.Dataset;
import fr.vigie.sample.SampleData;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * {@code vigie bench all}: generates N rows × 20 columns of the CCAS social-aid dataset (realistic French
 * data: names, NIR, addresses, phones, incomes, decisions), then in one run times the baselines (a plain
 * Commons CSV parse; the same parse feeding a plain Parquet write) and every Vigie stage on the same file,
 * as a run chains them: ingest (reader, profiler, quarantine) and staging of the accepted rows, classify,
 * k=5 anonymisation on 4 quasi-identifiers, bias scan, signed Parquet export, report (JSON + HTML).
 *
 * <p>The stage cores are called directly, as {@code fr.vigie.job.Standalone} and the step classes do, not
 * through Spring Batch: no job repository, no chunk transactions, no database.
 */
final class EndToEndBenchmark {
    /** The sample dataset used: 20 columns. */
    static final String DATASET = "ccas";
    /** The four quasi-identifiers anonymised, with the hierarchy of each (policy YAML). */
    static final Map<String, String> QUASI_IDENTIFIERS = Map.of(
            "date_naissance", "{builtin: date}",
            "code_postal", "{builtin: mask}",
            "sexe", "{builtin: suppress}",
            "nationalite", "{builtin: suppress}");
    static final int K = 5;
    static final double SUPPRESSION_LIMIT = 0.05;
    /** Most rows of the warm-up run of the whole pipeline (its figures are dropped), so no stage pays the JIT alone. */
    static final long WARM_UP_ROWS = 50_000;
    /** Said instead of a CPU ratio when a stage read less than one tick of the process CPU clock. */
    static final String NO_CPU_RATIO = "no CPU ratio of ingest to the plain parse: one of them read less than a tick of"
            + " the process CPU clock (10 ms)";

    private final BenchOptions options;
    private final Progress progress;
    private final Path dir;
    private final Dataset dataset = SampleData.dataset(DATASET);
    private final ClassificationRules classificationRules;
    private final BiasRules biasRules;
    private final FootprintFactors footprintFactors;

    private EndToEndBenchmark(BenchOptions options, Path dir) {
        this.options = options;
        this.progress = options.progress();
        this.dir = dir;
        this.classificationRules = ClassificationRules.load(options.rulesDir());
        this.biasRules = BiasRules.load(options.rulesDir());
        Path footprint = options.rulesDir().resolve("footprint.yml");
        this.footprintFactors = Files.exists(footprint) ? FootprintFactors.from(ConfigNode.load(footprint))
                : FootprintFactors.defaults();
    }

    /** Runs the whole benchmark; the generated data is deleted afterwards unless {@code options.dir()} was given. */
    public static BenchResult run(BenchOptions options) throws IOException {
        Path dir = BenchFiles.dataDir(options, "all");
        try {
            double loadAtStart = Machine.loadAverage();
            EndToEndBenchmark bench = new EndToEndBenchmark(options, dir);
            Path warm = dir.resolve("warm-up");
            bench.measure(warm, warmUpRows(options.rows()), false);
            BenchFiles.delete(warm);
            return bench.measure(dir.resolve("run"), options.rows(), true).figure("loadAverageAtStart", loadAtStart)
                    .build();
        } finally {
            BenchFiles.deleteIfTemporary(options, dir);
        }
    }

    static long warmUpRows(long rows) {
        return Math.min(WARM_UP_ROWS, rows);
    }

    /** One full pass: generate, baselines, stages. */
    private BenchResult.Builder measure(Path work, long rows, boolean measured) throws IOException {
        Files.createDirectories(work);
        String prefix = measured ? "" : "warm-up: ";
        progress.phase(prefix + "generating " + String.format(Locale.ROOT, "%,d", rows) + " rows", 0, "bytes");
        long t0 = System.nanoTime();
        Path csv = generate(work, rows);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.size(csv);

        BenchResult.Builder result = new BenchResult.Builder("all");
        progress.phase(prefix + "baseline: plain CSV parse", rows);
        StageFigures parse = plainParse(csv, bytes);
        result.stage(parse);
        progress.phase(prefix + "baseline: plain Parquet write", rows);
        StageFigures parquet = plainParquet(csv, work.resolve("plain.parquet"), bytes);
        result.stage(parquet);

        long wallStart = System.nanoTime();
        long cpuStart = Machine.processCpuNanos();
        long gcNanos = 0;
        List<StageFigures> stages = new ArrayList<>();

        progress.phase(prefix + "ingest", rows);
        Ingested ingested = ingest(csv, work, bytes);
        stages.add(ingested.figures());
        stages.add(ingested.stagingFigures());
        gcNanos += collect();

        progress.phase(prefix + "classify", rows);
        Stopwatch watch = Stopwatch.start();
        ClassificationResult classification = classify(ingested);
        stages.add(watch.stop("classify", "classify (sampler + classifier)", ingested.accepted(), 0));
        gcNanos += collect();

        progress.phase(prefix + "anonymise (k=" + K + ", 4 quasi-identifiers)", 2 * rows); // two readings
        watch = Stopwatch.start();
        Anonymised anonymised = anonymise(work, ingested, classification);
        stages.add(watch.stop("anonymise", "anonymise (load its columns, k=" + K + " on 4 QIs, read again and write released)",
                ingested.accepted(), 0));
        gcNanos += collect();

        progress.phase(prefix + "bias scan", rows);
        watch = Stopwatch.start();
        BiasReport bias = bias(ingested, classification);
        stages.add(watch.stop("bias", "bias scan", ingested.accepted(), 0));
        gcNanos += collect();

        progress.phase(prefix + "export (signed Parquet package)", rows);
        watch = Stopwatch.start();
        ExportPackage pkg = export(work, anonymised);
        stages.add(watch.stop("export", "export (signed Parquet package)", pkg.rows(), 0));
        gcNanos += collect();

        progress.phase(prefix + "report", 0);
        watch = Stopwatch.start();
        double vigieCpu = (Machine.processCpuNanos() - cpuStart) / 1e9;
        double vigieWall = (System.nanoTime() - wallStart) / 1e9;
        report(work, ingested, classification, anonymised, bias, pkg, vigieCpu, vigieWall);
        stages.add(watch.stop("report", "report (JSON + HTML)", ingested.accepted(), 0));
        double wall = (System.nanoTime() - wallStart - gcNanos) / 1e9;
        double cpu = (Machine.processCpuNanos() - cpuStart) / 1e9;

        stages.forEach(result::stage);
        double sum = stages.stream().mapToDouble(StageFigures::seconds).sum();
        long peak = stages.stream().mapToLong(StageFigures::peakHeapBytes).max().orElse(0);
        long peakOld = stages.stream().mapToLong(StageFigures::peakOldGenBytes).max().orElse(-1);
        result.stage(new StageFigures("endToEnd", "Vigie end to end (wall)", rows, bytes, wall, cpu, peak, peakOld));
        StageFigures ingest = ingested.figures();
        result.figure("rows", rows)
                .figure("columns", dataset.columns().size())
                .figure("fileBytes", bytes)
                .figure("generateSeconds", generateSeconds)
                .figure("ingest.ratioToPlainParse", parse.seconds() / ingest.seconds())
                .figure("endToEnd.sumOfStagesSeconds", sum)
                .figure("endToEnd.wallSeconds", wall)
                .figure("endToEnd.rowsPerSecond", rows / wall)
                .figure("endToEnd.peakHeapBytes", peak)
                .figure("rowsAccepted", ingested.accepted())
                .figure("rowsQuarantined", ingested.quarantined())
                .figure("anonymise.releasedRows", pkg.rows())
                .figure("anonymise.suppressedRows", anonymised.report().suppressedRows())
                .figure("bias.findings", bias.findings().size())
                .figure("export.parquetBytes", Files.size(pkg.dir().resolve(ExportFormat.PARQUET.fileName())));
        // The process CPU clock ticks in 10 ms on Linux: the plain parse of a few thousand rows may read 0 s, and a
        // ratio of a reading under one tick is no figure.
        if (parse.cpuSeconds() > 0 && ingest.cpuSeconds() > 0) {
            result.figure("ingest.cpuRatioToPlainParse", parse.cpuSeconds() / ingest.cpuSeconds());
        } else {
            result.note(NO_CPU_RATIO);
        }
        if (measured) {
            progress.phase("vigie run " + RealRun.JOB + " (Spring Batch, H2 store)", rows);
            realRun(result, csv, work, rows, bytes, parse.seconds() + parquet.seconds());
        }
        result.note("stage cores called directly (as fr.vigie.job.Standalone and the *Step classes do), not through"
                        + " Spring Batch: no job repository, chunk transactions or database")
                .note(String.format(Locale.ROOT, "data: sample dataset '%s' (%d columns, %s, '%s'), seed %d, %,d bytes",
                        DATASET, dataset.columns().size(), dataset.dialect().charset().name(),
                        dataset.dialect().separator(), options.seed(), bytes))
                .note("after a warm-up run of the whole pipeline on "
                        + String.format(Locale.ROOT, "%,d", warmUpRows(options.rows())) + " rows (figures dropped)")
                .note("ingest = reader + profiler + quarantine check, as in the ingest step; writing the accepted rows"
                        + " to the staging file (which the later stages read, as in a run) is timed on its own line")
                .note("ingest ratio = plain parse time / ingest time (1 = as fast as the plain parse; goal >= 0.70);"
                        + " CPU ratio on process CPU time, steadier on a shared machine")
                .note("anonymise: policy k=" + K + ", suppression limit " + SUPPRESSION_LIMIT + ", quasi-identifiers "
                        + String.join(", ", QUASI_IDENTIFIERS.keySet().stream().sorted().toList())
                        + "; identifiers pseudonymised (HMAC); other columns as classified")
                .note("peak heap = sum of the heap pools' peaks (MemoryPoolMXBean; young-generation garbage included),"
                        + " peak old = the old generation's peak (what a stage holds on to: flat when it streams);"
                        + " both reset before each stage after a System.gc(); end-to-end wall time excludes those GCs ("
                        + String.format(Locale.ROOT, "%.2f s", gcNanos / 1e9) + ")")
                .note("plain Parquet write = Commons CSV parse of the file feeding parquet-java's ExampleParquetWriter"
                        + " (LocalOutputFile, ZSTD, 20 string columns), as the export stage writes")
                .note("times are elapsed (wall-clock) times; on a machine shared with other work compare the CPU"
                        + " seconds, and see the load average");
        return result;
    }

    /** The real run of the CCAS job on the same file, against the baselines (issue 16's goal: at most 3 times). */
    private void realRun(BenchResult.Builder result, Path csv, Path work, long rows, long bytes, double baselines)
            throws IOException {
        Optional<RealRun.Figures> timed = RealRun.time(options, csv, work);
        if (timed.isEmpty()) {
            result.note("the project has no jobs/" + RealRun.JOB + ".yml: the real vigie run was not timed");
            return;
        }
        RealRun.Figures run = timed.get();
        String workers = options.workers() + (options.workers() == 1 ? " worker" : " workers");
        result.stage(new StageFigures("run", "vigie run " + RealRun.JOB + " (Spring Batch, H2 store, " + workers + ")",
                rows, bytes, run.wallSeconds(), run.cpuSeconds(), -1));
        result.figure("run.exitCode", run.outcome().exitCode())
                .figure("run.ratioToParsePlusParquetWrite", run.wallSeconds() / baselines)
                .figure("run.coresBusy", run.cpuSeconds() / run.wallSeconds());
        run.steps().forEach(step -> result.figure("run.step." + step.step() + ".seconds", step.durationMillis() / 1e3));
        result.note("run = the job's own policy and bias settings through Spring Batch, its H2 store and keys in a"
                + " project of its own; ratio to (plain parse + plain Parquet write): goal <= 3; cores busy = CPU / wall"
                + " (goal: both cores, >= 1.6 on 2)");
    }

    private static long collect() {
        long start = System.nanoTime();
        System.gc();
        return System.nanoTime() - start;
    }

    // --- data --------------------------------------------------------------------------------------------

    private Path generate(Path work, long rows) throws IOException {
        Path file = dataset.path(work);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new CountingStream(Files.newOutputStream(file), progress)) {
            dataset.write(out, rows, options.seed());
        }
        return file;
    }

    /** Reports the bytes written so far as progress. */
    private static final class CountingStream extends FilterOutputStream {
        private final Progress progress;
        private long count;

        CountingStream(OutputStream out, Progress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
            progress.report(count);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }

    private Reader sourceReader(Path csv) throws IOException {
        return Files.newBufferedReader(csv, dataset.dialect().charset());
    }

    // --- baselines ---------------------------------------------------------------------------------------

    private StageFigures plainParse(Path csv, long bytes) throws IOException {
        Stopwatch watch = Stopwatch.start();
        long rows = 0;
        long cells = 0;
        try (Reader in = sourceReader(csv);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(dataset.dialect().csvFormat()).get()) {
            for (CSVRecord record : parser) {
                // touch every value, as Vigie does, so the parse cannot be cut short
                for (int i = 0; i < record.size(); i++) {
                    cells += record.get(i).length();
                }
                rows++;
                progress.row();
            }
        }
        if (cells < 0) {
            throw new IllegalStateException();
        }
        return watch.stop("baseline.csvParse", "baseline: plain Commons CSV parse", rows, bytes);
    }

    private StageFigures plainParquet(Path csv, Path out, long bytes) throws IOException {
        Stopwatch watch = Stopwatch.start();
        long rows = 0;
        try (Reader in = sourceReader(csv);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(dataset.dialect().csvFormat()).get()) {
            List<String> header = parser.getHeaderNames();
            Types.MessageTypeBuilder builder = Types.buildMessage();
            for (String name : header) {
                builder.addField(Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(name));
            }
            MessageType schema = builder.named("plain");
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(out))
                    .withConf(new PlainParquetConfiguration())
                    .withType(schema)
                    .withCompressionCodec(CompressionCodecName.ZSTD)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build()) {
                for (CSVRecord record : parser) {
                    Group group = groups.newGroup();
                    for (int i = 0; i < record.size(); i++) {
                        String value = record.get(i);
                        if (!value.isEmpty()) {
                            group.add(i, value);
                        }
                    }
                    writer.write(group);
                    rows++;
                    progress.row();
                }
            }
        }
        return watch.stop("baseline.parquetWrite", "baseline: plain CSV parse + Parquet write", rows, bytes);
    }

    // --- Vigie stages ------------------------------------------------------------------------------------

    /** What ingestion gave the later stages. */
    private record Ingested(List<String> header, Path staging, long accepted, long quarantined,
            DatasetProfile profile, long bytes, StageFigures figures, StageFigures stagingFigures) {
    }

    private Ingested ingest(Path csv, Path work, long bytes) throws IOException {
        Path staging = work.resolve("accepted.csv");
        Stopwatch watch = Stopwatch.start();
        StagingClock clock = new StagingClock();
        long accepted = 0;
        List<String> header;
        DatasetProfile profile;
        long quarantined;
        try (TableReader reader = TableReaders.open(csv, ReadOptions.defaults());
                QuarantineWriter quarantine = new QuarantineWriter(work.resolve("quarantine"));
                BufferedWriter out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
            header = reader.header();
            Profiler profiler = new Profiler(header);
            clock.start();
            out.write(StagingFile.line(header.toArray(String[]::new)));
            out.write('\n');
            clock.stop();
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    profiler.accept(row.values());
                    clock.start();
                    out.write(StagingFile.line(row.values()));
                    out.write('\n');
                    clock.stop();
                    accepted++;
                } else {
                    quarantine.write((SourceRecord.Malformed) record);
                }
                progress.row();
            }
            profile = profiler.finish();
            quarantined = quarantine.count();
            clock.start();
            out.flush();
            clock.stop();
        }
        StageFigures total = watch.stop("ingest+staging", "", accepted + quarantined, bytes);
        double stagingSeconds = clock.wallNanos / 1e9;
        // The staging writes' share of the thread's CPU time, not their elapsed time, which on a loaded machine can
        // exceed the CPU time of the whole ingest.
        StageFigures ingest = new StageFigures("ingest", "ingest (reader + profiler + quarantine)",
                total.rows(), bytes, total.seconds() - stagingSeconds, total.cpuSeconds() - clock.cpuSeconds(),
                total.peakHeapBytes(), total.peakOldGenBytes());
        StageFigures stage = new StageFigures("staging", "stage accepted rows (UTF-8 CSV for later stages)",
                accepted, 0, stagingSeconds, -1, -1);
        return new Ingested(header, staging, accepted, quarantined, profile, bytes, ingest, stage);
    }

    private ClassificationResult classify(Ingested ingested) {
        Classifier classifier = new Classifier(classificationRules);
        ColumnSampler sampler = classifier.sampler(ingested.header());
        StagingFile.forEachRow(ingested.staging(), values -> {
            sampler.accept(values);
            progress.row();
        });
        return classifier.classify(dataset.fileName(), ingested.accepted(), sampler, Map.of(),
                new ProcessingContext("benchmark: compare aid decisions and share anonymised data",
                        List.of("bench-partner"), null));
    }

    /**
     * What the later stages get from the anonymisation: its report and the released rows' file, not the
     * engine's table, which (as in a run) is garbage once the released rows are written.
     */
    private record Anonymised(Policy policy, AnonymisationReport report, Path released) {
    }

    private Anonymised anonymise(Path work, Ingested ingested, ClassificationResult classification)
            throws IOException {
        Policy policy = Policy.load(writePolicy(work, classification), work);
        List<ColumnInfo> columns = classification.columns().stream()
                .map(c -> new ColumnInfo(c.name(), c.attributeType(), c.infoType())).toList();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path released = work.resolve("anonymised.csv");
        Anonymisation result = StagedAnonymisation.anonymise(new Anonymiser(policy, work), columns, key,
                ingested.staging(), released, "bench", (label, file, sink) -> StagingFile.forEachRow(file, values -> {
                    sink.accept(values);
                    progress.row();
                }));
        return new Anonymised(policy, result.report(), released);
    }

    /**
     * The benchmark's policy: k=5 on exactly the four chosen quasi-identifiers; any other column the
     * classification calls a quasi-identifier, and every sensitive one, is explicitly kept, so the search space
     * is the same whatever the rules say about the other columns.
     */
    static Path writePolicy(Path work, ClassificationResult classification) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("id: bench-k").append(K).append('\n')
                .append("description: benchmark policy (k=").append(K).append(" on 4 quasi-identifiers)\n")
                .append("identifying: pseudonymise\n")
                .append("insensitive: keep\n")
                .append("privacy:\n  k: ").append(K).append("\n  suppressionLimit: ").append(SUPPRESSION_LIMIT)
                .append('\n')
                .append("columns:\n");
        for (String qi : QUASI_IDENTIFIERS.keySet().stream().sorted().toList()) {
            yaml.append("  ").append(qi).append(": {role: QUASI_IDENTIFYING}\n");
        }
        for (ColumnClassification c : classification.columns()) {
            // Released as is, as the policy must then say (else the run stops for a decision).
            if (c.attributeType() == AttributeType.QUASI_IDENTIFYING && !QUASI_IDENTIFIERS.containsKey(c.name())) {
                yaml.append("  ").append(c.name()).append(": {role: INSENSITIVE, transform: keep}\n");
            } else if (c.attributeType() == AttributeType.SENSITIVE) {
                yaml.append("  ").append(c.name()).append(": {transform: keep}\n");
            }
        }
        yaml.append("hierarchies:\n");
        QUASI_IDENTIFIERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> yaml.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        Path file = work.resolve("bench-policy.yml");
        Files.writeString(file, yaml.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private BiasReport bias(Ingested ingested, ClassificationResult classification) {
        BiasScan scan = new BiasScan(biasRules, biasRequest(classification));
        StagingFile.forEachRow(ingested.staging(), values -> {
            scan.accept(values);
            progress.row();
        });
        return scan.finish();
    }

    /**
     * As the bias step builds it for the CCAS job (jobs/ccas-aides.yml): sex and nationality, the decision
     * as binary outcome, stratified by aid type; every other column a proxy candidate.
     */
    static BiasRequest biasRequest(ClassificationResult classification) {
        BiasSettings settings = new BiasSettings(List.of(new BiasSettings.Declared("sexe", null),
                new BiasSettings.Declared("nationalite", null)), "decision", "ACCORDEE", Map.of(), "type_aide");
        List<ColumnFacts> columns = classification.columns().stream().map(c -> new ColumnFacts(c.name(),
                c.attributeType() == AttributeType.IDENTIFYING, c.protectedAttribute())).toList();
        return BiasRequest.plan(Path.of("jobs/ccas-aides.yml"), settings, columns).orElseThrow();
    }

    private ExportPackage export(Path work, Anonymised anonymised) {
        Keys.KeyMaterial keys = Keys.loadOrCreate(work.resolve("keys"));
        PackageWriter writer = new PackageWriter(work.resolve("exports"), keys.signer());
        List<Field> fields = StagingFile.header(anonymised.released()).stream().map(Field::string).toList();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataset", "bench-" + DATASET);
        provenance.put("run", "bench");
        provenance.put("policy", anonymised.policy().id());
        provenance.put("anonymisation", RunWorkspace.JSON.valueToTree(anonymised.report()));
        PackageRequest request = new PackageRequest("bench-partner", "bench-" + DATASET, "bench", fields,
                EnumSet.of(ExportFormat.PARQUET), "etalab-2.0", provenance);
        return writer.write(request, sink -> StagingFile.forEachRow(anonymised.released(), row -> {
            sink.accept(row);
            progress.row();
        }));
    }

    /** Assembles the report of a run from the benchmark's stage results (no store: no audit entries) and renders it. */
    private void report(Path work, Ingested ingested, ClassificationResult classification, Anonymised anonymised,
            BiasReport bias, ExportPackage pkg, double cpuSeconds, double wallSeconds) throws IOException {
        long read = ingested.accepted() + ingested.quarantined();
        IngestResult ingest = new IngestResult(List.of("bench-" + DATASET), null,
                ingested.header(), read, ingested.accepted(), ingested.quarantined(),
                read == 0 ? 0 : (double) ingested.quarantined() / read, 1, Map.of(), null, ingested.bytes(),
                ingested.profile());
        AnonymisationOutcome outcome = new AnonymisationOutcome("bench-partner", "bench-policy.yml",
                AnonymisationOutcome.Status.OK, null, anonymised.report());
        ExportSummary export = new ExportSummary("bench-partner", null, ExportSummary.Status.PENDING_REVIEW, pkg.rows(),
                pkg.manifestSha256(), null);
        StageResults stages = new StageResults(RunStatus.COMPLETED, ingest, classification, List.of(outcome), bias,
                null, List.of(export));
        RunHeader run = new RunHeader("bench", "bench-" + DATASET, null, "bench-" + DATASET, "benchmark",
                dataset.description(), "benchmark", null, null, null, RunStatus.COMPLETED, null, 0);
        Footprint footprint = Footprint.estimate(cpuSeconds, wallSeconds, ingested.bytes(),
                Files.size(anonymised.released()), Machine.peakHeapBytes(), footprintFactors);
        ComplianceReport report = ComplianceReport.of(run, stages, footprint, List.of());
        Path reports = Files.createDirectories(work.resolve("report"));
        Files.writeString(reports.resolve("report.json"), report.toJson(), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("report.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
    }

    /** Elapsed time, process CPU time and heap peak over one stage. */
    /**
     * The time spent writing the staging file, summed over many short writes, and its share of this thread's CPU
     * time: the writes and the reads share the thread, so each gets the thread's CPU time in proportion to its
     * elapsed time (timing the CPU of each write would cost more than the write).
     */
    private static final class StagingClock {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final long threadWall0 = System.nanoTime();
        private final long threadCpu0 = threads.getCurrentThreadCpuTime();
        private long wallNanos;
        private long wall0;

        void start() {
            wall0 = System.nanoTime();
        }

        void stop() {
            wallNanos += System.nanoTime() - wall0;
        }

        /** The staging writes' share of this thread's CPU time since the clock was made; call on the same thread. */
        double cpuSeconds() {
            long threadWall = Math.max(1, System.nanoTime() - threadWall0);
            long threadCpu = threads.getCurrentThreadCpuTime() - threadCpu0;
            return threadCpu * Math.min(1.0, (double) wallNanos / threadWall) / 1e9;
        }
    }

    private record Stopwatch(long startNanos, long startCpuNanos) {
        static Stopwatch start() {
            Machine.resetHeapPeaks();
            return new Stopwatch(System.nanoTime(), Machine.processCpuNanos());
        }

        StageFigures stop(String key, String label, long rows, long bytes) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double cpu = (Machine.processCpuNanos() - startCpuNanos) / 1e9;
            return new StageFigures(key, label, rows, bytes, seconds, cpu, Machine.peakHeapBytes(),
                    Machine.peakOldGenBytes());
        }
    }
}
