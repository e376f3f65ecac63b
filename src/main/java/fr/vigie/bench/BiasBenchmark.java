package fr.vigie.bench;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRequest;
import fr.vigie.bias.BiasRules;
import fr.vigie.bias.BiasScan;
import fr.vigie.bias.ProtectedColumn;
import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Prints the bias scan's rate on generated rows (10 million by default), counted in one pass with
 * two protected attributes, a binary outcome, a stratifier and, as the pipeline does, every other
 * column a proxy candidate (an identifier unique per row among them). Rows are generated on the fly
 * from small pools of strings, so the figure is the scan's, not the generator's.
 *
 * <p>{@code java -cp ... fr.vigie.bench.BiasBenchmark [rows] [rulesDir]}
 */
final class BiasBenchmark {
    private static final List<String> HEADER = List.of("id", "prenom", "sexe", "nationalite", "quartier", "age",
            "service", "revenu", "decision");

    private BiasBenchmark() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path rules = Path.of(args.length > 1 ? args[1] : "rules");
        Result result = run(BiasRules.load(rules), rows, 42);
        System.out.println(result);
    }

    /** Figures of one run. */
    public record Result(long rows, double seconds, int findings) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "bias scan: %,d rows in %.2f s = %,.0f rows/s (%d findings)", rows,
                    seconds, rowsPerSecond(), findings);
        }
    }

    /** Scans {@code rows} generated rows and times the pass (including {@code finish()}). */
    public static Result run(BiasRules rules, long rows, long seed) {
        BiasRequest request = new BiasRequest(HEADER, List.of(new ProtectedColumn("sexe", ProtectedAttribute.GENDER),
                new ProtectedColumn("nationalite", ProtectedAttribute.ORIGIN)), "decision", "ACCORDEE",
                Map.of(), "service", HEADER.subList(0, HEADER.size() - 1));
        String[] names = pool("P", 300);
        String[] districts = pool("Q", 40);
        String[] incomes = pool("", 5000);
        for (int i = 0; i < incomes.length; i++) {
            incomes[i] = String.valueOf(600 + i * 0.7);
        }
        String[] ages = pool("", 90);
        for (int i = 0; i < ages.length; i++) {
            ages[i] = String.valueOf(18 + i % 70);
        }
        String[] sexes = {"F", "M", "Femme", "Homme", ""};
        String[] nationalities = {"Française", "Française", "Française", "Italienne", "Marocaine", "Algérienne"};
        String[] services = {"RSA", "Logement", "Énergie", "Alimentaire"};
        String[] decisions = {"ACCORDEE", "REFUSEE"};
        String[] ids = pool("ID", 100_000);
        SplittableRandom random = new SplittableRandom(seed);
        BiasScan scan = new BiasScan(rules, request);
        String[] row = new String[HEADER.size()];
        long start = System.nanoTime();
        for (long r = 0; r < rows; r++) {
            row[0] = ids[(int) (r % ids.length)];
            row[1] = names[random.nextInt(names.length)];
            row[2] = sexes[random.nextInt(sexes.length)];
            row[3] = nationalities[random.nextInt(nationalities.length)];
            row[4] = districts[random.nextInt(districts.length)];
            row[5] = ages[random.nextInt(ages.length)];
            row[6] = services[random.nextInt(services.length)];
            row[7] = incomes[random.nextInt(incomes.length)];
            row[8] = decisions[random.nextInt(decisions.length)];
            scan.accept(row);
        }
        BiasReport report = scan.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rows, seconds, report.findings().size());
    }

    private static String[] pool(String prefix, int size) {
        String[] pool = new String[size];
        for (int i = 0; i < size; i++) {
            pool[i] = prefix + i;
        }
        return pool;
    }
}
