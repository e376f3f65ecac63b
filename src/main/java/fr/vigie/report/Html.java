package fr.vigie.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** HTML building blocks. Every piece of text from the report goes through {@link #esc}. */
final class Html {
    /** Above this many rows a table is cut, with a note: the report must stay readable and light. */
    static final int MAX_ROWS = 500;
    private static final int MAX_DEPTH = 4;

    /** French labels for the report's field names; unknown names are shown as they are. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Identifiant"), Map.entry("job", "Traitement"), Map.entry("jobFile", "Fichier du traitement"),
            Map.entry("dataset", "Jeu de données"), Map.entry("department", "Direction"),
            Map.entry("description", "Description"), Map.entry("purpose", "Finalité"),
            Map.entry("startedAt", "Début"), Map.entry("finishedAt", "Fin"), Map.entry("status", "Statut"),
            Map.entry("source", "Source"), Map.entry("format", "Format"), Map.entry("dialect", "Dialecte"),
            Map.entry("rowsRead", "Lignes lues"), Map.entry("rowsAccepted", "Lignes acceptées"),
            Map.entry("rowsQuarantined", "Lignes en quarantaine"), Map.entry("sensitivity", "Sensibilité"),
            Map.entry("domains", "Domaines"), Map.entry("crossesHealthAndFinance", "Croise santé et finances"),
            Map.entry("dpiaRequired", "AIPD requise"), Map.entry("recordOfProcessing", "Registre des traitements"),
            Map.entry("policy", "Politique"), Map.entry("rowsIn", "Lignes en entrée"),
            Map.entry("rowsReleased", "Lignes publiées"), Map.entry("suppressedRows", "Lignes supprimées"),
            Map.entry("k", "k (plus petite classe)"), Map.entry("classes", "Classes d'équivalence"),
            Map.entry("l", "l-diversité"), Map.entry("t", "t-proximité"),
            Map.entry("prosecutorMax", "Risque procureur max."), Map.entry("prosecutorAverage", "Risque procureur moyen"),
            Map.entry("recordsAtRisk", "Part d'enregistrements à risque"),
            Map.entry("sampleUniqueness", "Unicité dans l'échantillon"), Map.entry("marketer", "Risque « marketeur »"),
            Map.entry("loss", "Perte d'utilité"), Map.entry("perAttribute", "Par attribut"),
            Map.entry("encoding", "Encodage"), Map.entry("delimiter", "Séparateur"), Map.entry("header", "En-tête"),
            Map.entry("rows", "Lignes"), Map.entry("ratio", "Part"), Map.entry("maxRatio", "Part maximale admise"),
            Map.entry("file", "Fichier"), Map.entry("partner", "Partenaire"), Map.entry("path", "Chemin"),
            Map.entry("manifestSha256", "SHA-256 du manifeste"), Map.entry("controller", "Responsable"),
            Map.entry("legalBasis", "Base légale"), Map.entry("retention", "Durée de conservation"),
            Map.entry("recipients", "Destinataires"), Map.entry("categories", "Catégories"),
            Map.entry("wattsPerCore", "Puissance par cœur (W)"), Map.entry("wattsPerGiB", "Puissance par Gio de mémoire (W)"),
            Map.entry("pue", "PUE du centre de données"),
            Map.entry("gridGramsCo2ePerKWh", "Intensité carbone du réseau (gCO2e/kWh)"));

    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not valid in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text or an em dash when absent. */
    static String escOrDash(String text) {
        return text == null || text.isEmpty() ? "—" : esc(text);
    }

    static String label(String key) {
        return esc(labelText(key));
    }

    /** The French label of a field name, unescaped (for SVG text, which escapes on its own). */
    static String labelText(String key) {
        return LABELS.getOrDefault(key, key);
    }

    static String h2(String id, String french, String english) {
        return "<h2 id=\"" + esc(id) + "-title\">" + esc(french)
                + (english == null ? "" : " <span class=\"en\">/ " + esc(english) + "</span>") + "</h2>";
    }

    static String badge(String text, String tone) {
        return "<span class=\"badge b-" + tone + "\">" + esc(text) + "</span>";
    }

    /** A table; cells are HTML already escaped by the caller; {@code numeric} marks right-aligned columns. */
    static String table(List<String> headers, List<List<String>> rows, Set<Integer> numeric) {
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            out.append(numeric.contains(i) ? "<th class=\"num\">" : "<th>").append(headers.get(i)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        int shown = Math.min(rows.size(), MAX_ROWS);
        for (List<String> row : rows.subList(0, shown)) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(numeric.contains(i) ? "<td class=\"num\">" : "<td>").append(row.get(i)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
        if (rows.size() > shown) {
            out.append("<p class=\"note\">").append(rows.size() - shown)
                    .append(" ligne(s) supplémentaire(s) non affichée(s) ; voir report.json.</p>");
        }
        return out.toString();
    }

    /**
     * A definition list of every field of a record of the report (as its JSON has them), labelled in French
     * where known: the fields a section does not lay out itself, shown without reading any by name.
     */
    static String keyValues(Object record) {
        return keyValues(record, Set.of());
    }

    /** The same, without the fields a section shows otherwise. */
    static String keyValues(Object record, Set<String> skip) {
        return record == null ? "" : keyValues(ComplianceReport.JSON.valueToTree(record), skip, 0);
    }

    private static String keyValues(JsonNode object, Set<String> skip, int depth) {
        if (object == null || !object.isObject() || object.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (var entry : object.properties()) {
            if (skip.contains(entry.getKey())) {
                continue;
            }
            out.append("<dt>").append(label(entry.getKey())).append("</dt><dd>")
                    .append(value(entry.getValue(), depth + 1)).append("</dd>");
        }
        return out.isEmpty() ? "" : "<dl class=\"kv\">" + out + "</dl>";
    }

    /** Any value of the report, rendered generically: scalars as text, lists joined or tabulated, objects as lists. */
    static String value(Object value) {
        return value(ComplianceReport.JSON.valueToTree(value), 0);
    }

    private static String value(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "—";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "oui" : "non";
        }
        if (node.isNumber()) {
            return esc(Numbers.format(node.asDouble(), 4));
        }
        if (node.isValueNode()) {
            return escOrDash(node.asString());
        }
        if (depth >= MAX_DEPTH) {
            return "<code>" + esc(abbreviate(node.toString(), 300)) + "</code>";
        }
        if (node.isArray()) {
            return array(node, depth);
        }
        return keyValues(node, Set.of(), depth);
    }

    private static String array(JsonNode array, int depth) {
        if (array.isEmpty()) {
            return "—";
        }
        boolean allScalars = true;
        boolean allObjects = true;
        for (JsonNode item : array) {
            allScalars &= item.isValueNode();
            allObjects &= item.isObject();
        }
        if (allScalars) {
            List<String> parts = new ArrayList<>();
            array.forEach(item -> parts.add(value(item, depth + 1)));
            return String.join(", ", parts);
        }
        if (allObjects) {
            Set<String> keys = new LinkedHashSet<>();
            array.forEach(item -> keys.addAll(item.propertyNames()));
            List<String> headers = keys.stream().map(Html::label).toList();
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode item : array) {
                rows.add(keys.stream().map(k -> value(item.path(k), depth + 1)).toList());
            }
            return table(headers, rows, Set.of());
        }
        StringBuilder out = new StringBuilder("<ul>");
        array.forEach(item -> out.append("<li>").append(value(item, depth + 1)).append("</li>"));
        return out.append("</ul>").toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** A small horizontal gauge for a ratio in [0, 1], followed by its percentage. */
    static String gauge(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        double clamped = Math.max(0, Math.min(1, ratio));
        return "<span class=\"gauge\"><span class=\"bar\"><span style=\"width:" + Math.round(clamped * 100)
                + "%\"></span></span>" + esc(Numbers.percent(ratio)) + "</span>";
    }

    static String kpi(String value, String label) {
        return "<div class=\"kpi\"><div class=\"v\">" + esc(value) + "</div><div class=\"l\">" + esc(label)
                + "</div></div>";
    }
}
