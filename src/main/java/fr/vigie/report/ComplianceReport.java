package fr.vigie.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.vigie.bias.BiasReport;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.export.ExportSummary;
import fr.vigie.ingest.DocumentResult;
import fr.vigie.ingest.IngestResult;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance report of a run: {@code report.json} is this record written by Jackson, {@code report.html}
 * ({@link HtmlReport}) and {@code vigie report} ({@link TerminalSummary}) render the same record. It is built
 * from the stages' typed results ({@link #of}); no raw value enters (stage results carry none, and the
 * profile's minimum and maximum are withheld for personal columns). A section a run did not reach is absent.
 *
 * @param ingest         what ingestion did, with the column profile
 * @param classification what each column is
 * @param anonymisation  one entry per partner
 * @param bias           the bias scan; absent when the job does not scan
 * @param documents      the documents of a document job
 * @param exports        one line per partner's package
 * @param laws           the ten laws as a checklist of what this run shows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplianceReport(RunHeader run, IngestResult ingest, ClassificationResult classification,
        List<AnonymisationEntry> anonymisation, BiasReport bias, List<DocumentResult> documents,
        List<ExportSummary> exports, Quarantine quarantine, List<Alert> alerts, Summary summary, Footprint footprint,
        List<AuditLine> audit, List<LawCheck> laws) {

    /** Writes and reads reports; reading is lenient (a field an older report lacks reads as its default). */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public ComplianceReport {
        anonymisation = anonymisation == null ? List.of() : List.copyOf(anonymisation);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        audit = audit == null ? List.of() : List.copyOf(audit);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    /** The report of a run from its header, the stages' results, its footprint and its audit entries. */
    public static ComplianceReport of(RunHeader run, StageResults stages, Footprint footprint, List<AuditLine> audit) {
        IngestResult ingest = stages.ingest() == null ? null
                : stages.ingest().withMinMaxWithheld(stages::withholdsExtremesOf);
        List<AnonymisationEntry> anonymisation = stages.anonymisation().stream().map(AnonymisationEntry::of).toList();
        List<Alert> alerts = Alerts.of(stages);
        ComplianceReport report = new ComplianceReport(run, ingest, stages.classification(), anonymisation,
                stages.bias(), stages.documents(), stages.exports(), Quarantine.of(stages.ingest()), alerts,
                Summary.of(run, stages, alerts), footprint, audit, List.of());
        return report.withLaws(TenLaws.evaluate(report));
    }

    /** The same report with another checklist. */
    public ComplianceReport withLaws(List<LawCheck> checks) {
        return new ComplianceReport(run, ingest, classification, anonymisation, bias, documents, exports, quarantine,
                alerts, summary, footprint, audit, checks);
    }

    /** The report as {@code report.json} holds it. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** A report from its JSON tree (after a transformation of the tree, say). */
    public static ComplianceReport fromTree(JsonNode tree) {
        return JSON.treeToValue(tree, ComplianceReport.class);
    }

    /** Reads a {@code report.json}. */
    public static ComplianceReport read(Path file) {
        return JSON.readValue(file.toFile(), ComplianceReport.class);
    }

    /** The overall status of the run; {@link TrafficLight#RED} for a report without a summary. */
    public TrafficLight light() {
        return summary == null ? TrafficLight.RED : summary.status();
    }
}
