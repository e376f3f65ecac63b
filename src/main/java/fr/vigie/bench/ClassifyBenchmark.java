package fr.vigie.bench;

import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ClassificationRules;
import fr.vigie.classify.Classifier;
import fr.vigie.classify.ColumnSampler;
import fr.vigie.classify.ProcessingContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Classification throughput on a generated file (1,000,000 rows by default): the streaming pass
 * (CSV parsing + sampling) and the classification of the sampled columns, in columns/s and values/s.
 * Prints figures; asserts nothing.
 *
 * <pre>java -cp ... fr.vigie.bench.ClassifyBenchmark [rows] [rulesDir]</pre>
 */
final class ClassifyBenchmark {
    /** The size: 20 columns, identifying, quasi-identifying, sensitive and ordinary. */
    static final List<String> HEADER = List.of("num_dossier", "nom", "prenom", "date_naissance", "sexe", "nir",
        "email", "telephone", "code_postal", "commune", "nationalite", "situation_familiale", "revenus",
        "tranche_qf", "diagnostic", "iban", "reference", "date_demande", "decision", "commentaire");
    private static final String[] FIRST = {"Marie", "Jean", "Nathalie", "Karim", "Léa", "Lucas", "Fatima", "Pierre"};
    private static final String[] LAST = {"Martin", "Bernard", "Garcia", "Nguyen", "Fabre", "Diallo", "Vidal", "Roux"};
    private static final String[][] COMMUNES = {{"Montpellier", "34000"}, {"Lattes", "34970"}, {"Pérols", "34470"},
        {"Juvignac", "34990"}, {"Castelnau-le-Lez", "34170"}};
    private static final String[] DIAGNOSES = {"Asthme", "Diabète de type 2", "Hypertension artérielle", "Dépression"};
    private static final String[] NATIONALITIES = {"Française", "Marocaine", "Algérienne", "Portugaise", "Turque"};
    private static final String[] MARITAL = {"Célibataire", "Marié(e)", "Pacsé(e)", "Divorcé(e)", "Veuf(ve)"};
    private static final String[] DECISIONS = {"Accordé", "Refusé", "Ajourné"};

    /** The figures of one run. */
    public record Result(long rows, int columns, double streamSeconds, double classifySeconds, long sampledValues,
            double classifyCpuSeconds) {
        /** Cells read per second during the streaming pass (parsing + sampling). */
        public double streamedValuesPerSecond() {
            return rows * columns / streamSeconds;
        }

        /** Columns classified per second (from their samples). */
        public double columnsPerSecond() {
            return columns / classifySeconds;
        }

        /** Sampled values examined per second by the classification. */
        public double classifiedValuesPerSecond() {
            return sampledValues / classifySeconds;
        }

        /** Cells of the file per second, end to end. */
        public double endToEndValuesPerSecond() {
            return rows * columns / (streamSeconds + classifySeconds);
        }
    }

    private ClassifyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path rulesDir = Path.of(args.length > 1 ? args[1] : "rules");
        run(rows, rulesDir, System.out);
    }

    /** Generates a {@code rows}-row file in a temporary directory, classifies it, prints and returns the figures. */
    public static Result run(int rows, Path rulesDir, PrintStream out) throws IOException {
        Classifier classifier = new Classifier(ClassificationRules.load(rulesDir));
        Path dir = Files.createTempDirectory("vigie-classify-bench");
        Path file = dir.resolve("bench.csv");
        try {
            long t0 = System.nanoTime();
            generate(file, rows, 42);
            double generateSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            ColumnSampler sampler;
            long count = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                sampler = classifier.sampler(parser.getHeaderNames());
                for (CSVRecord record : parser) {
                    sampler.accept(record.values());
                    count++;
                }
            }
            double streamSeconds = (System.nanoTime() - t1) / 1e9;

            // CPU time too: on a shared machine the wall clock measures the neighbours as well.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            ClassificationResult result = classifier.classify(file.toString(), count, sampler, Map.of(), ProcessingContext.none());
            double classifySeconds = (System.nanoTime() - t2) / 1e9;
            double classifyCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long sampled = result.columns().stream().mapToLong(c -> c.evidence().sampled()).sum();

            Result r = new Result(count, HEADER.size(), streamSeconds, classifySeconds, sampled, classifyCpu);
            out.printf(Locale.ROOT, "classify benchmark: %,d rows x %d columns (generated in %.1f s, %,d bytes)%n",
                count, HEADER.size(), generateSeconds, Files.size(file));
            out.printf(Locale.ROOT, "  streaming pass (CSV parse + sampling): %.2f s, %,.0f values/s%n",
                streamSeconds, r.streamedValuesPerSecond());
            out.printf(Locale.ROOT, "  classification of %,d sampled values: %.2f s, %,.1f columns/s, %,.0f values/s%n",
                sampled, classifySeconds, r.columnsPerSecond(), r.classifiedValuesPerSecond());
            out.printf(Locale.ROOT, "  same on CPU time (%.2f s, free of other processes): %,.1f columns/s, %,.0f values/s%n",
                classifyCpu, HEADER.size() / classifyCpu, sampled / classifyCpu);
            out.printf(Locale.ROOT, "  end to end: %,.0f values/s (%,.0f rows/s)%n",
                r.endToEndValuesPerSecond(), count / (streamSeconds + classifySeconds));
            return r;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Writes a synthetic social-aid file: valid NIRs and IBANs, names, health and money columns, comments. */
    static void generate(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            out.printRecord(HEADER);
            for (int i = 0; i < rows; i++) {
                boolean female = random.nextBoolean();
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                int year = 1940 + random.nextInt(65);
                int month = 1 + random.nextInt(12);
                String[] commune = COMMUNES[random.nextInt(COMMUNES.length)];
                String phone = String.format(Locale.ROOT, "06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                    random.nextInt(100), random.nextInt(100));
                out.printRecord(
                    "D" + (1_000_000 + i), last, first,
                    String.format(Locale.ROOT, "%02d/%02d/%04d", 1 + random.nextInt(28), month, year),
                    female ? "F" : "H",
                    nir(female, year, month, random),
                    first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + i + "@example.fr",
                    phone, commune[1], commune[0],
                    NATIONALITIES[random.nextInt(NATIONALITIES.length)], MARITAL[random.nextInt(MARITAL.length)],
                    String.format(Locale.ROOT, "%.2f", random.nextDouble() * 2500),
                    "T" + (1 + random.nextInt(6)),
                    DIAGNOSES[random.nextInt(DIAGNOSES.length)],
                    iban(random),
                    String.valueOf(100_000_000L + random.nextInt(900_000_000)),
                    String.format(Locale.ROOT, "%02d/%02d/2026", 1 + random.nextInt(28), 1 + random.nextInt(12)),
                    DECISIONS[random.nextInt(DECISIONS.length)],
                    random.nextInt(10) == 0 ? "Rappeler au " + phone + " avant la commission" : "Dossier complet, rien à signaler");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String nir(boolean female, int year, int month, SplittableRandom random) {
        String body = String.format(Locale.ROOT, "%d%02d%02d34%03d%03d", female ? 2 : 1, year % 100, month,
            1 + random.nextInt(999), 1 + random.nextInt(999));
        return body + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(body) % 97);
    }

    private static String iban(SplittableRandom random) {
        StringBuilder bban = new StringBuilder(23);
        for (int i = 0; i < 23; i++) {
            bban.append((char) ('0' + random.nextInt(10)));
        }
        String rearranged = bban + "152700"; // "FR00" with F=15, R=27
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            mod = (mod * 10 + rearranged.charAt(i) - '0') % 97;
        }
        return String.format(Locale.ROOT, "FR%02d%s", 98 - mod, bban);
    }
}
