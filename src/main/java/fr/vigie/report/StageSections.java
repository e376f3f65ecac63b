package fr.vigie.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The report sections that are mostly tables: run, profile, classification, alerts, exports, quarantine... */
final class StageSections {
    private StageSections() {
    }

    static String run(JsonNode root) {
        JsonNode run = root.path("run");
        JsonNode ingest = root.path("ingest");
        if (!J.present(run) && !J.present(ingest)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("run", "Traitement et jeu de données", "Run and dataset"));
        out.append("<div class=\"cards\"><div class=\"card\"><h3>Traitement <span class=\"en\">/ Run</span></h3>")
                .append(Html.keyValues(run)).append("</div>");
        if (J.present(ingest)) {
            out.append("<div class=\"card\"><h3>Lecture <span class=\"en\">/ Ingest</span></h3>")
                    .append(Html.keyValues(ingest, Set.of("profile"))).append("</div>");
        }
        return out.append("</div>").toString();
    }

    static String ingest(JsonNode root) {
        List<JsonNode> columns = J.items(root, "ingest.profile.columns");
        if (columns.isEmpty()) {
            return "";
        }
        Set<String> identifying = new HashSet<>();
        for (JsonNode c : J.items(root, "classification.columns")) {
            if ("IDENTIFYING".equals(J.upper(J.text(c, "attributeType")))) {
                identifying.add(J.text(c, "name", ""));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode column : columns) {
            String name = J.text(column, "name", "");
            // Extremes of a direct identifier would be a person's value: never shown.
            boolean mask = identifying.contains(name);
            rows.add(List.of(
                    "<code>" + Html.esc(name) + "</code>",
                    Html.escOrDash(J.text(column, "inferredType")),
                    Html.gauge(J.number(column, "nullRatio")),
                    Html.esc(J.format(J.number(column, "distinctEstimate"), 0)),
                    mask ? "<span class=\"muted\">masqué</span>" : Html.escOrDash(J.text(column, "min")),
                    mask ? "<span class=\"muted\">masqué</span>" : Html.escOrDash(J.text(column, "max")),
                    patterns(column)));
        }
        return Html.h2("ingest", "Profil des colonnes", "Column profile")
                + Html.table(List.of("Colonne", "Type déduit", "Valeurs manquantes", "Valeurs distinctes (est.)",
                        "Min", "Max", "Motifs fréquents"), rows, Set.of(3));
    }

    private static String patterns(JsonNode column) {
        List<String> parts = new ArrayList<>();
        for (JsonNode pattern : J.items(column, "topPatterns")) {
            parts.add("<code>" + Html.esc(J.text(pattern, "pattern", "")) + "</code> ("
                    + Html.esc(J.format(J.number(pattern, "count"), 0)) + ")");
            if (parts.size() == 3) {
                break;
            }
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    static String classification(JsonNode root) {
        JsonNode classification = root.path("classification");
        if (!J.present(classification)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("classification", "Classification des colonnes",
                "Column classification"));
        JsonNode dataset = classification.path("dataset");
        if (J.present(dataset)) {
            out.append("<div class=\"kpis\">")
                    .append(Html.kpi(J.text(dataset, "sensitivity", "—"), "sensibilité du jeu"))
                    .append(Html.kpi(String.join(", ", J.strings(dataset, "domains")).isEmpty() ? "aucun"
                            : String.join(", ", J.strings(dataset, "domains")), "domaines sensibles"))
                    .append(Html.kpi(yesNo(dataset, "crossesHealthAndFinance"), "croise santé et finances"))
                    .append(Html.kpi(yesNo(dataset, "dpiaRequired"), "AIPD requise"))
                    .append(Html.kpi(subjectLabel(J.text(dataset, "dataSubject")), "une ligne décrit"))
                    .append("</div>");
            out.append(Html.keyValues(dataset, Set.of("sensitivity", "domains", "crossesHealthAndFinance",
                    "dpiaRequired", "dataSubject")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode column : J.items(classification, "columns")) {
            rows.add(List.of(
                    "<code>" + Html.esc(J.text(column, "name", "")) + "</code>",
                    attributeBadge(J.upper(J.text(column, "attributeType")))
                            + (J.isTrue(column, "reviewNeeded") ? " " + Html.badge("à confirmer", "amber") : ""),
                    Html.escOrDash(J.text(column, "infoType")),
                    Html.escOrDash(J.text(column, "domain")),
                    Html.escOrDash(J.text(column, "protectedAttribute")),
                    Html.gauge(J.number(column, "confidence")),
                    evidence(column.path("evidence")),
                    Html.escOrDash(J.text(column, "pinnedBy"))));
        }
        if (!rows.isEmpty()) {
            out.append(Html.table(List.of("Colonne", "Type d'attribut", "Type d'information", "Domaine",
                    "Attribut protégé", "Confiance", "Éléments de preuve", "Fixé par"), rows, Set.of()));
        }
        return out.toString();
    }

    /** What a row describes, in French (the report's language), the code in brackets. */
    private static String subjectLabel(String subject) {
        if (subject == null) {
            return "—";
        }
        return switch (subject) {
            case "PERSON" -> "une personne";
            case "ORGANISATION" -> "une organisation";
            case "PLACE" -> "un lieu";
            case "MIXED" -> "personnes et organisations";
            default -> subject;
        } + " (" + subject + ")";
    }

    private static String yesNo(JsonNode node, String field) {
        return J.present(node.path(field)) ? (J.isTrue(node, field) ? "oui" : "non") : "—";
    }

    static String attributeBadge(String type) {
        if (type == null) {
            return "—";
        }
        return switch (type) {
            case "IDENTIFYING" -> Html.badge("Identifiant direct", "red");
            case "QUASI_IDENTIFYING" -> Html.badge("Quasi-identifiant", "amber");
            case "SENSITIVE" -> Html.badge("Sensible", "blue");
            case "INSENSITIVE" -> Html.badge("Non sensible", "grey");
            default -> Html.badge(type, "grey");
        };
    }

    private static String evidence(JsonNode evidence) {
        if (!evidence.isObject()) {
            return Html.value(evidence);
        }
        List<String> parts = new ArrayList<>();
        String name = J.text(evidence, "nameMatch");
        if (name != null) {
            parts.add("nom : <code>" + Html.esc(name) + "</code>");
        }
        double ratio = J.number(evidence, "valueMatchRatio");
        if (!Double.isNaN(ratio)) {
            double sampled = J.number(evidence, "sampled");
            parts.add("valeurs : " + Html.esc(J.percent(ratio))
                    + (Double.isNaN(sampled) ? "" : " sur " + Html.esc(J.format(sampled, 0)) + " échantillons"));
        }
        String rule = J.text(evidence, "rule");
        if (rule != null) {
            parts.add("règle : <code>" + Html.esc(rule) + "</code>");
        }
        for (var entry : evidence.properties()) {
            if (!Set.of("nameMatch", "valueMatchRatio", "sampled", "rule").contains(entry.getKey())) {
                parts.add(Html.label(entry.getKey()) + " : " + Html.value(entry.getValue()));
            }
        }
        return parts.isEmpty() ? "—" : String.join("<br>", parts);
    }

    static String alerts(JsonNode root) {
        List<JsonNode> alerts = J.items(root, "alerts");
        if (!J.present(root.path("alerts"))) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("alerts", "Alertes", "Alerts"));
        if (alerts.isEmpty()) {
            return out.append("<p>Aucune alerte.</p>").toString();
        }
        out.append("<ul class=\"alerts\">");
        for (JsonNode alert : alerts) {
            String level = J.text(alert, "level", "info").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            out.append("<li class=\"l-").append(level).append("\"><strong>")
                    .append(Html.esc(J.text(alert, "level", "INFO"))).append("</strong> ");
            String code = J.text(alert, "code");
            if (code != null) {
                out.append("<code>").append(Html.esc(code)).append("</code> ");
            }
            out.append(Html.escOrDash(J.text(alert, "message"))).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    static String exports(JsonNode root) {
        if (!J.present(root.path("exports"))) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("exports", "Exports vers les partenaires", "Partner exports"));
        List<JsonNode> exports = J.items(root, "exports");
        if (exports.isEmpty()) {
            return out.append("<p>Aucun export dans ce run.</p>").toString();
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode export : exports) {
            String sha = J.text(export, "manifestSha256");
            rows.add(List.of(Html.escOrDash(J.text(export, "partner")),
                    exportBadge(J.upper(J.text(export, "status"))),
                    Html.esc(J.format(J.number(export, "rows"), 0)),
                    "<code>" + Html.escOrDash(J.text(export, "path")) + "</code>",
                    sha == null ? "—" : "<code title=\"" + Html.esc(sha) + "\">" + Html.esc(shortHash(sha)) + "</code>"));
        }
        out.append("<p class=\"note\">Aucun export ne quitte le stockage local sans approbation enregistrée du DPO "
                + "(<code>vigie approve</code>).</p>");
        return out.append(Html.table(List.of("Partenaire", "Statut", "Lignes", "Dossier", "SHA-256 du manifeste"),
                rows, Set.of(2))).toString();
    }

    static String exportBadge(String status) {
        if (status == null) {
            return "—";
        }
        return switch (status) {
            case "PENDING_REVIEW" -> Html.badge("En attente de revue", "amber");
            case "APPROVED" -> Html.badge("Approuvé", "green");
            case "RELEASED" -> Html.badge("Transmis", "green");
            case "REJECTED" -> Html.badge("Rejeté", "red");
            default -> Html.badge(status, "grey");
        };
    }

    static String quarantine(JsonNode root) {
        JsonNode quarantine = root.path("quarantine");
        if (!J.present(quarantine)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("quarantine", "Quarantaine", "Quarantined rows"));
        double rows = J.number(quarantine, "rows");
        double ratio = J.number(quarantine, "ratio");
        double max = J.number(quarantine, "maxRatio");
        boolean over = !Double.isNaN(ratio) && !Double.isNaN(max) && ratio > max;
        out.append("<div class=\"kpis\">").append(Html.kpi(J.format(rows, 0), "lignes mises de côté"))
                .append(Html.kpi(J.percent(ratio), "part des lignes lues"))
                .append(Html.kpi(J.percent(max), "part maximale admise")).append("</div>");
        if (over) {
            out.append("<p>").append(Html.badge("Seuil dépassé / threshold exceeded", "red")).append("</p>");
        }
        double read = J.number(root, "ingest.rowsRead");
        double accepted = J.firstNumber(root, "ingest.rowsAccepted");
        if (Double.isNaN(accepted) && !Double.isNaN(read) && !Double.isNaN(rows)) {
            accepted = read - rows;
        }
        if (!Double.isNaN(accepted) && !Double.isNaN(rows)) {
            out.append(Charts.stackedBar("Lignes acceptées et en quarantaine", List.of(
                    new Charts.Segment("Acceptées / accepted (" + J.format(accepted, 0) + ")", accepted,
                            Charts.ACCEPTED),
                    new Charts.Segment("Quarantaine / quarantined (" + J.format(rows, 0) + ")", rows,
                            Charts.QUARANTINED)), max, "max " + J.percent(max)));
        }
        JsonNode reasons = quarantine.path("reasons");
        if (reasons.isObject() && !reasons.isEmpty()) {
            List<List<String>> table = new ArrayList<>();
            List<java.util.Map.Entry<String, JsonNode>> entries = new ArrayList<>(reasons.properties());
            entries.sort(Comparator.comparingDouble((java.util.Map.Entry<String, JsonNode> e) ->
                    e.getValue().asDouble()).reversed());
            for (var entry : entries) {
                table.add(List.of(Html.esc(entry.getKey()), Html.value(entry.getValue())));
            }
            out.append(Html.table(List.of("Motif", "Lignes"), table, Set.of(1)));
        }
        String file = J.text(quarantine, "file");
        if (file != null) {
            out.append("<p class=\"note\">Lignes conservées pour correction dans <code>").append(Html.esc(file))
                    .append("</code> (jamais supprimées silencieusement).</p>");
        }
        return out.toString();
    }

    static String footprint(JsonNode root) {
        JsonNode footprint = root.path("footprint");
        if (!J.present(footprint)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("footprint", "Empreinte du run", "Run footprint"));
        out.append("<div class=\"kpis\">")
                .append(Html.kpi(J.format(J.number(footprint, "cpuSeconds"), 2) + " s", "temps CPU"))
                .append(Html.kpi(J.format(J.number(footprint, "wallSeconds"), 2) + " s", "durée"))
                .append(Html.kpi(bytes(J.number(footprint, "bytesRead")), "lus"))
                .append(Html.kpi(bytes(J.number(footprint, "bytesWritten")), "écrits"))
                .append(Html.kpi(bytes(J.number(footprint, "peakMemoryBytes")), "mémoire (pic)"))
                .append(Html.kpi(J.format(J.number(footprint, "energyWh"), 3) + " Wh", "énergie (estimation)"))
                .append(Html.kpi(J.format(J.number(footprint, "co2eGrams"), 3) + " g", "CO2e (estimation)"))
                .append("</div>");
        JsonNode factors = footprint.path("factors");
        if (J.present(factors)) {
            out.append("<h3>Facteurs utilisés <span class=\"en\">/ Factors (configuration)</span></h3>")
                    .append(Html.keyValues(factors));
        }
        out.append("<p class=\"note\">Énergie = temps CPU × puissance par cœur + mémoire × durée × puissance par Gio, "
                + "× PUE ; CO2e = énergie × intensité carbone du réseau. Ordres de grandeur, pas des mesures.</p>");
        return out.toString();
    }

    static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String[] units = {"o", "Ko", "Mo", "Go", "To"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return J.format(Math.round(value * 10) / 10.0, 1) + " " + units[unit];
    }

    static String audit(JsonNode root) {
        if (!J.present(root.path("audit"))) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("audit", "Journal d'audit", "Audit trail"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode entry : J.items(root, "audit")) {
            String hash = J.text(entry, "hash");
            rows.add(List.of(Html.escOrDash(J.text(entry, "at")), Html.escOrDash(J.text(entry, "actor")),
                    Html.escOrDash(J.text(entry, "action")), Html.escOrDash(J.text(entry, "subject")),
                    hash == null ? "—" : "<code title=\"" + Html.esc(hash) + "\">" + Html.esc(shortHash(hash))
                            + "</code>"));
        }
        if (rows.isEmpty()) {
            return out.append("<p>Aucune entrée.</p>").toString();
        }
        out.append("<p class=\"note\">Chaque entrée porte l'empreinte de la précédente : "
                + "<code>vigie audit verify</code> détecte toute modification.</p>");
        return out.append(Html.table(List.of("Date", "Acteur", "Action", "Objet", "Empreinte"), rows, Set.of()))
                .toString();
    }

    static String others(JsonNode root, Set<String> known) {
        if (!root.isObject()) {
            return "";
        }
        StringBuilder body = new StringBuilder();
        for (var entry : root.properties()) {
            if (!known.contains(entry.getKey())) {
                body.append("<h3>").append(Html.esc(entry.getKey())).append("</h3>").append(Html.value(entry.getValue()));
            }
        }
        return body.isEmpty() ? "" : Html.h2("other", "Autres informations", "Other information") + body;
    }

    private static String shortHash(String hash) {
        return hash.length() <= 16 ? hash : hash.substring(0, 12) + "…";
    }
}
