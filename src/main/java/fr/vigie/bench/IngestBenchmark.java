package fr.vigie.bench;

import fr.vigie.ingest.CsvSlices;
import fr.vigie.ingest.SourceSlice;
import fr.vigie.ingest.Profiler;
import fr.vigie.ingest.QuarantineWriter;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures ingestion against a plain Apache Commons CSV parse of the same generated file: rows/s,
 * MB/s, their ratio (goal: at least 70 %) in elapsed and in CPU time, and the peak heap of the
 * ingest. Run as {@code vigie bench ingest --rows N} or
 * {@code java -Xmx512m ... fr.vigie.bench.IngestBenchmark N [DIR]}; the generated files are deleted
 * afterwards.
 */
final class IngestBenchmark {
    /** One in this many generated rows is malformed (a missing field), so the quarantine path is timed too. */
    static final int MALFORMED_EVERY = 100_000;
    /** Timed rounds of each read; the best time of each counts. */
    static final int ROUNDS = 3;
    private static final String[] HEADER = {"id", "nom", "prenom", "sexe", "date_naissance", "nir", "adresse",
        "code_postal", "commune", "telephone", "email", "revenu_mensuel", "nb_enfants", "situation_familiale",
        "aide_demandee", "montant_aide", "date_demande", "decision", "commentaire", "agent"};
    private static final String[] NOMS = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Roux", "Fournier", "Girard"};
    private static final String[] PRENOMS = {"Élodie", "Camille", "Léa", "Manon", "Chloé", "Inès", "Lucas", "Hugo",
        "Louis", "Gabriel", "Raphaël", "Noé", "Zoé", "François", "Anaïs", "Jérôme"};
    private static final String[] COMMUNES = {"Montpellier;34000", "Montpellier;34070", "Lattes;34970",
        "Castelnau-le-Lez;34170", "Pérols;34470", "Juvignac;34990", "Saint-Jean-de-Védas;34430", "Grabels;34790"};
    private static final String[] RUES = {"rue de la Loge", "avenue de Lodève", "boulevard du Jeu de Paume",
        "rue Foch", "place de la Comédie", "allée Paul Boulet", "chemin de Moularès"};
    private static final String[] SITUATIONS = {"célibataire", "marié(e)", "pacsé(e)", "divorcé(e)", "veuf(ve)"};
    private static final String[] AIDES = {"RSA", "aide alimentaire", "aide énergie", "secours d'urgence", "FSL"};

    /**
     * What one benchmark run measured; the {@code workers} figures are those of the ingest cut into that many
     * slices read at once (equal to the single-stream ones when {@code workers} is 1).
     */
    public record Result(long rows, long bytes, double plainSeconds, double ingestSeconds, double plainCpuSeconds,
                         double ingestCpuSeconds, long accepted, long quarantined, long peakHeapBytes,
                         long maxHeapBytes, int workers, double workersSeconds, double workersCpuSeconds) {
        /** Ingest rate with the workers over plain-parse rate (elapsed time). */
        public double workersRatio() {
            return plainSeconds / workersSeconds;
        }

        public double plainRowsPerSecond() {
            return rows / plainSeconds;
        }

        public double ingestRowsPerSecond() {
            return rows / ingestSeconds;
        }

        /** Ingest rate over plain-parse rate (elapsed time). */
        public double ratio() {
            return plainSeconds / ingestSeconds;
        }

        /** The same ratio on the CPU time the process used: steadier when other programs share the machine. */
        public double cpuRatio() {
            return plainCpuSeconds / ingestCpuSeconds;
        }
    }

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("vigie-bench-ingest");
        run(rows, dir);
    }

    /** Generates {@code rows} rows in {@code dir}, times both reads, prints and returns the figures. */
    public static Result run(long rows, Path dir) {
        return run(rows, dir, 1);
    }

    /**
     * The same, timing also the ingest cut into {@code workers} slices read at once (when more than 1), in
     * the same rounds as the two others.
     */
    public static Result run(long rows, Path dir, int workers) {
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve("bench-ingest.csv");
            System.out.printf(Locale.ROOT, "generating %,d rows in %s%n", rows, csv);
            generate(csv, rows, 42);
            long bytes = Files.size(csv);
            // a warm-up of both paths so neither pays the JIT alone
            plainParse(csv, Math.min(rows, 100_000));
            ingest(csv, dir.resolve("quarantine-warmup"), Math.min(rows, 100_000));
            if (workers > 1) {
                ingestInSlices(csv, dir.resolve("quarantine-warmup"), workers);
            }

            // alternate the two and keep the best time of each: other processes on the machine
            // slow one run or another, not the code
            double plain = Double.MAX_VALUE;
            double ingest = Double.MAX_VALUE;
            double plainCpu = Double.MAX_VALUE;
            double ingestCpu = Double.MAX_VALUE;
            double sliced = Double.MAX_VALUE;
            double slicedCpu = Double.MAX_VALUE;
            long plainRows = 0;
            long[] counts = null;
            long peak = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                plainRows = plainParse(csv, Long.MAX_VALUE);
                plain = Math.min(plain, (System.nanoTime() - t0) / 1e9);
                plainCpu = Math.min(plainCpu, (processCpuNanos() - c0) / 1e9);

                System.gc();
                resetPeaks();
                t0 = System.nanoTime();
                c0 = processCpuNanos();
                counts = ingest(csv, dir.resolve("quarantine"), Long.MAX_VALUE);
                ingest = Math.min(ingest, (System.nanoTime() - t0) / 1e9);
                ingestCpu = Math.min(ingestCpu, (processCpuNanos() - c0) / 1e9);
                peak = Math.max(peak, peakHeap());
                if (workers > 1) {
                    t0 = System.nanoTime();
                    c0 = processCpuNanos();
                    long[] slicedCounts = ingestInSlices(csv, dir.resolve("quarantine-sliced"), workers);
                    sliced = Math.min(sliced, (System.nanoTime() - t0) / 1e9);
                    slicedCpu = Math.min(slicedCpu, (processCpuNanos() - c0) / 1e9);
                    checkSameCounts(counts, slicedCounts);
                }
            }

            Result result = new Result(plainRows, bytes, plain, ingest, plainCpu, ingestCpu, counts[0], counts[1],
                    peak, Runtime.getRuntime().maxMemory(), workers, workers > 1 ? sliced : ingest,
                    workers > 1 ? slicedCpu : ingestCpu);
            print(result);
            // the sample is large and synthetic: nothing worth keeping
            deleteTree(csv);
            deleteTree(dir.resolve("quarantine"));
            deleteTree(dir.resolve("quarantine-warmup"));
            deleteTree(dir.resolve("quarantine-sliced"));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(Result r) {
        double mb = r.bytes() / 1e6;
        System.out.printf(Locale.ROOT, "file: %,d rows, %.1f MB%n", r.rows(), mb);
        System.out.printf(Locale.ROOT, "plain Commons CSV parse: %8.2f s  %,12.0f rows/s  %7.1f MB/s%n",
                r.plainSeconds(), r.plainRowsPerSecond(), mb / r.plainSeconds());
        System.out.printf(Locale.ROOT, "Vigie ingest (profile+quarantine): %8.2f s  %,12.0f rows/s  %7.1f MB/s%n",
                r.ingestSeconds(), r.ingestRowsPerSecond(), mb / r.ingestSeconds());
        System.out.printf(Locale.ROOT, "ratio ingest/plain: %.0f %% elapsed, %.0f %% CPU (goal >= 70 %%; best of %d "
                + "rounds each; profiling overlaps parsing on a second thread)%n", r.ratio() * 100,
                r.cpuRatio() * 100, ROUNDS);
        System.out.printf(Locale.ROOT, "CPU time: plain %.2f s, ingest %.2f s (%.1f cores busy)%n",
                r.plainCpuSeconds(), r.ingestCpuSeconds(), r.ingestCpuSeconds() / r.ingestSeconds());
        if (r.workers() > 1) {
            System.out.printf(Locale.ROOT, "Vigie ingest, %d workers (slices read at once): %8.2f s  %,12.0f rows/s"
                    + "  = %.0f %% of the plain parse; CPU %.2f s (%.1f cores busy)%n", r.workers(),
                    r.workersSeconds(), r.rows() / r.workersSeconds(), r.workersRatio() * 100,
                    r.workersCpuSeconds(), r.workersCpuSeconds() / r.workersSeconds());
        }
        System.out.printf(Locale.ROOT, "rows accepted %,d + quarantined %,d = read %,d%n", r.accepted(),
                r.quarantined(), r.accepted() + r.quarantined());
        System.out.printf(Locale.ROOT, "peak heap during ingest: %.0f MB (max heap %.0f MB)%n",
                r.peakHeapBytes() / 1e6, r.maxHeapBytes() / 1e6);
    }

    private static long plainParse(Path csv, long limit) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        long rows = 0;
        long chars = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                // touch the values so the parse cannot be optimised away
                chars += record.get(0).length();
                if (++rows > limit) {
                    break;
                }
            }
        }
        return chars >= 0 ? rows - 1 : -1;
    }

    /** Reader + profiler + quarantine, as the ingest step runs them; returns {accepted, quarantined}. */
    private static long[] ingest(Path csv, Path quarantineDir, long limit) {
        Part part = read(() -> TableReaders.open(csv, ReadOptions.defaults()), quarantineDir, limit);
        part.profiler().finish();
        return new long[] {part.accepted(), part.quarantined()};
    }

    /** What one reader gave: its profile not finished yet, so that slices' profiles can merge. */
    private record Part(Profiler profiler, long accepted, long quarantined) {
    }

    private static Part read(Supplier<TableReader> open, Path quarantineDir, long limit) {
        long accepted = 0;
        try (TableReader reader = open.get(); QuarantineWriter quarantine = new QuarantineWriter(quarantineDir)) {
            Profiler profiler = new Profiler(reader.header());
            SourceRecord record;
            while (reader.recordsRead() < limit && (record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    profiler.accept(row.values());
                    accepted++;
                } else {
                    quarantine.write((SourceRecord.Malformed) record);
                }
            }
            return new Part(profiler, accepted, quarantine.count());
        }
    }

    /**
     * The ingest a job with {@code workers} runs: the file cut at record boundaries ({@link CsvSlices}, the
     * cutting timed too), each slice read, profiled and quarantined on its own thread, the profiles merged
     * in slice order.
     */
    private static long[] ingestInSlices(Path csv, Path quarantineDir, int workers) {
        List<SourceSlice> slices = CsvSlices.plan(csv, ReadOptions.defaults(), workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Part>> parts = new ArrayList<>();
            for (SourceSlice slice : slices) {
                parts.add(pool.submit(() -> read(() -> CsvSlices.open(csv, ReadOptions.defaults(), slice),
                        quarantineDir.resolve("part-" + slice.index()), Long.MAX_VALUE)));
            }
            Profiler merged = null;
            long[] counts = new long[2];
            for (Future<Part> future : parts) {
                Part part = future.get();
                merged = merged == null ? part.profiler() : merged.merge(part.profiler());
                counts[0] += part.accepted();
                counts[1] += part.quarantined();
            }
            merged.finish();
            return counts;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("the sliced ingest failed: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
    }

    /** Slices read at once must give what one stream gives: a benchmark of a wrong reading is worthless. */
    private static void checkSameCounts(long[] single, long[] sliced) {
        if (single[0] != sliced[0] || single[1] != sliced[1]) {
            throw new IllegalStateException("the sliced ingest read " + sliced[0] + " + " + sliced[1]
                    + " rows, one stream " + single[0] + " + " + single[1]);
        }
    }

    /** Writes a deterministic synthetic French social-aid CSV (no real person's data). */
    static void generate(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", HEADER));
            out.write('\n');
            StringBuilder line = new StringBuilder(400);
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                boolean female = random.nextBoolean();
                int year = 1940 + random.nextInt(65);
                int month = 1 + random.nextInt(12);
                int day = 1 + random.nextInt(28);
                String[] commune = COMMUNES[random.nextInt(COMMUNES.length)].split(";");
                line.append(i).append(';')
                        .append(NOMS[random.nextInt(NOMS.length)]).append(';')
                        .append(PRENOMS[random.nextInt(PRENOMS.length)]).append(';')
                        .append(female ? 'F' : 'M').append(';')
                        .append(two(day)).append('/').append(two(month)).append('/').append(year).append(';')
                        .append(nir(random, female, year, month)).append(';')
                        .append(1 + random.nextInt(120)).append(' ').append(RUES[random.nextInt(RUES.length)]).append(';')
                        .append(commune[1]).append(';')
                        .append(commune[0]).append(';')
                        .append("0").append(6 + random.nextInt(2)).append(' ').append(two(random.nextInt(100)))
                        .append(' ').append(two(random.nextInt(100))).append(' ').append(two(random.nextInt(100)))
                        .append(' ').append(two(random.nextInt(100))).append(';')
                        .append("usager").append(i).append("@exemple.fr").append(';')
                        .append(euros(random.nextInt(400_000))).append(';')
                        .append(random.nextInt(6)).append(';')
                        .append(SITUATIONS[random.nextInt(SITUATIONS.length)]).append(';')
                        .append(AIDES[random.nextInt(AIDES.length)]).append(';')
                        .append(euros(random.nextInt(150_000))).append(';')
                        .append(two(1 + random.nextInt(28))).append('/').append(two(1 + random.nextInt(12)))
                        .append("/2025").append(';')
                        .append(random.nextInt(3) == 0 ? "non" : "oui").append(';');
                if (random.nextInt(10) == 0) {
                    line.append("\"Dossier complet; pièces \"\"reçues\"\" le 12/01\"");
                }
                line.append(';').append("agent").append(random.nextInt(40));
                if (i % MALFORMED_EVERY == 0) {
                    // drop the last field: a row with too few fields for the quarantine
                    line.setLength(line.lastIndexOf(";"));
                }
                out.append(line).append('\n');
            }
        }
    }

    private static String nir(SplittableRandom random, boolean female, int year, int month) {
        long base = (female ? 2L : 1L) * 1_000_000_000_000L + (year % 100) * 10_000_000_000L + month * 100_000_000L
                + 34L * 1_000_000L + (1 + random.nextInt(999)) * 1000L + 1 + random.nextInt(999);
        long key = 97 - base % 97;
        return base + (key < 10 ? "0" : "") + key;
    }

    private static String euros(int cents) {
        int units = cents / 100;
        String whole = units >= 1000 ? (units / 1000) + " " + String.format(Locale.ROOT, "%03d", units % 1000)
                : String.valueOf(units);
        return whole + "," + two(cents % 100);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
