package fr.vigie.job;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.Finding;
import fr.vigie.bias.Headline;
import fr.vigie.bias.Severity;
import fr.vigie.report.AnonymisationEntry;
import fr.vigie.report.Footprint;
import fr.vigie.report.TenLaws;
import fr.vigie.store.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles the compliance report of a run from the stage results in its work area: one JSON
 * document whose sections the HTML renderer and {@code vigie report} read. Raw values never enter:
 * stage results carry none, and profile minimum/maximum are withheld for personal columns.
 */
final class ReportAssembler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportAssembler() {
    }

    static ObjectNode assemble(RunContext run, Instant startedAt, String status, String failure,
            Footprint footprint) {
        RunWorkspace ws = run.workspace();
        ObjectNode report = NODES.objectNode();
        ObjectNode header = report.putObject("run");
        header.put("id", run.runId());
        header.put("job", run.job().id());
        header.put("jobFile", run.jobFile());
        header.put("dataset", run.job().id());
        header.put("department", run.job().department());
        header.put("description", run.job().description());
        header.put("purpose", run.job().purpose());
        header.put("controller", run.job().controller());
        header.put("startedAt", startedAt.toString());
        header.put("finishedAt", Instant.now().toString());
        header.put("status", status);
        if (failure != null) {
            header.put("failure", failure);
        }
        JsonNode classification = ws.tree(ClassifyStep.NAME).orElse(null);
        ws.tree(IngestStep.NAME).ifPresent(ingest -> report.set("ingest", ingest(ingest, classification)));
        if (classification != null) {
            report.set("classification", classification);
        }
        ArrayNode anonymisation = report.putArray("anonymisation");
        for (JobDefinition.Partner partner : run.job().partners()) {
            ws.tree(AnonymiseStep.name(partner)).map(AnonymisationEntry::of).ifPresent(anonymisation::add);
        }
        JsonNode biasTree = ws.tree(BiasStep.NAME).orElse(null);
        BiasReport bias = biasTree == null ? null : RunWorkspace.JSON.treeToValue(biasTree, BiasReport.class);
        if (biasTree != null) {
            report.set("bias", biasTree);
        }
        ws.tree(DocumentScanStep.NAME).ifPresent(documents -> report.set("documents", documents));
        ws.tree(ExportStep.NAME).ifPresent(exports -> report.set("exports", exports));
        report.set("quarantine", quarantine(report.path("ingest")));
        report.set("alerts", alerts(report));
        report.set("summary", summary(report, status, bias));
        report.set("footprint", footprint.toJson());
        report.set("audit", audit(run));
        report.set("laws", TenLaws.toJson(TenLaws.evaluate(report)));
        return report;
    }

    /** The ingest section, with the profile's min/max withheld for every column that is not INSENSITIVE. */
    private static JsonNode ingest(JsonNode ingest, JsonNode classification) {
        ObjectNode copy = (ObjectNode) ingest.deepCopy();
        Set<String> personal = new HashSet<>();
        if (classification != null) {
            for (JsonNode c : classification.path("columns")) {
                if (!"INSENSITIVE".equals(c.path("attributeType").asString())) {
                    personal.add(c.path("name").asString());
                }
            }
        }
        for (JsonNode column : copy.path("profile").path("columns")) {
            if (column instanceof ObjectNode o && (classification == null || personal.contains(o.path("name").asString()))) {
                o.put("min", (String) null);
                o.put("max", (String) null);
                o.put("minMaxWithheld", true);
            }
        }
        return copy;
    }

    private static JsonNode quarantine(JsonNode ingest) {
        ObjectNode q = NODES.objectNode();
        q.put("rows", ingest.path("rowsQuarantined").asLong(0));
        q.put("rowsRead", ingest.path("rowsRead").asLong(0));
        q.put("ratio", ingest.path("quarantineRatio").asDouble(0));
        q.put("maxRatio", ingest.path("maxQuarantineRatio").asDouble(0));
        q.set("reasons", ingest.path("quarantineReasons").deepCopy());
        if (ingest.hasNonNull("quarantineFile")) {
            q.put("file", ingest.path("quarantineFile").asString());
        }
        return q;
    }

    private static ArrayNode alerts(JsonNode report) {
        ArrayNode alerts = NODES.arrayNode();
        JsonNode dataset = report.path("classification").path("dataset");
        if (dataset.path("crossesHealthAndFinance").asBoolean(false)) {
            alert(alerts, "HIGH", "HEALTH_FINANCE_CROSSING", "Ce jeu croise données de santé et situation financière :"
                    + " la convention l'interdit sans avis du comité d'éthique. / Health and financial data are"
                    + " crossed: an ethics review is required.");
        }
        if (dataset.path("dpiaRequired").asBoolean(false)) {
            alert(alerts, "MEDIUM", "DPIA_REQUIRED", "Une analyse d'impact (AIPD) est requise avant tout usage."
                    + " / A data-protection impact assessment is required.");
        }
        List<String> protectedColumns = new ArrayList<>();
        for (JsonNode c : report.path("classification").path("columns")) {
            if (c.hasNonNull("protectedAttribute")) {
                protectedColumns.add(c.path("name").asString() + " (" + c.path("protectedAttribute").asString() + ")");
            }
        }
        if (!protectedColumns.isEmpty()) {
            alert(alerts, "INFO", "PROTECTED_ATTRIBUTES", "Attributs protégés présents / protected attributes present: "
                    + String.join(", ", protectedColumns));
        }
        for (JsonNode a : report.path("anonymisation")) {
            List<String> decisions = new ArrayList<>();
            List<String> overridden = new ArrayList<>();
            for (JsonNode d : a.path("disagreements")) {
                ("DECISION_REQUIRED".equals(d.path("resolution").asString()) ? decisions : overridden)
                        .add(d.path("column").asString());
            }
            if ("REFUSED".equals(a.path("status").asString()) && !decisions.isEmpty()) {
                alert(alerts, "HIGH", "POLICY_DECISION_REQUIRED", "Partenaire " + a.path("partner").asString()
                        + " : décision requise sur " + String.join(", ", decisions) + ", rien n'est exporté. / A"
                        + " decision is needed: " + a.path("message").asString(""));
            } else if ("REFUSED".equals(a.path("status").asString())) {
                alert(alerts, "HIGH", "POLICY_NOT_MET", "Partenaire " + a.path("partner").asString()
                        + " : politique non atteignable, rien n'est exporté. / Policy not met: "
                        + a.path("message").asString(""));
            }
            if (!overridden.isEmpty()) {
                alert(alerts, "INFO", "POLICY_OVERRIDES_CLASSIFICATION", "Partenaire " + a.path("partner").asString()
                        + " : la politique traite autrement que la classification " + String.join(", ", overridden)
                        + " (voir l'anonymisation). / The policy overrides the classification of these columns.");
            }
        }
        int withPersonalData = 0;
        int unreadable = 0;
        for (JsonNode d : report.path("documents")) {
            withPersonalData += d.path("personalData").isEmpty() ? 0 : 1;
            unreadable += d.hasNonNull("unreadable") ? 1 : 0;
        }
        if (withPersonalData > 0) {
            alert(alerts, "MEDIUM", "PERSONAL_DATA_IN_DOCUMENTS", withPersonalData + " document(s) contiennent des"
                    + " données personnelles / contain personal data (counts per type in the documents section)");
        }
        if (unreadable > 0) {
            alert(alerts, "LOW", "UNREADABLE_DOCUMENTS", unreadable + " document(s) illisible(s) / unreadable");
        }
        long quarantined = report.path("ingest").path("rowsQuarantined").asLong(0);
        if (quarantined > 0) {
            alert(alerts, "LOW", "ROWS_QUARANTINED", quarantined + " ligne(s) en quarantaine / row(s) quarantined");
        }
        return alerts;
    }

    private static void alert(ArrayNode alerts, String level, String code, String message) {
        ObjectNode a = alerts.addObject();
        a.put("level", level);
        a.put("code", code);
        a.put("message", message);
    }

    /**
     * The traffic light and what needs a decision: first the strongest disadvantage of each protected
     * column the bias scan was asked about, then exports to approve, high alerts, other severe findings.
     */
    private static JsonNode summary(JsonNode report, String runStatus, BiasReport bias) {
        ObjectNode summary = NODES.objectNode();
        ArrayNode decisions = summary.putArray("needsDecision");
        boolean red = !"COMPLETED".equals(runStatus);
        boolean amber = false;
        List<String> headlined = new ArrayList<>();
        if (bias != null) {
            for (Headline h : bias.summary()) {
                decisions.add(h.messageFr());
                headlined.add(h.findingId());
            }
        }
        for (JsonNode e : report.path("exports")) {
            if ("PENDING_REVIEW".equals(e.path("status").asString())) {
                decisions.add("Approuver ou rejeter l'export pour " + e.path("partner").asString()
                        + " (vigie approve / vigie reject)");
            }
        }
        // Columns classified SENSITIVE as a precaution: someone decides (a pin in the job file).
        for (JsonNode c : report.path("classification").path("columns")) {
            if (c.path("reviewNeeded").asBoolean(false)) {
                amber = true;
                decisions.add("Colonne « " + c.path("name").asString() + " » classée " + c.path("attributeType").asString()
                        + " (" + c.path("infoType").asString("?") + ") par précaution, confiance "
                        + c.path("confidence").asString() + " : confirmer ou corriger (columns: du fichier du job)."
                        + " / Column classified as a precaution: confirm or pin it in the job file.");
            }
        }
        for (JsonNode alert : report.path("alerts")) {
            String level = alert.path("level").asString();
            if (level.equals("HIGH")) {
                amber = true;
                decisions.add(alert.path("message").asString());
            } else if (level.equals("MEDIUM")) {
                amber = true;
            }
        }
        for (Finding f : bias == null ? List.<Finding>of() : bias.findings()) {
            red |= f.severity() == Severity.BLOCKING;
            if (f.severity().compareTo(Severity.HIGH) >= 0) {
                amber = true;
                if (!headlined.contains(f.id())) {
                    decisions.add("Biais : " + f.messageFr());
                }
            }
            amber |= headlined.contains(f.id());
        }
        String light = red ? "RED" : amber ? "AMBER" : "GREEN";
        summary.put("status", light);
        summary.put("headline", headline(report, runStatus, light));
        return summary;
    }

    private static String headline(JsonNode report, String runStatus, String light) {
        JsonNode ingest = report.path("ingest");
        int exports = report.path("exports").size();
        return String.format(java.util.Locale.ROOT, "Run %s: %d rows read, %d accepted, %d quarantined; %d export(s)"
                + " pending review; status %s", runStatus.toLowerCase(), ingest.path("rowsRead").asLong(0),
                ingest.path("rowsAccepted").asLong(0), ingest.path("rowsQuarantined").asLong(0), exports, light);
    }

    private static ArrayNode audit(RunContext run) {
        ArrayNode entries = NODES.arrayNode();
        for (AuditEntry e : run.audit().mentioning(run.runId())) {
            ObjectNode n = entries.addObject();
            n.put("seq", e.seq());
            n.put("at", e.at().toString());
            n.put("actor", e.actor());
            n.put("action", e.action());
            n.put("subject", e.subject());
            n.put("details", e.details());
            n.put("hash", e.hash());
        }
        return entries;
    }
}
