package fr.vigie.bench;

import fr.vigie.anonymise.AnonymisationReport;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.DataTable;
import fr.vigie.anonymise.Policy;
import fr.vigie.anonymise.QualityModel;
import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints the time of the optimal search on the Adult reference set, scenario by scenario (k-only; k with
 * distinct, entropy and recursive l-diversity and with t-closeness on occupation, with their baseline, k-only on
 * the same 8 quasi-identifiers; each quality model; each with 0 % and 5 % suppression), then on a generated table
 * of one million rows with 4 quasi-identifiers. Usage:
 * {@code AnonymiseBenchmark ADULT_DIR [--memory]}; {@code --memory} also anonymises 10 million rows with 6
 * quasi-identifiers and prints the peak heap (run it with {@code -Xmx2g}).
 *
 * <p>"search" is the lattice search alone (the figure ARX publishes); "anonymise" is the whole call: hierarchy
 * binding, one scan of the rows, search, risk and utility measures (rows are released lazily, not counted). Each
 * figure is the median of repeated runs after a warm-up (the JIT needs a few dozen runs on Adult).
 */
final class AnonymiseBenchmark {
    private static final String[] ADULT = {"sex", "age", "race", "marital-status", "education", "native-country",
        "workclass", "occupation", "salary-class"};
    private static final String SENSITIVE = "occupation";
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    /** One Adult search: the privacy lines of its policy, its quality model, whether occupation is sensitive. */
    private record Scenario(String label, String privacy, QualityModel quality, boolean occupationSensitive) {
    }

    /** What one scenario measured: medians of the search's wall-clock and CPU time, and the best wall time. */
    public record Figure(String label, long searchMillis, long searchCpuMillis, long bestMillis, int runs,
            int nodesChecked, long latticeSize) {
    }

    private AnonymiseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = Arrays.asList(args);
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("usage: AnonymiseBenchmark ADULT_DIR [--memory]");
        }
        run(Path.of(args[0]), arguments.contains("--memory"), System.out);
    }

    /** Runs every scenario, printing one line each to {@code out}; returns the Adult figures. */
    public static List<Figure> run(Path adultDir, boolean memory, PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "%d processors, load average %.1f (figures scale with other load)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path work = Files.createTempDirectory("vigie-bench");
        DataTable adult = readCsv(adultDir.resolve("adult.csv"));
        out.printf(Locale.ROOT, "Adult: %d rows; k-only scenarios: 9 quasi-identifiers; l-diversity and t-closeness:"
                + " 8, %s sensitive%n", adult.rowCount(), SENSITIVE);
        List<Figure> figures = new ArrayList<>();
        for (Scenario scenario : scenarios()) {
            figures.add(time(scenario.label(), adult, columns(scenario.occupationSensitive()),
                    policy(work, adultDir, scenario), out));
        }
        DataTable large = generated(1_000_000, 42);
        List<ColumnInfo> largeQis = List.of(new ColumnInfo("age", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("postcode", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("sex", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("birth", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("income", AttributeType.INSENSITIVE, null));
        Path largePolicy = work.resolve("large.yml");
        Files.writeString(largePolicy, "id: bench\nprivacy: {k: 5, suppressionLimit: 0.01}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5, 10, 20]}\n  postcode: {builtin: mask}\n"
                + "  sex: {builtin: suppress}\n  birth: {builtin: date}\n");
        out.printf(Locale.ROOT, "Generated: %d rows, 4 quasi-identifiers%n", large.rowCount());
        time("1M rows k=5, 1% suppression", large, largeQis, Policy.load(largePolicy, work), out);
        if (memory) {
            memory(work, out);
        }
        return figures;
    }

    private static List<Scenario> scenarios() {
        String[][] sensitive = {{"k=5 + distinct 2-diversity", "l-diversity: {variant: distinct, l: 2"},
            {"k=5 + entropy 2-diversity", "l-diversity: {variant: entropy, l: 2"},
            {"k=5 + recursive (3,2)-diversity", "l-diversity: {variant: recursive, l: 2, c: 3"},
            {"k=5 + 0.2-closeness (equal)", "t-closeness: {t: 0.2, distance: equal"},
            {"k=5 + 0.2-closeness (hierarchical)", "t-closeness: {t: 0.2, distance: hierarchical"}};
        List<Scenario> scenarios = new ArrayList<>();
        for (String suppression : List.of("0", "0.05")) {
            String limit = "k: 5\n  suppressionLimit: " + suppression;
            String percent = suppression.equals("0") ? "0%" : "5%";
            for (QualityModel quality : QualityModel.values()) {
                scenarios.add(new Scenario("k=5, " + name(quality) + ", " + percent, limit, quality, false));
            }
            // The baseline of the sensitive scenarios: k-only on the same 8 quasi-identifiers.
            scenarios.add(new Scenario("k=5, 8 QIs (occupation dropped), loss, " + percent, limit, QualityModel.LOSS,
                    true));
            for (String[] model : sensitive) {
                scenarios.add(new Scenario(model[0] + ", loss, " + percent, limit + "\n  " + model[1] + ", columns: ["
                        + SENSITIVE + "]}", QualityModel.LOSS, true));
            }
        }
        return scenarios;
    }

    private static String name(QualityModel quality) {
        return quality.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<ColumnInfo> columns(boolean occupationSensitive) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (String name : ADULT) {
            columns.add(new ColumnInfo(name, occupationSensitive && name.equals(SENSITIVE) ? AttributeType.SENSITIVE
                    : AttributeType.QUASI_IDENTIFYING, null));
        }
        return columns;
    }

    /** Ten million rows, six quasi-identifiers: time and peak heap of one anonymisation. */
    private static void memory(Path work, PrintStream out) throws IOException {
        Random random = new Random(1);
        String[] nationalities = {"Française", "UE", "Hors UE"};
        String[] situations = {"Célibataire", "Marié(e)", "Pacsé(e)", "Concubinage", "Divorcé(e)", "Séparé(e)"};
        DataTable.Builder builder = DataTable.builder(List.of("age", "sexe", "code_postal", "nationalite",
                "situation", "date_naissance"));
        for (int r = 0; r < 10_000_000; r++) {
            int age = 18 + (int) (Math.abs(random.nextGaussian()) * 25) % 80;
            builder.add(new String[] {String.valueOf(age), random.nextBoolean() ? "F" : "M",
                String.valueOf(34000 + random.nextInt(40) * 10), nationalities[random.nextInt(3)],
                situations[random.nextInt(6)], String.format(Locale.ROOT, "%04d-%02d-%02d", 2025 - age,
                        1 + random.nextInt(12), 1 + random.nextInt(28))});
        }
        DataTable table = builder.build();
        Path policy = work.resolve("memory.yml");
        Files.writeString(policy, "id: memory\nprivacy: {k: 5, suppressionLimit: 0.01}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5, 10, 20]}\n  code_postal: {builtin: mask}\n"
                + "  date_naissance: {builtin: date}\n");
        List<ColumnInfo> columns = new ArrayList<>();
        for (String name : table.header()) {
            columns.add(new ColumnInfo(name, AttributeType.QUASI_IDENTIFYING, null));
        }
        long start = System.nanoTime();
        AnonymisationReport report = new Anonymiser(Policy.load(policy, work), work)
                .anonymise(table, columns, null).report();
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "10M rows x 6 QIs: anonymise %d ms (search %d ms), levels %s, suppressed %d,"
                + " peak heap %d MB of %d MB max%n", (System.nanoTime() - start) / 1_000_000, report.search().millis(),
                report.transformation().values(), report.suppressedRows(), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Policy policy(Path work, Path adultDir, Scenario scenario) throws IOException {
        boolean kOnly = !scenario.privacy().contains("l-diversity") && !scenario.privacy().contains("t-closeness");
        StringBuilder yaml = new StringBuilder("id: bench\nquality: " + name(scenario.quality()) + "\nprivacy:\n  "
                + scenario.privacy() + "\n" + (scenario.occupationSensitive() && kOnly
                        ? "columns:\n  " + SENSITIVE + ": {transform: drop}\n" : "") + "hierarchies:\n");
        for (String name : ADULT) {
            boolean hierarchical = scenario.privacy().contains("hierarchical");
            if (scenario.occupationSensitive() && name.equals(SENSITIVE) && !hierarchical) {
                continue; // a sensitive attribute's hierarchy only serves hierarchical t-closeness
            }
            yaml.append("  ").append(name).append(": {file: '")
                    .append(adultDir.resolve("adult_hierarchy_" + name + ".csv").toAbsolutePath()).append("'}\n");
        }
        Path file = work.resolve("policy" + Math.abs(yaml.toString().hashCode()) + ".yml");
        Files.writeString(file, yaml.toString());
        return Policy.load(file, work);
    }

    private static Figure time(String label, DataTable table, List<ColumnInfo> columns, Policy policy,
            PrintStream out) {
        Anonymiser anonymiser = new Anonymiser(policy, Path.of("."));
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 30 && (i < 2 || System.nanoTime() < warmUpEnd); i++) {
            anonymiser.anonymise(table, columns, null);
        }
        List<Long> search = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        List<Long> totalCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AnonymisationReport report = null;
        long measureEnd = System.nanoTime() + MEASURE_NANOS;
        while (search.size() < 20 && (search.size() < 3 || System.nanoTime() < measureEnd)) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            report = anonymiser.anonymise(table, columns, null).report();
            total.add((System.nanoTime() - start) / 1_000_000);
            totalCpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
            search.add(report.search().millis());
            cpu.add(report.search().cpuMillis());
        }
        search.sort(null);
        cpu.sort(null);
        total.sort(null);
        totalCpu.sort(null);
        int runs = search.size();
        int nodes = report.search().nodesChecked();
        out.printf(Locale.ROOT, "%-44s search %5d ms, CPU %5d ms (best %5d, %4.0f us/node); anonymise %5d ms,"
                + " CPU %5d ms (medians of %2d); nodes %5d of %5d; levels %s, suppressed %d, %s %.10g%n", label,
                search.get(runs / 2), cpu.get(runs / 2), cpu.get(0), cpu.get(runs / 2) * 1000.0 / Math.max(1, nodes),
                total.get(runs / 2), totalCpu.get(runs / 2), runs, nodes, report.search().latticeSize(),
                report.transformation().values(), report.suppressedRows(), name(policy.quality()), objective(report));
        return new Figure(label, search.get(runs / 2), cpu.get(runs / 2), search.get(0), runs,
                report.search().nodesChecked(), report.search().latticeSize());
    }

    private static double objective(AnonymisationReport report) {
        AnonymisationReport.Utility u = report.utility();
        return switch (u.qualityModel()) {
            case LOSS -> u.loss();
            case ENTROPY -> u.nonUniformEntropy();
            case DISCERNIBILITY -> u.discernibility();
            case AVERAGE_CLASS_SIZE -> u.averageClassSize();
        };
    }

    static DataTable readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        DataTable.Builder builder = DataTable.builder(Arrays.asList(lines.get(0).split(";", -1)));
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                builder.add(line.split(";", -1));
            }
        }
        return builder.build();
    }

    /** A synthetic population: age, 5-digit postcode, sex, ISO birth date. */
    static DataTable generated(int rows, long seed) {
        Random random = new Random(seed);
        DataTable.Builder builder = DataTable.builder(List.of("age", "postcode", "sex", "birth", "income"));
        for (int r = 0; r < rows; r++) {
            int age = 18 + (int) (Math.abs(random.nextGaussian()) * 25) % 80;
            int year = 2025 - age;
            String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String postcode = String.valueOf(34000 + random.nextInt(40) * 10 + (random.nextInt(10) == 0 ? 1 : 0));
            builder.add(new String[] {String.valueOf(age), postcode, random.nextBoolean() ? "F" : "M", birth,
                String.valueOf(random.nextInt(5000))});
        }
        return builder.build();
    }
}
