package fr.vigie.report;

import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.anonymise.AnonymisationReport;
import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.anonymise.AnonymisationReport.Disagreement;
import fr.vigie.anonymise.AnonymisationReport.Guarantees;
import fr.vigie.anonymise.AnonymisationReport.Risk;
import fr.vigie.anonymise.AnonymisationReport.SearchStatistics;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.anonymise.QualityModel;
import java.util.List;
import java.util.Map;

/**
 * One partner's entry in the report's {@code anonymisation} section: the step's outcome (partner, policy
 * file, status, message) with the anonymiser's result laid flat in it under the report's names ({@code policy},
 * {@code guarantees}, {@code utility.perAttribute}), and the columns dropped for data minimisation.
 *
 * @param message  why the policy could not be met, or null
 * @param policy   the policy's id
 * @param columns  the treatment of every input column
 * @param transformation generalisation level per quasi-identifier
 * @param minimisation the columns the policy drops, which the job's purpose does not need
 */
public record AnonymisationEntry(String partner, String policyFile, AnonymisationOutcome.Status status, String message,
        String policy, int rowsIn, int rowsReleased, int suppressedRows, double suppressionLimit,
        Map<String, ColumnTreatment> columns, Map<String, Integer> transformation, Guarantees guarantees,
        Risk riskBefore, Risk riskAfter, Utility utility, SearchStatistics search, List<String> notes,
        List<Disagreement> disagreements, Minimisation minimisation) {

    /** The anonymiser's utility under the report's names. */
    public record Utility(QualityModel qualityModel, double loss, Map<String, Double> perAttribute,
            double nonUniformEntropy, double discernibility, double averageClassSize) {
    }

    /** The columns left out of the partner's package. */
    public record Minimisation(List<String> dropped) {
    }

    static AnonymisationEntry of(AnonymisationOutcome outcome) {
        AnonymisationReport r = outcome.report();
        if (r == null) {
            return new AnonymisationEntry(outcome.partner(), outcome.policyFile(), outcome.status(), outcome.message(),
                    null, 0, 0, 0, 0, Map.of(), Map.of(), null, null, null, null, null, List.of(), List.of(),
                    new Minimisation(List.of()));
        }
        AnonymisationReport.Utility u = r.utility();
        Utility utility = u == null ? null : new Utility(u.qualityModel(), u.loss(), u.lossPerQi(),
                u.nonUniformEntropy(), u.discernibility(), u.averageClassSize());
        List<String> dropped = r.columns().entrySet().stream()
                .filter(c -> c.getValue().treatment() == Treatment.DROPPED).map(Map.Entry::getKey).toList();
        return new AnonymisationEntry(outcome.partner(), outcome.policyFile(), outcome.status(), outcome.message(),
                r.policyId(), r.rowsIn(), r.rowsReleased(), r.suppressedRows(), r.suppressionLimit(), r.columns(),
                r.transformation(), r.achieved(), r.riskBefore(), r.riskAfter(), utility, r.search(), r.notes(),
                r.disagreements(), new Minimisation(dropped));
    }

    /** Whether the policy was met and rows released. */
    public boolean refused() {
        return status == AnonymisationOutcome.Status.REFUSED;
    }
}
