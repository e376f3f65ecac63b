package fr.vigie.report;

import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.anonymise.AnonymisationReport.Disagreement;
import fr.vigie.anonymise.AnonymisationReport.Resolution;
import fr.vigie.classify.DatasetClassification;
import fr.vigie.ingest.DocumentResult;
import java.util.ArrayList;
import java.util.List;

/** The {@code alerts} section: what the stages' results call for a DPO to know, most urgent kinds first. */
final class Alerts {
    private Alerts() {
    }

    static List<Alert> of(StageResults stages) {
        List<Alert> alerts = new ArrayList<>();
        dataset(stages, alerts);
        stages.anonymisation().forEach(outcome -> policy(outcome, alerts));
        documents(stages.documentLines(), alerts);
        long quarantined = stages.ingest() == null ? 0 : stages.ingest().rowsQuarantined();
        if (quarantined > 0) {
            alerts.add(new Alert(Alert.Level.LOW, Alert.Code.ROWS_QUARANTINED, quarantined
                    + " ligne(s) en quarantaine / row(s) quarantined"));
        }
        return alerts;
    }

    private static void dataset(StageResults stages, List<Alert> alerts) {
        DatasetClassification dataset = stages.classification() == null ? null : stages.classification().dataset();
        if (dataset != null && dataset.crossesHealthAndFinance()) {
            alerts.add(new Alert(Alert.Level.HIGH, Alert.Code.HEALTH_FINANCE_CROSSING, "Ce jeu croise données de "
                    + "santé et situation financière : la convention l'interdit sans avis du comité d'éthique. / Health"
                    + " and financial data are crossed: an ethics review is required."));
        }
        if (dataset != null && dataset.dpiaRequired()) {
            alerts.add(new Alert(Alert.Level.MEDIUM, Alert.Code.DPIA_REQUIRED, "Une analyse d'impact (AIPD) est requise"
                    + " avant tout usage. / A data-protection impact assessment is required."));
        }
        List<String> protectedColumns = stages.columns().stream().filter(c -> c.protectedAttribute() != null)
                .map(c -> c.name() + " (" + c.protectedAttribute() + ")").toList();
        if (!protectedColumns.isEmpty()) {
            alerts.add(new Alert(Alert.Level.INFO, Alert.Code.PROTECTED_ATTRIBUTES, "Attributs protégés présents / "
                    + "protected attributes present: " + String.join(", ", protectedColumns)));
        }
    }

    private static void policy(AnonymisationOutcome outcome, List<Alert> alerts) {
        List<String> decisions = new ArrayList<>();
        List<String> overridden = new ArrayList<>();
        List<Disagreement> disagreements = outcome.report() == null || outcome.report().disagreements() == null
                ? List.of() : outcome.report().disagreements();
        for (Disagreement d : disagreements) {
            (d.resolution() == Resolution.DECISION_REQUIRED ? decisions : overridden).add(d.column());
        }
        String message = outcome.message() == null ? "" : outcome.message();
        if (outcome.status() == AnonymisationOutcome.Status.REFUSED && !decisions.isEmpty()) {
            alerts.add(new Alert(Alert.Level.HIGH, Alert.Code.POLICY_DECISION_REQUIRED, "Partenaire "
                    + outcome.partner() + " : décision requise sur " + String.join(", ", decisions) + ", rien n'est "
                    + "exporté. / A decision is needed: " + message));
        } else if (outcome.status() == AnonymisationOutcome.Status.REFUSED) {
            alerts.add(new Alert(Alert.Level.HIGH, Alert.Code.POLICY_NOT_MET, "Partenaire " + outcome.partner()
                    + " : politique non atteignable, rien n'est exporté. / Policy not met: " + message));
        }
        if (!overridden.isEmpty()) {
            alerts.add(new Alert(Alert.Level.INFO, Alert.Code.POLICY_OVERRIDES_CLASSIFICATION, "Partenaire "
                    + outcome.partner() + " : la politique traite autrement que la classification "
                    + String.join(", ", overridden) + " (voir l'anonymisation). / The policy overrides the "
                    + "classification of these columns."));
        }
    }

    private static void documents(List<DocumentResult> documents, List<Alert> alerts) {
        long withPersonalData = documents.stream().filter(d -> d.personalData() != null && !d.personalData().isEmpty())
                .count();
        long unreadable = documents.stream().filter(d -> d.unreadable() != null).count();
        if (withPersonalData > 0) {
            alerts.add(new Alert(Alert.Level.MEDIUM, Alert.Code.PERSONAL_DATA_IN_DOCUMENTS, withPersonalData
                    + " document(s) contiennent des données personnelles / contain personal data (counts per type in"
                    + " the documents section)"));
        }
        if (unreadable > 0) {
            alerts.add(new Alert(Alert.Level.LOW, Alert.Code.UNREADABLE_DOCUMENTS, unreadable
                    + " document(s) illisible(s) / unreadable"));
        }
    }
}
