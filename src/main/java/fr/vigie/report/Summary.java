package fr.vigie.report;

import fr.vigie.bias.Finding;
import fr.vigie.bias.Headline;
import fr.vigie.bias.Severity;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.export.ExportSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code summary} section: the traffic light and what needs a decision.
 *
 * @param needsDecision first the strongest disadvantage of each protected column the bias scan was asked
 *                      about, then exports to approve, columns classified as a precaution, high alerts, other
 *                      severe bias findings
 * @param headline      one line of counts, as {@code vigie run} prints it
 */
public record Summary(List<String> needsDecision, TrafficLight status, String headline) {

    /**
     * The one definition of the traffic light. RED: the run did not complete, or a bias finding is BLOCKING.
     * AMBER: something needs a person — a HIGH or MEDIUM alert, a column classified as a precaution, a bias
     * finding HIGH or above or in the bias summary. Else GREEN. An export waiting for review is listed but
     * does not by itself change the light.
     */
    static Summary of(RunHeader run, StageResults stages, List<Alert> alerts) {
        List<String> decisions = new ArrayList<>();
        Set<String> headlined = stages.bias() == null ? Set.of() : stages.bias().summary().stream()
                .map(Headline::findingId).collect(Collectors.toSet());
        if (stages.bias() != null) {
            stages.bias().summary().forEach(h -> decisions.add(h.messageFr()));
        }
        for (ExportSummary e : stages.exportLines()) {
            if (e.status() == ExportSummary.Status.PENDING_REVIEW) {
                decisions.add("Approuver ou rejeter l'export pour " + e.partner() + " (vigie approve / vigie reject)");
            }
        }
        boolean amber = false;
        for (ColumnClassification c : stages.columns()) {
            if (c.reviewNeeded()) {
                amber = true;
                decisions.add(precaution(c));
            }
        }
        for (Alert alert : alerts) {
            amber |= alert.level() == Alert.Level.HIGH || alert.level() == Alert.Level.MEDIUM;
            if (alert.level() == Alert.Level.HIGH) {
                decisions.add(alert.message());
            }
        }
        boolean red = run.status() != RunStatus.COMPLETED;
        for (Finding f : stages.bias() == null ? List.<Finding>of() : stages.bias().findings()) {
            red |= f.severity() == Severity.BLOCKING;
            boolean severe = f.severity().compareTo(Severity.HIGH) >= 0;
            amber |= severe || headlined.contains(f.id());
            if (severe && !headlined.contains(f.id())) {
                decisions.add("Biais : " + f.messageFr());
            }
        }
        TrafficLight light = red ? TrafficLight.RED : amber ? TrafficLight.AMBER : TrafficLight.GREEN;
        return new Summary(decisions, light, headline(run, stages, light));
    }

    /** A column classified SENSITIVE as a precaution: someone decides (a pin in the job file). */
    private static String precaution(ColumnClassification c) {
        return "Colonne « " + c.name() + " » classée " + c.attributeType() + " (" + (c.infoType() == null ? "?"
                : c.infoType()) + ") par précaution, confiance " + c.confidence() + " : confirmer ou corriger "
                + "(columns: du fichier du job). / Column classified as a precaution: confirm or pin it in the job file.";
    }

    private static String headline(RunHeader run, StageResults stages, TrafficLight light) {
        long read = stages.ingest() == null ? 0 : stages.ingest().rowsRead();
        long accepted = stages.ingest() == null ? 0 : stages.ingest().rowsAccepted();
        long quarantined = stages.ingest() == null ? 0 : stages.ingest().rowsQuarantined();
        return String.format(Locale.ROOT, "Run %s: %d rows read, %d accepted, %d quarantined; %d export(s) pending"
                + " review; status %s", run.status().name().toLowerCase(Locale.ROOT), read, accepted, quarantined,
                stages.exportLines().size(), light);
    }
}
