package fr.vigie.report;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.bias.Finding;
import fr.vigie.bias.Severity;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.export.ExportSummary;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metropolis' 10 laws as a checklist of what one run shows, derived only from the other sections of
 * the report. A law the report cannot speak to is {@link LawStatus#ATTENTION} (a human should look),
 * never silently {@link LawStatus#MET}.
 */
final class TenLaws {
    private TenLaws() {
    }

    /** One check per law, in the laws' order. */
    public static List<LawCheck> evaluate(ComplianceReport report) {
        Facts facts = new Facts(report);
        return List.of(personalDataProtection(facts), anonymisedSharing(facts), noHealthFinanceCrossing(facts),
                impactStudy(report), minimisation(facts), biasVigilance(facts), transparency(report),
                localData(facts), frugality(report), humanDecision(facts));
    }

    private static LawCheck personalDataProtection(Facts f) {
        Law law = Law.PERSONAL_DATA_PROTECTION;
        if (f.columns().isEmpty()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Aucune classification des colonnes dans le rapport : "
                    + "impossible de savoir quelles données sont personnelles.");
        }
        String found = f.columnsOfType(AttributeType.IDENTIFYING).size() + " identifiant(s) direct(s), "
                + f.columnsOfType(AttributeType.QUASI_IDENTIFYING).size() + " quasi-identifiant(s), "
                + f.columnsOfType(AttributeType.SENSITIVE).size() + " donnée(s) sensible(s) repérés";
        List<String> leaking = f.identifiersKeptInAnExport();
        if (!leaking.isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, found + " ; un identifiant direct est conservé tel quel "
                    + "pour : " + String.join(", ", leaking) + ".");
        }
        if (!f.unanonymisedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, found + " ; export sans anonymisation pour : "
                    + String.join(", ", f.unanonymisedPartners()) + ".");
        }
        String shared = f.sharedPartners().isEmpty() ? " ; rien n'est partagé."
                : " ; les identifiants directs sont retirés ou pseudonymisés avant tout partage.";
        return new LawCheck(law, LawStatus.MET, found + shared);
    }

    private static LawCheck anonymisedSharing(Facts f) {
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
        for (AnonymisationEntry entry : f.report.anonymisation()) {
            int k = entry.guarantees() == null ? 0 : entry.guarantees().k();
            if (k < 2) {
                weak.add(entry.partner());
                continue;
            }
            achieved.add(entry.partner() + " (k = " + Numbers.format(k, 0) + ")");
            double share = entry.riskAfter() == null ? 0 : entry.riskAfter().recordsAtRisk();
            if (share > 0) {
                atRisk.add(entry.partner() + " (" + Numbers.percent(share) + ")");
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

    private static LawCheck noHealthFinanceCrossing(Facts f) {
        Law law = Law.NO_HEALTH_FINANCE_CROSSING;
        if (f.columns().isEmpty()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Aucune classification : croisement santé × finances "
                    + "non vérifiable.");
        }
        List<String> crossing = f.partnersReceivingHealthAndFinance();
        if (!crossing.isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_MET, "Un export réunit données de santé et financières pour : "
                    + String.join(", ", crossing) + ".");
        }
        if (f.report.classification().dataset() != null && f.report.classification().dataset().crossesHealthAndFinance()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Le jeu source réunit des données de santé et "
                    + "financières : décision du DPO requise"
                    + (f.sharedPartners().isEmpty() ? "." : " ; aucun export ne les réunit."));
        }
        return new LawCheck(law, LawStatus.MET, "Aucun croisement de données de santé et financières.");
    }

    private static LawCheck impactStudy(ComplianceReport report) {
        Law law = Law.IMPACT_STUDY;
        if (report.classification() == null || report.classification().dataset() == null) {
            return new LawCheck(law, LawStatus.ATTENTION, "Le rapport ne dit pas si une analyse d'impact (AIPD) "
                    + "est requise.");
        }
        if (!report.classification().dataset().dpiaRequired()) {
            return new LawCheck(law, LawStatus.MET, "Aucune analyse d'impact (AIPD) requise selon la classification.");
        }
        return new LawCheck(law, LawStatus.ATTENTION, "Une analyse d'impact (AIPD) est requise : vérifier qu'elle "
                + "a été réalisée avant d'utiliser ces données.");
    }

    private static LawCheck minimisation(Facts f) {
        Law law = Law.MINIMISATION;
        if (f.sharedPartners().isEmpty()) {
            return new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun partage : aucune donnée ne sort du jeu source.");
        }
        String purpose = f.report.run() == null ? null : f.report.run().purpose();
        if (purpose == null || purpose.isBlank()) {
            return new LawCheck(law, LawStatus.ATTENTION, "Finalité non déclarée : la minimisation ne peut pas être "
                    + "jugée.");
        }
        List<String> perPartner = new ArrayList<>();
        int total = 0;
        for (AnonymisationEntry entry : f.report.anonymisation()) {
            int dropped = Facts.removedColumns(entry).size();
            total += dropped;
            perPartner.add(entry.partner() + " : " + dropped);
        }
        if (total == 0) {
            return new LawCheck(law, LawStatus.ATTENTION, "Finalité déclarée mais aucune colonne écartée : vérifier "
                    + "que chaque colonne partagée est nécessaire.");
        }
        return new LawCheck(law, LawStatus.MET, "Colonnes écartées au regard de la finalité (" + String.join(", ",
                perPartner) + ").");
    }

    private static LawCheck biasVigilance(Facts f) {
        Law law = Law.BIAS_VIGILANCE;
        if (f.report.bias() == null) {
            List<String> protectedColumns = f.columns().stream().filter(c -> c.protectedAttribute() != null)
                    .map(ColumnClassification::name).toList();
            return protectedColumns.isEmpty()
                    ? new LawCheck(law, LawStatus.NOT_APPLICABLE, "Aucun attribut protégé repéré ; pas d'analyse "
                            + "de biais.")
                    : new LawCheck(law, LawStatus.ATTENTION, "Attributs protégés présents ("
                            + String.join(", ", protectedColumns) + ") mais aucune analyse de biais.");
        }
        List<Finding> findings = f.report.bias().findings();
        long severe = findings.stream()
                .filter(x -> x.severity().compareTo(Severity.HIGH) >= 0 && !x.insufficientData()).count();
        long insufficient = findings.stream().filter(Finding::insufficientData).count();
        String tail = insufficient == 0 ? "" : " ; " + insufficient + " constat(s) aux données insuffisantes "
                + "pour conclure";
        if (severe > 0) {
            return new LawCheck(law, LawStatus.ATTENTION, severe + " constat(s) de biais de gravité élevée à examiner"
                    + tail + ".");
        }
        return new LawCheck(law, LawStatus.MET, "Analyse de biais faite : " + findings.size()
                + " constat(s), aucun de gravité élevée" + tail + ".");
    }

    private static LawCheck transparency(ComplianceReport report) {
        int entries = report.audit().size();
        if (entries == 0) {
            return new LawCheck(Law.TRANSPARENCY, LawStatus.ATTENTION, "Aucune entrée du journal d'audit dans le "
                    + "rapport.");
        }
        return new LawCheck(Law.TRANSPARENCY, LawStatus.MET, "Rapport complet et " + entries
                + " entrée(s) du journal d'audit chaîné.");
    }

    private static LawCheck localData(Facts f) {
        for (ExportSummary export : f.exports()) {
            if (export.path() != null && export.path().contains("://")) {
                return new LawCheck(Law.LOCAL_DATA, LawStatus.NOT_MET, "Un export est écrit hors du stockage local "
                        + "(partenaire " + export.partner() + ").");
            }
        }
        return new LawCheck(Law.LOCAL_DATA, LawStatus.MET, f.exports().isEmpty()
                ? "Données et rapport conservés dans le stockage local."
                : "Exports écrits dans le stockage local ; ils n'en sortent qu'après approbation.");
    }

    private static LawCheck frugality(ComplianceReport report) {
        Footprint footprint = report.footprint();
        if (footprint == null) {
            return new LawCheck(Law.FRUGALITY, LawStatus.ATTENTION, "Empreinte du run non mesurée.");
        }
        return new LawCheck(Law.FRUGALITY, LawStatus.MET, "Empreinte mesurée : "
                + Numbers.format(footprint.cpuSeconds(), 1) + " s CPU, " + Numbers.format(footprint.energyWh(), 3)
                + " Wh, " + Numbers.format(footprint.co2eGrams(), 3) + " g CO2e (estimations).");
    }

    private static LawCheck humanDecision(Facts f) {
        if (f.exports().isEmpty()) {
            return new LawCheck(Law.HUMAN_DECISION, LawStatus.NOT_APPLICABLE, "Aucun export à décider.");
        }
        long pending = f.exports().stream().filter(e -> e.status() == ExportSummary.Status.PENDING_REVIEW).count();
        if (pending == 0) {
            return new LawCheck(Law.HUMAN_DECISION, LawStatus.NOT_APPLICABLE, "Aucun paquet à décider : rien n'a été"
                    + " exporté (" + String.join(", ", f.exports().stream().map(ExportSummary::partner).toList()) + ").");
        }
        return new LawCheck(Law.HUMAN_DECISION, LawStatus.MET, pending + " export(s) en attente de décision du DPO,"
                + " 0 décidé(s) par une personne ; rien n'est envoyé sans approbation.");
    }

    /** Facts about the report several laws share. */
    private record Facts(ComplianceReport report) {
        List<ColumnClassification> columns() {
            return report.classification() == null ? List.of() : report.classification().columns();
        }

        List<String> columnsOfType(AttributeType type) {
            return columns().stream().filter(c -> c.attributeType() == type).map(ColumnClassification::name).toList();
        }

        List<String> columnsOfDomain(Domain domain) {
            return columns().stream().filter(c -> c.domain() == domain).map(ColumnClassification::name).toList();
        }

        List<ExportSummary> exports() {
            return report.exports() == null ? List.of() : report.exports();
        }

        /** Partners something is shared with: from the exports and the anonymisation results. */
        Set<String> sharedPartners() {
            Set<String> partners = new LinkedHashSet<>();
            exports().forEach(e -> partners.add(e.partner()));
            report.anonymisation().forEach(a -> partners.add(a.partner()));
            return partners;
        }

        List<String> unanonymisedPartners() {
            Set<String> anonymised = new LinkedHashSet<>();
            report.anonymisation().forEach(a -> anonymised.add(a.partner()));
            return exports().stream().map(ExportSummary::partner).filter(p -> !anonymised.contains(p)).distinct()
                    .toList();
        }

        /** Columns an anonymisation result leaves out of the partner's package. */
        static Set<String> removedColumns(AnonymisationEntry entry) {
            Set<String> removed = new LinkedHashSet<>(entry.minimisation() == null ? List.of()
                    : entry.minimisation().dropped());
            treatments(entry).forEach((column, t) -> {
                if (t != null && t.treatment() == Treatment.DROPPED) {
                    removed.add(column);
                }
            });
            return removed;
        }

        private static Map<String, ColumnTreatment> treatments(AnonymisationEntry entry) {
            return entry.columns() == null ? Map.of() : entry.columns();
        }

        List<String> partnersReceivingHealthAndFinance() {
            List<String> health = columnsOfDomain(Domain.HEALTH);
            List<String> finance = columnsOfDomain(Domain.FINANCIAL);
            if (health.isEmpty() || finance.isEmpty()) {
                return List.of();
            }
            List<String> partners = new ArrayList<>();
            for (AnonymisationEntry entry : report.anonymisation()) {
                Set<String> removed = removedColumns(entry);
                if (health.stream().anyMatch(c -> !removed.contains(c))
                        && finance.stream().anyMatch(c -> !removed.contains(c))) {
                    partners.add(entry.partner());
                }
            }
            return partners;
        }

        /** Partners for which an identifying column is kept unchanged. */
        List<String> identifiersKeptInAnExport() {
            List<String> identifying = columnsOfType(AttributeType.IDENTIFYING);
            List<String> partners = new ArrayList<>();
            for (AnonymisationEntry entry : report.anonymisation()) {
                Map<String, ColumnTreatment> columns = treatments(entry);
                if (identifying.stream().anyMatch(c -> columns.get(c) != null
                        && columns.get(c).treatment() == Treatment.KEPT)) {
                    partners.add(entry.partner());
                }
            }
            return partners;
        }
    }
}
