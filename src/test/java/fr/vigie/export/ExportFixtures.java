package fr.vigie.export;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Shared test data for the export package: a key pair, a request, synthetic anonymised rows. */
final class ExportFixtures {
    static final List<Field> FIELDS = List.of(
            Field.string("age_band"),
            Field.string("commune"),
            new Field("household_size", FieldType.INTEGER),
            new Field("income", FieldType.NUMBER),
            new Field("decision_date", FieldType.DATE),
            new Field("granted", FieldType.BOOLEAN),
            Field.string("note"));

    private ExportFixtures() {
    }

    static Signer newSigner() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new Signer(pair);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static PackageRequest request(String runId, Set<ExportFormat> formats) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("sourceDataset", "ccas-aides");
        provenance.put("runId", runId);
        provenance.put("policy", "partner-default");
        provenance.put("guarantees", Map.of("k", 5, "l", 2, "t", 0.3));
        provenance.put("suppressedRows", 12);
        provenance.put("riskAfter", Map.of("prosecutorMax", 0.2, "prosecutorAverage", 0.04));
        return new PackageRequest("nimes", "ccas-aides", runId, FIELDS, formats, "etalab-2.0", provenance);
    }

    static PackageRequest request(String runId) {
        return request(runId, EnumSet.of(ExportFormat.PARQUET, ExportFormat.CSV));
    }

    /** A row producer pushing {@code count} deterministic synthetic rows, some with formula-like notes. */
    static Consumer<RowSink> rows(int count) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(row(i));
            }
        };
    }

    static String[] row(int i) {
        String[] communes = {"Montpellier", "Lattes", "Castelnau-le-Lez", "Pérols"};
        String[] notes = {"ordinaire", "=HYPERLINK(\"x\")", "", "-12", "@SUM(A1)", "+33 avis", "\tindent"};
        return new String[] {
                (20 + 10 * (i % 5)) + "-" + (29 + 10 * (i % 5)),
                communes[i % communes.length],
                String.valueOf(1 + i % 6),
                i % 7 == 0 ? "" : String.valueOf(800.5 + i),
                "2025-0" + (1 + i % 9) + "-1" + (i % 10),
                String.valueOf(i % 3 != 0),
                notes[i % notes.length]};
    }
}
