package fr.vigie.job;

import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.ingest.IngestResult;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.report.ComplianceReport;
import fr.vigie.report.Summary;
import fr.vigie.report.TrafficLight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule that no value of a column classified IDENTIFYING leaves as a column name — in an export's
 * data file, its datapackage.json and manifest, or a report. The profile notes which column names
 * equal a value of the data ({@link fr.vigie.ingest.ColumnProfile#valueInColumnNames()}); this rule is
 * enforced where names leave: the classify and export steps fail the run before anything is exported
 * ({@link #check}), and a report of such a run withholds every column name ({@link #withholdNames}).
 * Fail closed: before classification has run, a name holding a value of any column counts.
 */
final class NameDisclosure {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Shorter names are replaced only where they are a whole text: inside sentences they would match anything. */
    private static final int SUBSTRING_MIN_CHARS = 3;

    private NameDisclosure() {
    }

    /** The run's column names holding a value of an identifying column (by 1-based position); empty when none. */
    static Set<Integer> leaked(RunWorkspace workspace) {
        IngestResult ingest = workspace.find(IngestStep.NAME, IngestResult.class).orElse(null);
        if (ingest == null || ingest.profile() == null) {
            return Set.of();
        }
        Predicate<String> identifying = workspace.find(ClassifyStep.NAME, ClassificationResult.class)
                .map(NameDisclosure::identifyingColumns)
                .orElse(name -> true);
        return ingest.profile().namesHoldingValuesOf(identifying);
    }

    private static Predicate<String> identifyingColumns(ClassificationResult classification) {
        Set<String> names = classification.columns().stream()
                .filter(c -> c.attributeType() == AttributeType.IDENTIFYING)
                .map(ColumnClassification::name).collect(Collectors.toSet());
        return names::contains;
    }

    /**
     * Fails the run when a column name holds a value of an identifying column.
     *
     * @throws VigieException (exit 1) naming the positions, never the names
     */
    static void check(RunWorkspace workspace) {
        Set<Integer> positions = leaked(workspace);
        if (!positions.isEmpty()) {
            throw new VigieException(ExitCode.FAILED, "the column name(s) at position(s) "
                    + positions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " hold a value of a column classified IDENTIFYING: the header was misread (a person's record"
                    + " read as names?); nothing is exported and the report withholds the column names; set"
                    + " headerLine, separator or columnNames in the job");
        }
    }

    /**
     * When a column name of the run holds a value of an identifying column, the report with every column
     * name replaced by {@code column N (name withheld)}, in values and keys; else the report as it is.
     */
    static ComplianceReport withholdNames(ComplianceReport report, RunWorkspace workspace) {
        if (leaked(workspace).isEmpty()) {
            return report;
        }
        List<String> header = workspace.find(IngestStep.NAME, IngestResult.class).map(IngestResult::header)
                .orElse(List.of());
        Map<String, String> replacements = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            order.add(i);
        }
        // longest names first, so that a name inside another is not replaced within it
        order.sort(Comparator.comparingInt((Integer i) -> header.get(i).length()).reversed());
        for (int i : order) {
            replacements.putIfAbsent(header.get(i), "column " + (i + 1) + " (name withheld)");
        }
        // every string of the report, keys included: a name may sit in any sentence of any section
        JsonNode withheld = withhold(ComplianceReport.JSON.valueToTree(report), replacements);
        try {
            return ComplianceReport.fromTree(withheld);
        } catch (RuntimeException codeReplaced) {
            // a name was also one of the report's codes (a status, a level): keep only what names no column
            return new ComplianceReport(report.run(), null, null, null, null, null, null, null, null,
                    new Summary(List.of("Rapport réduit : les noms de colonnes portent des valeurs de la donnée. / "
                            + "Reduced report: the column names hold values of the data."), TrafficLight.RED,
                            "Run " + report.run().status() + ": column names withheld"), report.footprint(), null,
                    null);
        }
    }

    private static JsonNode withhold(JsonNode node, Map<String, String> replacements) {
        if (node.isString()) {
            return NODES.stringNode(withhold(node.asString(), replacements));
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(withhold(item, replacements)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(withhold(field.getKey(), replacements), withhold(field.getValue(), replacements));
            }
            return copy;
        }
        return node;
    }

    private static String withhold(String text, Map<String, String> replacements) {
        String exact = replacements.get(text);
        if (exact != null) {
            return exact;
        }
        String out = text;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            if (r.getKey().length() >= SUBSTRING_MIN_CHARS) {
                out = out.replace(r.getKey(), r.getValue());
            }
        }
        return out;
    }
}
