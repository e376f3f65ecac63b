package fr.vigie.report;

import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.classify.DataSubject;
import fr.vigie.classify.DatasetClassification;
import fr.vigie.classify.Evidence;
import fr.vigie.export.ExportSummary;
import fr.vigie.ingest.ColumnProfile;
import fr.vigie.ingest.CsvDialect;
import fr.vigie.ingest.DocumentResult;
import fr.vigie.ingest.IngestResult;
import fr.vigie.ingest.PatternCount;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The report sections that are mostly tables: run, profile, classification, alerts, exports, quarantine... */
final class StageSections {
    private static final Map<String, String> SENSITIVITY = Map.of("LOW", "faible", "MEDIUM", "moyenne",
            "HIGH", "élevée", "VERY_HIGH", "très élevée", "NONE", "aucune");
    private static final Map<Domain, String> DOMAINS = Map.of(Domain.HEALTH, "santé", Domain.FINANCIAL, "finances",
            Domain.SPECIAL_CATEGORY, "catégorie particulière (art. 9)", Domain.OFFENCE, "infractions");

    private StageSections() {
    }

    static String run(ComplianceReport report) {
        if (report.run() == null && report.ingest() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("run", "Traitement et jeu de données", "Run and dataset"));
        out.append("<div class=\"cards\"><div class=\"card\"><h3>Traitement <span class=\"en\">/ Run</span></h3>")
                .append(Html.keyValues(report.run())).append("</div>");
        IngestResult ingest = report.ingest();
        if (ingest != null) {
            out.append("<div class=\"card\"><h3>Lecture <span class=\"en\">/ Ingest</span></h3>")
                    .append(Html.keyValues(ingest, Set.of("profile", "dialect"))).append(dialect(ingest.dialect()))
                    .append("</div>");
        }
        return out.append("</div>").toString();
    }

    /** The CSV dialect, its codes spelled out (a DPO reads « CRLF (Windows) », not an escape). */
    private static String dialect(CsvDialect dialect) {
        if (dialect == null) {
            return "";
        }
        String lineEnding = switch (dialect.lineEnding() == null ? "" : dialect.lineEnding()) {
            case "\r\n" -> "CRLF (Windows)";
            case "\n" -> "LF (Unix)";
            case "\r" -> "CR";
            default -> "autre / other";
        };
        return "<dl class=\"kv\"><dt>" + Html.label("dialect") + "</dt><dd>" + Html.esc(dialect.charset().name())
                + ", séparateur <code>" + Html.esc(String.valueOf(dialect.separator())) + "</code>, guillemet <code>"
                + Html.esc(dialect.quote() == null ? "—" : String.valueOf(dialect.quote())) + "</code>, en-tête ligne "
                + dialect.headerLine() + (dialect.bom() ? ", BOM" : "") + ", fins de ligne " + Html.esc(lineEnding)
                + "</dd></dl>";
    }

    static String ingest(ComplianceReport report) {
        if (report.ingest() == null || report.ingest().profile() == null) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ColumnProfile column : report.ingest().profile().columns()) {
            // Extremes of a personal column would be a person's value: withheld by the report itself.
            String masked = "<span class=\"muted\">masqué</span>";
            rows.add(List.of(
                    "<code>" + Html.esc(column.name()) + "</code>",
                    Html.escOrDash(column.inferredType() == null ? null : column.inferredType().name()),
                    Html.gauge(column.nullRatio()),
                    Html.esc(Numbers.format(column.distinctEstimate(), 0)),
                    column.minMaxWithheld() ? masked : Html.escOrDash(column.min()),
                    column.minMaxWithheld() ? masked : Html.escOrDash(column.max()),
                    patterns(column.topPatterns())));
        }
        return Html.h2("ingest", "Profil des colonnes", "Column profile")
                + Html.table(List.of("Colonne", "Type déduit", "Valeurs manquantes", "Valeurs distinctes (est.)",
                        "Min", "Max", "Motifs fréquents"), rows, Set.of(3));
    }

    private static String patterns(List<PatternCount> patterns) {
        List<String> parts = patterns.stream().limit(3).map(p -> "<code>" + Html.esc(p.pattern()) + "</code> ("
                + Html.esc(Numbers.format(p.count(), 0)) + ")").toList();
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    static String classification(ComplianceReport report) {
        ClassificationResult classification = report.classification();
        if (classification == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("classification", "Classification des colonnes",
                "Column classification"));
        DatasetClassification dataset = classification.dataset();
        if (dataset != null) {
            String domains = String.join(", ", dataset.domains().stream().map(d -> DOMAINS.getOrDefault(d, d.name()))
                    .toList());
            out.append("<div class=\"kpis\">")
                    .append(Html.kpi(dataset.sensitivity() == null ? "—"
                            : SENSITIVITY.getOrDefault(dataset.sensitivity().name(), dataset.sensitivity().name()),
                            "sensibilité du jeu"))
                    .append(Html.kpi(domains.isEmpty() ? "aucun" : domains, "domaines sensibles"))
                    .append(Html.kpi(dataset.crossesHealthAndFinance() ? "oui" : "non", "croise santé et finances"))
                    .append(Html.kpi(dataset.dpiaRequired() ? "oui" : "non", "AIPD requise"))
                    .append(Html.kpi(subjectLabel(dataset.dataSubject()), "une ligne décrit"))
                    .append("</div>");
            out.append(Html.keyValues(dataset, Set.of("sensitivity", "domains", "crossesHealthAndFinance",
                    "dpiaRequired", "dataSubject")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ColumnClassification column : classification.columns()) {
            rows.add(List.of(
                    "<code>" + Html.esc(column.name()) + "</code>",
                    attributeBadge(column.attributeType())
                            + (column.reviewNeeded() ? " " + Html.badge("à confirmer", "amber") : ""),
                    Html.escOrDash(column.infoType()),
                    Html.escOrDash(column.domain() == null ? null : column.domain().name()),
                    Html.escOrDash(column.protectedAttribute() == null ? null : column.protectedAttribute().name()),
                    Html.gauge(column.confidence()),
                    evidence(column.evidence()),
                    Html.escOrDash(column.pinnedBy())));
        }
        if (!rows.isEmpty()) {
            out.append(Html.table(List.of("Colonne", "Type d'attribut", "Type d'information", "Domaine",
                    "Attribut protégé", "Confiance", "Éléments de preuve", "Fixé par"), rows, Set.of()));
        }
        return out.toString();
    }

    /** What a row describes, in French (the report's language), the code in brackets. */
    private static String subjectLabel(DataSubject subject) {
        if (subject == null) {
            return "—";
        }
        return switch (subject.name()) {
            case "PERSON" -> "une personne";
            case "ORGANISATION" -> "une organisation";
            case "PLACE" -> "un lieu";
            case "MIXED" -> "personnes et organisations";
            default -> subject.name();
        } + " (" + subject.name() + ")";
    }

    static String attributeBadge(AttributeType type) {
        if (type == null) {
            return "—";
        }
        return switch (type) {
            case IDENTIFYING -> Html.badge("Identifiant direct", "red");
            case QUASI_IDENTIFYING -> Html.badge("Quasi-identifiant", "amber");
            case SENSITIVE -> Html.badge("Sensible", "blue");
            case INSENSITIVE -> Html.badge("Non sensible", "grey");
        };
    }

    private static String evidence(Evidence evidence) {
        if (evidence == null) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        if (evidence.nameMatch() != null) {
            parts.add("nom : <code>" + Html.esc(evidence.nameMatch()) + "</code>");
        }
        if (evidence.sampled() > 0) {
            parts.add("valeurs : " + Html.esc(Numbers.percent(evidence.valueMatchRatio())) + " sur "
                    + Html.esc(Numbers.format(evidence.sampled(), 0)) + " échantillons");
        }
        if (evidence.rule() != null) {
            parts.add("règle : <code>" + Html.esc(evidence.rule()) + "</code>");
        }
        String rest = Html.keyValues(evidence, Set.of("nameMatch", "valueMatchRatio", "sampled", "rule"));
        return parts.isEmpty() && rest.isEmpty() ? "—" : String.join("<br>", parts) + rest;
    }

    static String alerts(ComplianceReport report) {
        StringBuilder out = new StringBuilder(Html.h2("alerts", "Alertes", "Alerts"));
        if (report.alerts().isEmpty()) {
            return out.append("<p>Aucune alerte.</p>").toString();
        }
        out.append("<ul class=\"alerts\">");
        for (Alert alert : report.alerts()) {
            Alert.Level level = alert.level() == null ? Alert.Level.INFO : alert.level();
            out.append("<li class=\"l-").append(level.name().toLowerCase(Locale.ROOT)).append("\"><strong>")
                    .append(level).append("</strong> ");
            if (alert.code() != null) {
                out.append("<code>").append(alert.code()).append("</code> ");
            }
            out.append(Html.escOrDash(alert.message())).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    static String documents(ComplianceReport report) {
        if (report.documents() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("documents", "Documents", "Documents"));
        List<List<String>> rows = new ArrayList<>();
        for (DocumentResult d : report.documents()) {
            String found = d.personalData() == null || d.personalData().isEmpty() ? "aucune"
                    : String.join(", ", d.personalData().entrySet().stream()
                            .map(e -> Html.esc(e.getKey()) + " (" + e.getValue() + ")").toList());
            rows.add(List.of("<code>" + Html.esc(d.file()) + "</code>", Html.escOrDash(d.mediaType()),
                    Html.esc(Numbers.format(d.characters(), 0)) + (d.truncated() ? " (tronqué)" : ""),
                    d.unreadable() == null ? found : "illisible : " + Html.esc(d.unreadable())));
        }
        if (rows.isEmpty()) {
            return out.append("<p>Aucun document.</p>").toString();
        }
        return out.append(Html.table(List.of("Document", "Type", "Caractères", "Données personnelles (occurrences)"),
                rows, Set.of(2))).toString();
    }

    static String exports(ComplianceReport report) {
        if (report.exports() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("exports", "Exports vers les partenaires", "Partner exports"));
        if (report.exports().isEmpty()) {
            return out.append("<p>Aucun export dans ce run.</p>").toString();
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExportSummary export : report.exports()) {
            String sha = export.manifestSha256();
            rows.add(List.of(Html.escOrDash(export.partner()), exportBadge(export.status()),
                    Html.esc(Numbers.format(export.rows(), 0)),
                    "<code>" + Html.escOrDash(export.path()) + "</code>",
                    sha == null ? "—" : "<code title=\"" + Html.esc(sha) + "\">" + Html.esc(shortHash(sha)) + "</code>"));
        }
        out.append("<p class=\"note\">Aucun export ne quitte le stockage local sans approbation enregistrée du DPO "
                + "(<code>vigie approve</code>).</p>");
        return out.append(Html.table(List.of("Partenaire", "Statut", "Lignes", "Dossier", "SHA-256 du manifeste"),
                rows, Set.of(2))).toString();
    }

    static String exportBadge(ExportSummary.Status status) {
        if (status == null) {
            return "—";
        }
        return switch (status) {
            case PENDING_REVIEW -> Html.badge("En attente de revue", "amber");
            case NOT_EXPORTED -> Html.badge("Non exporté", "red");
        };
    }

    static String quarantine(ComplianceReport report) {
        Quarantine quarantine = report.quarantine();
        if (quarantine == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("quarantine", "Quarantaine", "Quarantined rows"));
        out.append("<div class=\"kpis\">").append(Html.kpi(Numbers.format(quarantine.rows(), 0), "lignes mises de côté"))
                .append(Html.kpi(Numbers.percent(quarantine.ratio()), "part des lignes lues"))
                .append(Html.kpi(Numbers.percent(quarantine.maxRatio()), "part maximale admise")).append("</div>");
        if (quarantine.ratio() > quarantine.maxRatio()) {
            out.append("<p>").append(Html.badge("Seuil dépassé / threshold exceeded", "red")).append("</p>");
        }
        double accepted = quarantine.rowsRead() - quarantine.rows();
        out.append(Charts.stackedBar("Lignes acceptées et en quarantaine", List.of(
                new Charts.Segment("Acceptées / accepted (" + Numbers.format(accepted, 0) + ")", accepted,
                        Charts.ACCEPTED),
                new Charts.Segment("Quarantaine / quarantined (" + Numbers.format(quarantine.rows(), 0) + ")",
                        quarantine.rows(), Charts.QUARANTINED)), quarantine.maxRatio(),
                "max " + Numbers.percent(quarantine.maxRatio())));
        if (quarantine.reasons() != null && !quarantine.reasons().isEmpty()) {
            List<List<String>> table = quarantine.reasons().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .map(e -> List.of(Html.esc(e.getKey()), Html.esc(Numbers.format(e.getValue(), 0)))).toList();
            out.append(Html.table(List.of("Motif", "Lignes"), table, Set.of(1)));
        }
        if (quarantine.file() != null) {
            out.append("<p class=\"note\">Lignes conservées pour correction dans <code>").append(Html.esc(quarantine.file()))
                    .append("</code> (jamais supprimées silencieusement).</p>");
        }
        return out.toString();
    }

    static String footprint(ComplianceReport report) {
        Footprint footprint = report.footprint();
        if (footprint == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("footprint", "Empreinte du run", "Run footprint"));
        out.append("<div class=\"kpis\">")
                .append(Html.kpi(Numbers.format(footprint.cpuSeconds(), 2) + " s", "temps CPU"))
                .append(Html.kpi(Numbers.format(footprint.wallSeconds(), 2) + " s", "durée"))
                .append(Html.kpi(bytes(footprint.bytesRead()), "lus"))
                .append(Html.kpi(bytes(footprint.bytesWritten()), "écrits"))
                .append(Html.kpi(bytes(footprint.peakMemoryBytes()), "mémoire (pic)"))
                .append(Html.kpi(Numbers.format(footprint.energyWh(), 3) + " Wh", "énergie (estimation)"))
                .append(Html.kpi(Numbers.format(footprint.co2eGrams(), 3) + " g", "CO2e (estimation)"))
                .append("</div>");
        out.append("<h3>Facteurs utilisés <span class=\"en\">/ Factors (configuration)</span></h3>")
                .append(Html.keyValues(footprint.factors()));
        out.append("<p class=\"note\">Énergie = temps CPU × puissance par cœur + mémoire × durée × puissance par Gio, "
                + "× PUE ; CO2e = énergie × intensité carbone du réseau. Ordres de grandeur, pas des mesures.</p>");
        return out.toString();
    }

    static String bytes(double value) {
        String[] units = {"o", "Ko", "Mo", "Go", "To"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return Numbers.format(Math.round(value * 10) / 10.0, 1) + " " + units[unit];
    }

    static String audit(ComplianceReport report) {
        StringBuilder out = new StringBuilder(Html.h2("audit", "Journal d'audit", "Audit trail"));
        if (report.audit().isEmpty()) {
            return out.append("<p>Aucune entrée.</p>").toString();
        }
        List<List<String>> rows = new ArrayList<>();
        for (AuditLine entry : report.audit()) {
            String hash = entry.hash();
            rows.add(List.of(Html.escOrDash(HtmlReport.instant(entry.at())), Html.escOrDash(entry.actor()),
                    Html.escOrDash(entry.action()), Html.escOrDash(entry.subject()),
                    hash == null ? "—" : "<code title=\"" + Html.esc(hash) + "\">" + Html.esc(shortHash(hash))
                            + "</code>"));
        }
        out.append("<p class=\"note\">Chaque entrée porte l'empreinte de la précédente : "
                + "<code>vigie audit verify</code> détecte toute modification.</p>");
        return out.append(Html.table(List.of("Date", "Acteur", "Action", "Objet", "Empreinte"), rows, Set.of()))
                .toString();
    }

    private static String shortHash(String hash) {
        return hash.length() <= 16 ? hash : hash.substring(0, 12) + "…";
    }
}
