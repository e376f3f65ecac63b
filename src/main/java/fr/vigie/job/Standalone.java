package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.vigie.anonymise.Anonymisation;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.keys.PseudonymKeys;
import fr.vigie.anonymise.DataTable;
import fr.vigie.anonymise.Policy;
import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRequest;
import fr.vigie.bias.BiasRules;
import fr.vigie.bias.BiasScan;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ClassificationRules;
import fr.vigie.classify.Classifier;
import fr.vigie.classify.ColumnSampler;
import fr.vigie.classify.ProcessingContext;
import fr.vigie.ingest.MalformedShare;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ExitCode;
import fr.vigie.model.FormulaGuard;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stages run alone on one file, without a job or a store: what {@code vigie classify},
 * {@code vigie anonymise} and {@code vigie scan-bias} do. Same readers, rules and engines as the
 * pipeline; malformed rows are counted and left out.
 */
public final class Standalone {

    private Standalone() {
    }

    /** What reading a file gave: its header, the rows passed on, and the malformed records left out. */
    public record FileRead(List<String> header, long rows, long malformed) {
    }

    /**
     * Streams the well-formed rows of a file (format and dialect detected) to {@code sink}; fails when most
     * rows were malformed ({@link MalformedShare}).
     */
    public static FileRead read(Path file, Consumer<String[]> sink) {
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            long rows = 0;
            long malformed = 0;
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    sink.accept(row.values());
                    rows++;
                } else {
                    malformed++;
                }
            }
            MalformedShare.check(file, rows + malformed, malformed);
            return new FileRead(reader.header(), rows, malformed);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(ExitCode.FAILED, file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static List<String> header(Path file) {
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            return reader.header();
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(ExitCode.FAILED, file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * What {@code vigie classify FILE --json} prints: the classification contract (docs/architecture.md), with the
     * number of malformed records left out of it next to {@code rows}.
     */
    public record FileClassification(@JsonUnwrapped ClassificationResult classification, long malformedRows) {
        private static final JsonMapper JSON = JsonMapper.builder().build();

        /** The JSON, on one line. */
        public String toJson() {
            return JSON.writeValueAsString(this);
        }
    }

    /** Classifies every column of a file; {@code sampleSize} null means the rules' default. */
    public static ClassificationResult classify(VigieSettings settings, Path file, Integer sampleSize) {
        return classifyFile(settings, file, sampleSize).classification();
    }

    /** Classifies every column of a file and counts the malformed records left out. */
    public static FileClassification classifyFile(VigieSettings settings, Path file, Integer sampleSize) {
        ClassificationRules rules = ClassificationRules.load(settings.rulesDir());
        Classifier classifier = sampleSize == null ? new Classifier(rules) : new Classifier(rules, sampleSize);
        ColumnSampler sampler = classifier.sampler(header(file));
        FileRead read = read(file, sampler::accept);
        return new FileClassification(classifier.classify(file.toString(), read.rows(), sampler, Map.of(),
                new ProcessingContext("classification only (vigie classify)", List.of(), null)), read.malformed());
    }

    /** Whether a file is a document (PDF, DOCX, ODT, TXT...) rather than a table. */
    public static boolean isDocument(Path file) {
        return TableReaders.detectFormat(file) == fr.vigie.ingest.SourceFormat.DOCUMENT;
    }

    /** Personal data found in a document's text: counts per info type, never the values. */
    public static Map<String, Integer> scanDocument(VigieSettings settings, Path file) {
        Classifier classifier = new Classifier(ClassificationRules.load(settings.rulesDir()));
        return classifier.scanText(fr.vigie.ingest.Documents.extractText(file,
                fr.vigie.ingest.DocumentLimits.defaults()));
    }

    /** The anonymised table of a file under a policy: written to {@code outDir/anonymised.csv}. */
    public record AnonymiseResult(Path table, Anonymisation anonymisation) {
    }

    /**
     * Anonymises a file under a policy with the partner's pseudonymisation key (created in the key folder
     * on first use). Throws {@link fr.vigie.anonymise.PolicyRefusedException} (exit code 3) when the policy
     * cannot be met.
     */
    public static AnonymiseResult anonymise(VigieSettings settings, Path file, Path policyFile, String partner,
            Path outDir) {
        Policy policy = Policy.load(policyFile, settings.projectDir());
        ClassificationResult classification = classify(settings, file, null);
        DataTable.Builder builder = DataTable.builder(header(file));
        read(file, builder::add);
        List<ColumnInfo> columns = classification.columns().stream()
                .map(c -> new ColumnInfo(c.name(), c.attributeType(), c.infoType())).toList();
        byte[] key = PseudonymKeys.load(settings.keyDir(), partner == null ? policy.id() : partner).bytes();
        Anonymisation result = new Anonymiser(policy, settings.projectDir()).anonymise(builder.build(), columns, key);
        Path table = outDir.resolve("anonymised.csv");
        try {
            Files.createDirectories(outDir);
            // a table for people to open: cells a spreadsheet would evaluate are neutralised
            StagingFile.write(table, List.of(FormulaGuard.neutraliseAll(result.header().toArray(String[]::new))),
                    sink -> result.forEachReleasedRow(row -> sink.accept(FormulaGuard.neutraliseAll(row))));
            RunWorkspace.JSON.writeValue(outDir.resolve("anonymisation.json").toFile(), result.report());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + outDir, e);
        }
        return new AnonymiseResult(table, result);
    }

    private static fr.vigie.model.ProtectedAttribute protectedAttribute(String name) {
        try {
            return fr.vigie.model.ProtectedAttribute.valueOf(name.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new fr.vigie.model.VigieException(ExitCode.BAD_CONFIGURATION, "--protected: unknown attribute '"
                    + name + "' (expected one of " + java.util.Arrays.toString(fr.vigie.model.ProtectedAttribute.values())
                    + ")");
        }
    }

    /**
     * Scans a file for bias on the given protected columns (their attribute — gender, origin... — comes
     * from classification unless written {@code column:ATTRIBUTE}), with an optional outcome.
     */
    public static BiasReport scanBias(VigieSettings settings, Path file, List<String> protectedColumns,
            String outcome, String positive) {
        ClassificationResult classification = classify(settings, file, null);
        List<JobDefinition.ProtectedColumnSpec> specs = new ArrayList<>();
        for (String column : protectedColumns) {
            int colon = column.indexOf(':');
            specs.add(colon < 0 ? new JobDefinition.ProtectedColumnSpec(column, null)
                    : new JobDefinition.ProtectedColumnSpec(column.substring(0, colon),
                            protectedAttribute(column.substring(colon + 1))));
        }
        JobDefinition.Bias bias = new JobDefinition.Bias(true, specs, outcome, positive, Map.of(), null);
        JobDefinition adhoc = new JobDefinition(Path.of("(command line)"), "adhoc", "", "", "bias scan", null, null,
                null, 0, Map.of(), bias, List.of(), 1);
        BiasRequest request = BiasStep.request(adhoc, classification).orElseThrow(() ->
                new fr.vigie.model.VigieException(ExitCode.BAD_CONFIGURATION, "no protected column to scan"));
        BiasScan scan = new BiasScan(BiasRules.load(settings.rulesDir()), request);
        read(file, scan::accept);
        return scan.finish();
    }
}
