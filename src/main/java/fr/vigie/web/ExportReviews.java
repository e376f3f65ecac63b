package fr.vigie.web;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.bias.Severity;
import fr.vigie.export.Keys;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.Verification;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.job.VigieSettings;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import fr.vigie.store.FindingRow;
import fr.vigie.store.Review;
import fr.vigie.store.RunRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the DPO needs to decide on one export, gathered from the store: the report's light and
 * alerts, the partner's guarantees, the bias findings, the signed manifest checked again, and a few rows
 * of the package itself next to what the policy promised for each column. Only released-to-be data is
 * shown (the package's anonymised rows), never a source value.
 */
class ExportReviews {
    /** How many rows of the package the side-by-side view shows. */
    static final int SAMPLE_ROWS = 5;

    private final ExportRepository exports;
    private final RunRepository runs;
    private final VigieSettings settings;

    ExportReviews(ExportRepository exports, RunRepository runs, VigieSettings settings) {
        this.exports = exports;
        this.runs = runs;
        this.settings = settings;
    }

    /** One column of the package: what the policy promised, and its values in the first rows. */
    record PromisedColumn(String name, String role, String promise, List<String> values) {
    }

    /**
     * The review of one export.
     *
     * @param verification the package checked again now (the released copy once released)
     * @param manifest the signed manifest's text, as the partner receives it
     */
    record ExportReview(ExportRecord export, RunReportDigest report, List<PromisedColumn> columns, int sampleRows,
            List<FindingRow> findings, Verification verification, String manifest, List<Review> decisions) {

        /** An approval needs a comment unless the run's report is GREEN. */
        public boolean commentRequired() {
            return !"GREEN".equals(report.light());
        }

        public boolean pending() {
            return export.status() == ExportStatus.PENDING_REVIEW;
        }
    }

    List<ExportRecord> list(ExportStatus status) {
        return exports.list(status);
    }

    Optional<ExportReview> review(String exportId) {
        return exports.find(exportId).map(this::review);
    }

    private ExportReview review(ExportRecord export) {
        RunReportDigest report = RunReportDigest.read(settings.store().reports(export.runId()).resolve("report.json"),
                export.partner());
        Path dir = Path.of(export.outboxPath() != null ? export.outboxPath() : export.packagePath());
        Sample sample = sample(dir);
        return new ExportReview(export, report, promisedColumns(report, sample), sample.rows().size(),
                findingsMostSevereFirst(export.runId()), verification(dir), manifest(dir),
                exports.reviews(export.exportId()));
    }

    /** The package checked with the authority's own public key, never one found next to it, nor a new pair. */
    private Verification verification(Path dir) {
        Path publicKey = settings.keyDir().resolve(Keys.PUBLIC_KEY_FILE);
        return Files.isRegularFile(publicKey)
                ? PackageVerifier.verify(dir, Keys.readPublicKey(publicKey))
                : new Verification(dir, false, List.of(new Verification.Problem(publicKey.toString(),
                        "the authority's public key is missing: the package cannot be checked")), -1, null, null,
                        null, null, null);
    }

    /** Each column the policy promised something for, with its values in the sample rows. */
    private static List<PromisedColumn> promisedColumns(RunReportDigest report, Sample sample) {
        Map<String, ColumnTreatment> promised = report.guarantees() == null ? Map.of() : report.guarantees().columns();
        List<PromisedColumn> columns = new ArrayList<>();
        for (String name : promised.keySet()) {
            int index = sample.header().indexOf(name);
            List<String> values = new ArrayList<>();
            for (String[] row : sample.rows()) {
                values.add(index < 0 || index >= row.length ? null : row[index]);
            }
            ColumnTreatment treatment = promised.get(name);
            columns.add(new PromisedColumn(name, treatment.role(), promise(treatment), values));
        }
        return columns;
    }

    /** The run's bias findings, most severe first; a severity this version does not know comes last. */
    private List<FindingRow> findingsMostSevereFirst(String runId) {
        List<FindingRow> findings = new ArrayList<>(runs.findings(runId));
        findings.sort(Comparator.comparing((FindingRow f) -> severity(f.severity()),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FindingRow::findingId));
        return findings;
    }

    private static Severity severity(String name) {
        try {
            return name == null ? null : Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The policy's promise for a column, in the DPO's words. */
    static String promise(ColumnTreatment treatment) {
        if (treatment.treatment() == null) {
            return "inconnu";
        }
        return switch (treatment.treatment()) {
            case KEPT -> "Conservée telle quelle";
            case DROPPED -> "Écartée : absente du paquet";
            case PSEUDONYMISED -> "Pseudonymisée (HMAC-SHA256, clé propre au partenaire)";
            case GENERALISED -> "Généralisée au niveau " + treatment.level() + " sur " + treatment.levels()
                    + (treatment.hierarchy() == null ? "" : " (hiérarchie " + treatment.hierarchy() + ")");
            case MASKED -> "Masquée";
            case TOP_BOTTOM_CODED -> "Codage haut/bas : valeurs extrêmes ramenées aux bornes";
            case MICRO_AGGREGATED -> "Micro-agrégée : moyenne de groupes";
        };
    }

    private record Sample(List<String> header, List<String[]> rows) {
    }

    /** The first rows of the package's CSV (or Parquet) file; none when it cannot be read. */
    private static Sample sample(Path dir) {
        Path csv = dir.resolve("data.csv");
        Path file = Files.isRegularFile(csv) ? csv : dir.resolve("data.parquet");
        ReadOptions options = file == csv
                ? ReadOptions.defaults().withCharset(StandardCharsets.UTF_8).withSeparator(',').withQuote('"')
                : ReadOptions.defaults();
        List<String[]> rows = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, options)) {
            SourceRecord record;
            while (rows.size() < SAMPLE_ROWS && (record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    rows.add(row.values());
                }
            }
            return new Sample(reader.header(), rows);
        } catch (Exception e) {
            return new Sample(List.of(), List.of());
        }
    }

    private static String manifest(Path dir) {
        try {
            return Files.readString(dir.resolve("datapackage.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(datapackage.json cannot be read)";
        }
    }
}
