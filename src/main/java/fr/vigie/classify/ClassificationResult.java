package fr.vigie.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classification of one dataset: the {@code vigie classify FILE --json} contract (docs/architecture.md).
 * Serialised as is by Jackson; holds no raw value from the data.
 *
 * @param source  the file or dataset name as given by the caller
 * @param rows    rows read from the source
 * @param columns one entry per column, in file order
 * @param dataset dataset-level decisions
 */
public record ClassificationResult(String source, long rows, List<ColumnClassification> columns,
        DatasetClassification dataset) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ClassificationResult {
        columns = List.copyOf(columns);
    }

    /** The column named {@code name}, or null. */
    public ColumnClassification column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The JSON of the contract, on one line. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The readable table printed by {@code vigie classify FILE}. */
    public String toTable() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"column", "attribute type", "info type", "domain", "protected", "conf.", "evidence"});
        for (ColumnClassification c : columns) {
            lines.add(new String[] {c.name(), String.valueOf(c.attributeType()), orDash(c.infoType()),
                orDash(c.domain()), orDash(c.protectedAttribute()),
                String.format(Locale.ROOT, "%.2f", c.confidence()), describe(c)});
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length - 1; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(source).append(" (").append(rows).append(" rows)\n\n");
        for (int l = 0; l < lines.size(); l++) {
            String[] line = lines.get(l);
            for (int i = 0; i < line.length; i++) {
                out.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i])).append(i < line.length - 1 ? "  " : "");
            }
            out.append('\n');
            if (l == 0) {
                for (int i = 0; i < widths.length - 1; i++) {
                    out.append("-".repeat(widths[i])).append("  ");
                }
                out.append("--------\n");
            }
        }
        DatasetClassification d = dataset;
        out.append('\n')
            .append("sensitivity: ").append(d.sensitivity())
            .append("   domains: ").append(d.domains().isEmpty() ? "none" : d.domains().stream().map(Enum::name).collect(Collectors.joining(", ")))
            .append("   personal data: ").append(d.personalData() ? "yes" : "no").append('\n')
            .append("rows describe: ").append(d.dataSubject()).append(" (").append(String.join("; ", d.dataSubjectEvidence()))
            .append(")\n");
        if (!d.columnsNeedingReview().isEmpty()) {
            out.append("NEEDS A DECISION: classified SENSITIVE as a precaution, confirm or pin in the job file: ")
                .append(String.join(", ", d.columnsNeedingReview())).append('\n');
        }
        if (d.crossesHealthAndFinance()) {
            out.append("ALERT: health and financial data are crossed in this dataset (ethics review required)\n");
        }
        out.append("DPIA required: ").append(d.dpiaRequired() ? "yes (" + String.join("; ", d.dpiaReasons()) + ")" : "no").append('\n');
        if (!d.protectedAttributes().isEmpty()) {
            out.append("protected attributes: ").append(d.protectedAttributes().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        return out.toString();
    }

    private static String describe(ColumnClassification c) {
        Evidence e = c.evidence();
        List<String> parts = new ArrayList<>();
        if (c.pinnedBy() != null) {
            parts.add("pinned by " + c.pinnedBy());
        }
        if (c.reviewNeeded()) {
            parts.add("REVIEW NEEDED");
        }
        if (e.rule() != null) {
            parts.add("rule " + e.rule());
        }
        if (e.nameMatch() != null) {
            parts.add("name '" + e.nameMatch() + "'");
        }
        if (e.valueRule() != null) {
            String which = e.valueRule().equals(e.rule()) ? "" : e.valueRule() + " ";
            parts.add(String.format(Locale.ROOT, "values %s%.0f%%", which, 100 * e.valueMatchRatio()));
        }
        parts.add(e.sampled() + " sampled");
        if (!e.embeddedIdentifiers().isEmpty()) {
            parts.add("embedded " + e.embeddedIdentifiers());
        }
        return String.join(", ", parts);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
