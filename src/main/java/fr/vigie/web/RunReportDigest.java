package fr.vigie.web;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.job.RunWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * What the review page shows from a run's {@code report.json}: its traffic light, the alerts, and one
 * partner's guarantees and column treatments. The one place the console reads the report.
 *
 * @param light GREEN, AMBER or RED; {@code UNREADABLE} when the report is missing or unreadable
 * @param guarantees the partner's anonymisation; null when the report has none for the partner
 */
record RunReportDigest(String light, String headline, List<String> needsDecision, List<Alert> alerts,
        Guarantees guarantees) {

    /** A classification or run alert of the report. */
    record Alert(String level, String code, String message) {
    }

    /** One constraint of the policy and what the anonymisation achieved. */
    record Model(String model, Double required, Double achieved) {
    }

    /** What the partner's package guarantees, from the anonymisation section of the report. */
    record Guarantees(String policy, long rowsIn, long rowsReleased, long suppressedRows, double suppressionLimit,
            Integer k, Double l, Double t, Integer classes, List<Model> models, Risk riskBefore, Risk riskAfter,
            Double utilityLoss, Map<String, ColumnTreatment> columns) {
    }

    /** Re-identification risk (prosecutor model) on the released rows. */
    record Risk(Double highest, Double average, Double recordsAtRisk, Double threshold) {
    }

    private static final TypeReference<LinkedHashMap<String, ColumnTreatment>> COLUMNS = new TypeReference<>() {
    };

    static RunReportDigest read(Path reportJson, String partner) {
        JsonNode report;
        try {
            report = Files.isRegularFile(reportJson) ? RunWorkspace.JSON.readTree(reportJson.toFile()) : null;
        } catch (RuntimeException e) {
            report = null;
        }
        if (report == null) {
            return new RunReportDigest("UNREADABLE", "the run's report cannot be read", List.of(), List.of(), null);
        }
        JsonNode summary = report.path("summary");
        List<String> decisions = new ArrayList<>();
        summary.path("needsDecision").forEach(d -> decisions.add(d.asString()));
        List<Alert> alerts = new ArrayList<>();
        report.path("alerts").forEach(a -> alerts.add(new Alert(a.path("level").asString(""),
                a.path("code").asString(""), a.path("message").asString(""))));
        Guarantees guarantees = null;
        for (JsonNode entry : report.path("anonymisation")) {
            if (partner.equals(entry.path("partner").asString())) {
                guarantees = guarantees(entry);
            }
        }
        return new RunReportDigest(summary.path("status").asString("UNREADABLE"), summary.path("headline").asString(""),
                decisions, alerts, guarantees);
    }

    private static Guarantees guarantees(JsonNode entry) {
        JsonNode g = entry.path("guarantees");
        List<Model> models = new ArrayList<>();
        g.path("models").forEach(m -> models.add(new Model(m.path("model").asString(""), number(m.path("required")),
                number(m.path("achieved")))));
        Map<String, ColumnTreatment> columns = RunWorkspace.JSON.convertValue(entry.path("columns"), COLUMNS);
        return new Guarantees(entry.path("policy").asString(""), entry.path("rowsIn").asLong(),
                entry.path("rowsReleased").asLong(), entry.path("suppressedRows").asLong(),
                entry.path("suppressionLimit").asDouble(), integer(g.path("k")), number(g.path("l")),
                number(g.path("t")), integer(g.path("classes")), models, risk(entry.path("riskBefore")),
                risk(entry.path("riskAfter")), number(entry.path("utility").path("loss")), columns);
    }

    private static Risk risk(JsonNode risk) {
        return new Risk(number(risk.path("prosecutorMax")), number(risk.path("prosecutorAverage")),
                number(risk.path("recordsAtRisk")), number(risk.path("threshold")));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

}
