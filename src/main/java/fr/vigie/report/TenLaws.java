package fr.vigie.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The metropolis' 10 laws as a checklist of what one run shows, derived only from the other
 * sections of the report. A law the report cannot speak to is {@link LawStatus#ATTENTION} (a human
 * should look), never silently {@link LawStatus#MET}.
 */
public final class TenLaws {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> REMOVED = Set.of("drop", "dropped", "removed", "remove", "suppressed",
            "deleted", "excluded", "minimised");
    private static final Set<String> SEVERE = Set.of("HIGH", "BLOCKING", "CRITICAL");

    private TenLaws() {
    }

    /** One check per law, in the laws' order. */
    public static List<LawCheck> evaluate(JsonNode report) {
        ReportFacts facts = new ReportFacts(report);
        List<LawCheck> checks = new ArrayList<>();
        checks.add(personalDataProtection(facts));
        checks.add(anonymisedSharing(facts));
        checks.add(noHealthFinanceCrossing(facts));
        checks.add(impactStudy(facts));
        checks.add(minimisation(facts));
        checks.add(biasVigilance(facts));
        checks.add(transparency(facts));
        checks.add(localData(facts));
        checks.add(frugality(facts));
        checks.add(humanDecision(facts));
        return checks;
    }

    /** RED if a law is not met, AMBER if one needs attention, else GREEN. */
    public static String overallStatus(List<LawCheck> checks) {
        if (checks.stream().anyMatch(c -> c.status() == LawStatus.NOT_MET)) {
            return "RED";
        }
        return checks.stream().anyMatch(c -> c.status() == LawStatus.ATTENTION) ? "AMBER" : "GREEN";
    }

    /** The {@code laws} section of the report: {@code [{law, number, title, titleEn, status, evidence}]}. */
    public static ArrayNode toJson(List<LawCheck> checks) {
        ArrayNode array = JSON.createArrayNode();
        for (LawCheck check : checks) {
            array.addObject()
                    .put("law", check.law().name())
                    .put("number", check.law().number())
                    .put("title", check.law().titleFr())
                    .put("titleEn", check.law().titleEn())
                    .put("status", check.status().name())
                    .put("evidence", check.evidence());
        }
        return array;
    }

    private static LawCheck personalDataProtection(ReportFacts f) {
        Law law = Law.PERSONAL_DATA_PROTECTION;
        if (!f.hasClassification()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Aucune classification des colonnes dans le rapport : "
                    + "impossible de savoir quelles données sont personnelles.");
        }
        int identifying = f.columnsOfType("IDENTIFYING").size();
        int quasi = f.columnsOfType("QUASI_IDENTIFYING").size();
        int sensitive = f.columnsOfType("SENSITIVE").size();
        String found = identifying + " identifiant(s) direct(s), " + quasi + " quasi-identifiant(s), "
                + sensitive + " donnée(s) sensible(s) repérés";
        List<String> leaking = f.identifiersKeptInAnExport();
        if (!leaking.isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, found + " ; un identifiant direct est conservé tel quel "
                    + "pour : " + String.join(", ", leaking) + ".");
        }
        if (!f.sharedPartners().isEmpty() && !f.unanonymisedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, found + " ; export sans anonymisation pour : "
                    + String.join(", ", f.unanonymisedPartners()) + ".");
        }
        String shared = f.sharedPartners().isEmpty() ? " ; rien n'est partagé."
                : " ; les identifiants directs sont retirés ou pseudonymisés avant tout partage.";
        return new LawCheck(law, LawStatus.MET, found + shared);
    }

    private static LawCheck anonymisedSharing(ReportFacts f) {
        Law law = Law.ANONYMISED_SHARING;
        if (f.sharedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun partage prévu dans ce run.");
        }
        if (!f.unanonymisedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, "Export sans résultat d'anonymisation pour : "
                    + String.join(", ", f.unanonymisedPartners()) + ".");
        }
        List<String> weak = new ArrayList<>();
        List<String> atRisk = new ArrayList<>();
        List<String> achieved = new ArrayList<>();
        for (JsonNode entry : f.anonymisation()) {
            String partner = J.text(entry, "partner", "?");
            double k = J.number(entry, "guarantees.k");
            if (Double.isNaN(k) || k < 2) {
                weak.add(partner);
                continue;
            }
            achieved.add(partner + " (k = " + J.format(k, 0) + ")");
            double share = J.number(entry, "riskAfter.recordsAtRisk");
            if (share > 0) {
                atRisk.add(partner + " (" + J.percent(share) + ")");
            }
        }
        if (!weak.isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, "k-anonymat non atteint (k < 2) pour : "
                    + String.join(", ", weak) + ".");
        }
        if (!atRisk.isEmpty()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Anonymisé mais des enregistrements restent au-dessus "
                    + "du seuil de risque : " + String.join(", ", atRisk) + ".");
        }
        return new LawCheck(law, LawStatus.MET, "Exports anonymisés : " + String.join(", ", achieved) + ".");
    }

    private static LawCheck noHealthFinanceCrossing(ReportFacts f) {
        Law law = Law.NO_HEALTH_FINANCE_CROSSING;
        if (!f.hasClassification()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Aucune classification : croisement santé × finances "
                    + "non vérifiable.");
        }
        List<String> crossing = f.partnersReceivingHealthAndFinance();
        if (!crossing.isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, "Un export réunit données de santé et financières pour : "
                    + String.join(", ", crossing) + ".");
        }
        if (f.sourceCrossesHealthAndFinance()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Le jeu source réunit des données de santé et "
                    + "financières : décision du DPO requise"
                    + (f.sharedPartners().isEmpty() ? "." : " ; aucun export ne les réunit."));
        }
        return new LawCheck(law, LawStatus.MET, "Aucun croisement de données de santé et financières.");
    }

    private static LawCheck impactStudy(ReportFacts f) {
        Law law = Law.IMPACT_STUDY;
        JsonNode dataset = J.at(f.report(), "classification.dataset");
        if (!J.present(J.at(dataset, "dpiaRequired"))) {
            return new LawCheck(law, LawStatus.ATTENTION, "Le rapport ne dit pas si une analyse d'impact (AIPD) "
                    + "est requise.");
        }
        if (!J.isTrue(dataset, "dpiaRequired")) {
            return new LawCheck(law, LawStatus.MET, "Aucune analyse d'impact (AIPD) requise selon la classification.");
        }
        String reference = J.firstText(f.report(), "run.dpia", "run.dpiaReference",
                "classification.dataset.recordOfProcessing.dpia",
                "classification.dataset.recordOfProcessing.dpiaReference");
        if (reference != null && !reference.isBlank()) {
            return new LawCheck(law, LawStatus.MET, "Analyse d'impact (AIPD) requise et référencée : " + reference + ".");
        }
        return new LawCheck(law, LawStatus.ATTENTION, "Une analyse d'impact (AIPD) est requise : vérifier qu'elle "
                + "a été réalisée avant d'utiliser ces données.");
    }

    private static LawCheck minimisation(ReportFacts f) {
        Law law = Law.MINIMISATION;
        if (f.sharedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun partage : aucune donnée ne sort du jeu source.");
        }
        String purpose = J.text(f.report(), "run.purpose");
        if (purpose == null || purpose.isBlank()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Finalité non déclarée : la minimisation ne peut pas être "
                    + "jugée.");
        }
        List<String> perPartner = new ArrayList<>();
        int total = 0;
        for (JsonNode entry : f.anonymisation()) {
            int dropped = f.removedColumns(entry).size();
            total += dropped;
            perPartner.add(J.text(entry, "partner", "?") + " : " + dropped);
        }
        if (total == 0) {
            return new LawCheck(law, LawStatus.ATTENTION, "Finalité déclarée mais aucune colonne écartée : vérifier "
                    + "que chaque colonne partagée est nécessaire.");
        }
        return new LawCheck(law, LawStatus.MET, "Colonnes écartées au regard de la finalité (" + String.join(", ",
                perPartner) + ").");
    }

    private static LawCheck biasVigilance(ReportFacts f) {
        Law law = Law.BIAS_VIGILANCE;
        JsonNode bias = J.at(f.report(), "bias");
        if (!J.present(bias)) {
            return f.protectedColumns().isEmpty()
                    ? new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun attribut protégé repéré ; pas d'analyse "
                            + "de biais.")
                    : new LawCheck(law, LawStatus.ATTENTION, "Attributs protégés présents ("
                            + String.join(", ", f.protectedColumns()) + ") mais aucune analyse de biais.");
        }
        List<JsonNode> findings = J.items(bias, "findings");
        long severe = findings.stream()
                .filter(x -> SEVERE.contains(J.upper(J.text(x, "severity", ""))) && !J.isTrue(x, "insufficientData"))
                .count();
        long insufficient = findings.stream().filter(x -> J.isTrue(x, "insufficientData")).count();
        String tail = insufficient == 0 ? "" : " ; " + insufficient + " constat(s) aux données insuffisantes "
                + "pour conclure";
        if (severe > 0) {
            return new LawCheck(law, LawStatus.ATTENTION, severe + " constat(s) de biais de gravité élevée à examiner"
                    + tail + ".");
        }
        return new LawCheck(law, LawStatus.MET, "Analyse de biais faite : " + findings.size()
                + " constat(s), aucun de gravité élevée" + tail + ".");
    }

    private static LawCheck transparency(ReportFacts f) {
        int entries = J.items(f.report(), "audit").size();
        if (entries == 0) {
            return new LawCheck(Law.TRANSPARENCY, LawStatus.ATTENTION, "Aucune entrée du journal d'audit dans le "
                    + "rapport.");
        }
        return new LawCheck(Law.TRANSPARENCY, LawStatus.MET, "Rapport complet et " + entries
                + " entrée(s) du journal d'audit chaîné.");
    }

    private static LawCheck localData(ReportFacts f) {
        for (JsonNode export : f.exports()) {
            String path = J.text(export, "path", "");
            if (path.contains("://")) {
                return new LawCheck(Law.LOCAL_DATA, LawStatus.NOT_MET, "Un export est écrit hors du stockage local "
                        + "(partenaire " + J.text(export, "partner", "?") + ").");
            }
        }
        return new LawCheck(Law.LOCAL_DATA, LawStatus.MET, f.exports().isEmpty()
                ? "Données et rapport conservés dans le stockage local."
                : "Exports écrits dans le stockage local ; ils n'en sortent qu'après approbation.");
    }

    private static LawCheck frugality(ReportFacts f) {
        JsonNode footprint = J.at(f.report(), "footprint");
        double cpu = J.number(footprint, "cpuSeconds");
        if (Double.isNaN(cpu)) {
            return new LawCheck(Law.FRUGALITY, LawStatus.ATTENTION, "Empreinte du run non mesurée.");
        }
        return new LawCheck(Law.FRUGALITY, LawStatus.MET, "Empreinte mesurée : " + J.format(cpu, 1) + " s CPU, "
                + J.format(J.number(footprint, "energyWh"), 3) + " Wh, "
                + J.format(J.number(footprint, "co2eGrams"), 3) + " g CO2e (estimations).");
    }

    private static LawCheck humanDecision(ReportFacts f) {
        Law law = Law.HUMAN_DECISION;
        if (f.exports().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun export à décider.");
        }
        int pending = 0;
        int decided = 0;
        List<String> unknown = new ArrayList<>();
        for (JsonNode export : f.exports()) {
            String status = J.upper(J.text(export, "status", ""));
            switch (status) {
                case "PENDING_REVIEW" -> pending++;
                case "APPROVED", "RELEASED", "REJECTED" -> decided++;
                default -> unknown.add(J.text(export, "partner", "?"));
            }
        }
        if (decided > 0 && !f.auditHasApprovalOrRejection()) {
            return new LawCheck(law, LawStatus.NOT_MET, "Un export est décidé sans approbation ni rejet enregistré "
                    + "dans le journal d'audit.");
        }
        if (!unknown.isEmpty()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Statut de revue inconnu pour : " + String.join(", ", unknown)
                    + ".");
        }
        return new LawCheck(law, LawStatus.MET, pending + " export(s) en attente de décision du DPO, " + decided
                + " décidé(s) par une personne ; rien n'est envoyé sans approbation.");
    }

    /** Facts about the report several laws share. */
    private record ReportFacts(JsonNode report) {
        boolean hasClassification() {
            return !J.items(report, "classification.columns").isEmpty();
        }

        List<JsonNode> columns() {
            return J.items(report, "classification.columns");
        }

        List<String> columnsOfType(String type) {
            return columns().stream().filter(c -> type.equals(J.upper(J.text(c, "attributeType"))))
                    .map(c -> J.text(c, "name", "?")).toList();
        }

        List<String> columnsOfDomain(String domain) {
            return columns().stream().filter(c -> domain.equals(J.upper(J.text(c, "domain"))))
                    .map(c -> J.text(c, "name", "?")).toList();
        }

        List<String> protectedColumns() {
            return columns().stream().filter(c -> J.text(c, "protectedAttribute") != null)
                    .map(c -> J.text(c, "name", "?")).toList();
        }

        List<JsonNode> exports() {
            return J.items(report, "exports");
        }

        List<JsonNode> anonymisation() {
            return J.items(report, "anonymisation");
        }

        /** Partners something is shared with: from the exports, else from the anonymisation results. */
        Set<String> sharedPartners() {
            Set<String> partners = new LinkedHashSet<>();
            exports().forEach(e -> partners.add(J.text(e, "partner", "?")));
            anonymisation().forEach(a -> partners.add(J.text(a, "partner", "?")));
            return partners;
        }

        List<String> unanonymisedPartners() {
            Set<String> anonymised = new LinkedHashSet<>();
            anonymisation().forEach(a -> anonymised.add(J.text(a, "partner", "?")));
            return exports().stream().map(e -> J.text(e, "partner", "?")).filter(p -> !anonymised.contains(p))
                    .distinct().toList();
        }

        boolean sourceCrossesHealthAndFinance() {
            JsonNode flag = J.at(report, "classification.dataset.crossesHealthAndFinance");
            if (J.present(flag)) {
                return J.isTrue(report, "classification.dataset.crossesHealthAndFinance");
            }
            return !columnsOfDomain("HEALTH").isEmpty() && !columnsOfDomain("FINANCIAL").isEmpty();
        }

        /** Columns an anonymisation result says were removed (minimisation or per-column action). */
        Set<String> removedColumns(JsonNode entry) {
            Set<String> removed = new LinkedHashSet<>(J.strings(entry, "minimisation.dropped"));
            JsonNode columns = J.at(entry, "columns");
            if (columns.isObject()) {
                for (var column : columns.properties()) {
                    if (REMOVED.contains(action(column.getValue()))) {
                        removed.add(column.getKey());
                    }
                }
            }
            return removed;
        }

        List<String> partnersReceivingHealthAndFinance() {
            List<String> health = columnsOfDomain("HEALTH");
            List<String> finance = columnsOfDomain("FINANCIAL");
            List<String> partners = new ArrayList<>();
            if (health.isEmpty() || finance.isEmpty()) {
                return partners;
            }
            for (JsonNode entry : anonymisation()) {
                Set<String> removed = removedColumns(entry);
                boolean keepsHealth = health.stream().anyMatch(c -> !removed.contains(c));
                boolean keepsFinance = finance.stream().anyMatch(c -> !removed.contains(c));
                if (keepsHealth && keepsFinance) {
                    partners.add(J.text(entry, "partner", "?"));
                }
            }
            return partners;
        }

        /** Partners for which an identifying column is marked as kept unchanged. */
        List<String> identifiersKeptInAnExport() {
            List<String> identifying = columnsOfType("IDENTIFYING");
            List<String> partners = new ArrayList<>();
            for (JsonNode entry : anonymisation()) {
                JsonNode columns = J.at(entry, "columns");
                boolean kept = identifying.stream().anyMatch(c -> {
                    String action = action(columns.path(c));
                    return action.startsWith("keep") || action.equals("kept") || action.equals("unchanged");
                });
                if (kept) {
                    partners.add(J.text(entry, "partner", "?"));
                }
            }
            return partners;
        }

        boolean auditHasApprovalOrRejection() {
            return J.items(report, "audit").stream().map(a -> J.text(a, "action", "").toLowerCase(Locale.ROOT))
                    .anyMatch(a -> a.contains("approv") || a.contains("reject"));
        }

        private static String action(JsonNode value) {
            String text = value.isValueNode() ? value.asString() : J.firstText(value, "action", "treatment", "status");
            return text == null ? "" : text.toLowerCase(Locale.ROOT);
        }
    }
}
