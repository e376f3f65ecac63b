package fr.vigie.bench;

import fr.vigie.export.ExportFormat;
import fr.vigie.export.ExportPackage;
import fr.vigie.export.Field;
import fr.vigie.export.FieldType;
import fr.vigie.export.PackageRequest;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.PackageWriter;
import fr.vigie.export.Signer;
import fr.vigie.export.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints how fast packages are written and verified: {@code java -cp ... fr.vigie.bench.ExportBenchmark [rows]}
 * (default 1 000 000 rows of 7 generalised columns; Parquet, CSV, both) after a warm-up run. Figures, no assertion.
 */
final class ExportBenchmark {
    private static final List<Field> FIELDS = List.of(Field.string("age_band"), Field.string("commune"),
            new Field("household_size", FieldType.INTEGER), new Field("income_band", FieldType.NUMBER),
            new Field("decision_date", FieldType.DATE), new Field("granted", FieldType.BOOLEAN),
            Field.string("aid_type"));
    private static final String[] COMMUNES = {"Montpellier", "Lattes", "Castelnau-le-Lez", "Pérols", "Juvignac",
            "Grabels", "Villeneuve-lès-Maguelone", "Saint-Jean-de-Védas"};
    private static final String[] DATES = {"2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01",
            "2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"};
    private static final String[] AIDS = {"alimentaire", "énergie", "transport", "loyer", "scolaire"};

    private ExportBenchmark() {
    }

    /** Figures of one run. */
    public record Figures(long rows, Set<ExportFormat> formats, double writeSeconds, double verifySeconds,
            Map<String, Long> bytes) {
        double rowsPerSecond() {
            return rows / writeSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("vigie-export-bench");
        try {
            run(Math.min(rows, 200_000), dir.resolve("warm-up"), EnumSet.allOf(ExportFormat.class));
            for (Set<ExportFormat> formats : List.of(EnumSet.of(ExportFormat.PARQUET), EnumSet.of(ExportFormat.CSV),
                    EnumSet.allOf(ExportFormat.class))) {
                Figures f = run(rows, dir, formats);
                System.out.printf(Locale.ROOT, "%-14s %,d rows: write %.2f s (%,.0f rows/s), verify %.2f s, files %s%n",
                        formats, f.rows(), f.writeSeconds(), f.rowsPerSecond(), f.verifySeconds(), f.bytes());
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes then verifies one package of {@code rows} synthetic rows under {@code dir}. */
    public static Figures run(int rows, Path dir, Set<ExportFormat> formats) throws IOException {
        Signer signer;
        try {
            signer = new Signer(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String runId = "bench-" + formats.size() + "-" + formats.iterator().next().format();
        PackageRequest request = new PackageRequest("bench", "synthetic", runId, FIELDS, formats, "etalab-2.0",
                Map.of("policy", "benchmark"));
        long start = System.nanoTime();
        ExportPackage pkg = new PackageWriter(dir, signer).write(request, sink -> {
            String[] row = new String[FIELDS.size()];
            for (int i = 0; i < rows; i++) {
                fill(row, i);
                sink.accept(row);
            }
        });
        double write = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Verification verification = PackageVerifier.verify(pkg.dir(), signer.publicKey());
        double verify = (System.nanoTime() - start) / 1e9;
        if (!verification.ok()) {
            throw new IllegalStateException("benchmark package does not verify: " + verification.problems());
        }
        Map<String, Long> bytes = new java.util.TreeMap<>();
        for (ExportFormat format : formats) {
            bytes.put(format.fileName(), Files.size(pkg.dir().resolve(format.fileName())));
        }
        return new Figures(pkg.rows(), formats, write, verify, bytes);
    }

    private static void fill(String[] row, int i) {
        int band = 18 + 10 * (i % 7);
        row[0] = band + "-" + (band + 9);
        row[1] = COMMUNES[(i * 31) % COMMUNES.length];
        row[2] = String.valueOf(1 + (i * 7) % 6);
        row[3] = String.valueOf(500 * ((i * 13) % 9));
        row[4] = DATES[i % DATES.length];
        row[5] = (i % 3 == 0) ? "false" : "true";
        row[6] = AIDS[(i * 17) % AIDS.length];
    }
}
