package fr.vigie.anonymise;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints the time of the optimal search on the Adult reference set (k=5 with 0 % and 5 % suppression, k=5
 * with distinct 2-diversity on occupation) and on a generated table of one million rows with 4
 * quasi-identifiers. Usage: {@code AnonymiseBenchmark [adultDir] [--memory]} (default adult dir
 * {@code ../shared/reference/adult}); {@code --memory} also anonymises 10 million rows with 6 quasi-identifiers
 * and prints the peak heap (run it with {@code -Xmx2g}).
 *
 * <p>"search" is the lattice search alone (the figure ARX publishes); "anonymise" is the whole call: hierarchy
 * binding, one scan of the rows, search, risk and utility measures (rows are released lazily, not counted).
 */
public final class AnonymiseBenchmark {
    private static final String[] ADULT = {"sex", "age", "race", "marital-status", "education", "native-country",
        "workclass", "occupation", "salary-class"};

    private AnonymiseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f (figures scale with other load)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> arguments = Arrays.asList(args);
        Path adultDir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/reference/adult");
        Path work = Files.createTempDirectory("vigie-bench");
        DataTable adult = readCsv(adultDir.resolve("adult.csv"));
        List<ColumnInfo> allQis = new ArrayList<>();
        for (String name : ADULT) {
            allQis.add(new ColumnInfo(name, AttributeType.QUASI_IDENTIFYING, null));
        }
        List<ColumnInfo> occupationSensitive = new ArrayList<>();
        for (String name : ADULT) {
            occupationSensitive.add(new ColumnInfo(name, name.equals("occupation") ? AttributeType.SENSITIVE
                    : AttributeType.QUASI_IDENTIFYING, null));
        }
        System.out.printf(Locale.ROOT, "Adult: %d rows, %d quasi-identifiers%n", adult.rowCount(), ADULT.length);
        time("Adult k=5, 0% suppression", adult, allQis, policy(work, adultDir, "k: 5\n  suppressionLimit: 0", null));
        time("Adult k=5, 5% suppression", adult, allQis, policy(work, adultDir, "k: 5\n  suppressionLimit: 0.05", null));
        time("Adult k=5 + distinct 2-diversity on occupation, 0%", adult, occupationSensitive,
                policy(work, adultDir, "k: 5\n  suppressionLimit: 0\n  l-diversity: {variant: distinct, l: 2}",
                        "occupation"));
        DataTable large = generated(1_000_000, 42);
        List<ColumnInfo> largeQis = List.of(new ColumnInfo("age", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("postcode", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("sex", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("birth", AttributeType.QUASI_IDENTIFYING, null));
        Path largePolicy = work.resolve("large.yml");
        Files.writeString(largePolicy, "id: bench\nprivacy: {k: 5, suppressionLimit: 0.01}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5, 10, 20]}\n  postcode: {builtin: mask}\n"
                + "  sex: {builtin: suppress}\n  birth: {builtin: date}\n");
        System.out.printf(Locale.ROOT, "Generated: %d rows, 4 quasi-identifiers%n", large.rowCount());
        time("1M rows k=5, 1% suppression", large, largeQis, Policy.load(largePolicy, work));
        if (arguments.contains("--memory")) {
            memory(work);
        }
    }

    /** Ten million rows, six quasi-identifiers: time and peak heap of one anonymisation. */
    private static void memory(Path work) throws IOException {
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
        System.out.printf(Locale.ROOT, "10M rows x 6 QIs: anonymise %d ms (search %d ms), levels %s, suppressed %d,"
                + " peak heap %d MB of %d MB max%n", (System.nanoTime() - start) / 1_000_000, report.search().millis(),
                report.transformation().values(), report.suppressedRows(), peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Policy policy(Path work, Path adultDir, String privacy, String withoutHierarchy)
            throws IOException {
        StringBuilder yaml = new StringBuilder("id: bench\nprivacy:\n  " + privacy + "\nhierarchies:\n");
        for (String name : ADULT) {
            if (!name.equals(withoutHierarchy)) {
                yaml.append("  ").append(name).append(": {file: '")
                        .append(adultDir.resolve("adult_hierarchy_" + name + ".csv").toAbsolutePath()).append("'}\n");
            }
        }
        Path file = work.resolve("policy" + Math.abs(privacy.hashCode()) + ".yml");
        Files.writeString(file, yaml.toString());
        return Policy.load(file, work);
    }

    private static void time(String label, DataTable table, List<ColumnInfo> columns, Policy policy) {
        Anonymiser anonymiser = new Anonymiser(policy, Path.of("."));
        // The JIT needs a few dozen runs on Adult before the figures settle.
        int warmups = table.rowCount() > 100_000 ? 2 : 30;
        int runs = table.rowCount() > 100_000 ? 5 : 20;
        for (int i = 0; i < warmups; i++) {
            anonymiser.anonymise(table, columns, null);
        }
        long[] search = new long[runs];
        long[] total = new long[runs];
        AnonymisationReport report = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report = anonymiser.anonymise(table, columns, null).report();
            total[i] = (System.nanoTime() - start) / 1_000_000;
            search[i] = report.search().millis();
        }
        Arrays.sort(search);
        Arrays.sort(total);
        System.out.printf(Locale.ROOT, "%-52s search %5d ms (median of %d, best %d), anonymise %5d ms; levels %s, "
                + "suppressed %d, classes %d, loss %.10f, nodes checked %d of %d%n", label, search[runs / 2], runs,
                search[0], total[runs / 2], report.transformation().values(), report.suppressedRows(),
                report.achieved().classes(), report.utility().loss(), report.search().nodesChecked(),
                report.search().latticeSize());
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
