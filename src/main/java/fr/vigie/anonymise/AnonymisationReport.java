package fr.vigie.anonymise;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Map;

/**
 * What an anonymisation did and achieved, for the DPO and the {@code vigie anonymise --json} contract.
 * Immutable and serialisable by Jackson as is; it never holds a value of the data.
 *
 * @param policyId         the policy applied
 * @param rowsIn           rows read
 * @param rowsReleased     rows written
 * @param suppressedRows   rows withheld because their class violated a privacy model
 * @param suppressionLimit the policy's limit, as a share of {@code rowsIn}
 * @param columns          treatment of every input column, in input order
 * @param transformation   generalisation level of each quasi-identifier (0 = original values)
 * @param achieved         guarantees measured on the released rows
 * @param riskBefore       re-identification risk of the input on the quasi-identifiers
 * @param riskAfter        re-identification risk of the released rows
 * @param utility          information loss of the transformation
 * @param search           how the transformation was found
 * @param notes            plain-language remarks (e.g. a model without a column to apply to)
 * @param disagreements    every column the policy treats otherwise than its classification calls for, and every
 *                         personal column the policy would release as is without saying so (a decision is needed)
 */
public record AnonymisationReport(String policyId, int rowsIn, int rowsReleased, int suppressedRows,
        double suppressionLimit, Map<String, ColumnTreatment> columns, Map<String, Integer> transformation,
        Guarantees achieved, Risk riskBefore, Risk riskAfter, Utility utility, SearchStatistics search,
        List<String> notes, List<Disagreement> disagreements) {

    /** What became of a disagreement between the policy and the classification. */
    public enum Resolution {
        /** The policy's word was applied. */
        APPLIED,
        /** Nothing is released until the policy says what to do with the column. */
        DECISION_REQUIRED
    }

    /**
     * A column the policy treats otherwise than its classification calls for (identifiers dropped or
     * pseudonymised, quasi-identifiers generalised or dropped, sensitive columns protected by l-diversity or
     * t-closeness, transformed or dropped), or would release as is without saying so.
     *
     * @param column       the column
     * @param classifiedAs what the classification says it is
     * @param treatment    what the policy does with it
     * @param role         the attribute type the policy settled on
     * @param policyKey    the key of the policy that decided (e.g. {@code hierarchies.age}), or null for a default
     * @param resolution   applied, or waiting for a decision
     * @param message      one plain sentence, naming no value
     */
    public record Disagreement(String column, AttributeType classifiedAs, Treatment treatment, AttributeType role,
            String policyKey, Resolution resolution, String message) {
    }

    /** Final treatment of a column. */
    public enum Treatment { DROPPED, PSEUDONYMISED, GENERALISED, KEPT, MASKED, TOP_BOTTOM_CODED, MICRO_AGGREGATED }

    /**
     * @param treatment what was done
     * @param level     generalisation level (GENERALISED only)
     * @param levels    number of levels of its hierarchy, top included (GENERALISED only)
     * @param hierarchy hierarchy name (GENERALISED only)
     * @param role      the attribute type the policy settled on
     */
    public record ColumnTreatment(Treatment treatment, Integer level, Integer levels, String hierarchy, String role) {
    }

    /**
     * @param k            size of the smallest released class
     * @param classes      number of released classes
     * @param l            smallest number of distinct sensitive values in a released class, over the sensitive
     *                     columns the policy protects with l-diversity or t-closeness; null when none
     * @param t            largest t-closeness distance reached (with the policy's distance), or null
     * @param models       each privacy model with its required and achieved value
     * @param averageRisk  average prosecutor risk of the released rows
     */
    public record Guarantees(int k, int classes, Integer l, Double t, List<ModelOutcome> models,
            double averageRisk) {
    }

    /**
     * @param model    e.g. {@code k-anonymity}, {@code distinct-l-diversity(diagnostic)}
     * @param required the policy's value (k, l, c, t, risk bound)
     * @param achieved the value reached (smallest k or l, largest t, average risk)
     * @param violatingRows rows the model alone would suppress (in refusals; 0 otherwise)
     */
    public record ModelOutcome(String model, double required, double achieved, long violatingRows) {
    }

    /**
     * Re-identification risk on the quasi-identifiers, the sample taken as the population.
     *
     * @param prosecutorMax     highest record risk (1 / smallest class)
     * @param prosecutorAverage average record risk (classes / records)
     * @param recordsAtRisk     share of records whose risk exceeds {@code threshold}
     * @param threshold         the threshold used
     * @param sampleUniqueness  share of records alone in their class
     * @param marketer          expected share of records re-identified by a marketer attack
     * @param populationUniqueness estimated share of records unique in the population (Zayatz model), when
     *                          the policy gives the population size; else null
     */
    public record Risk(double prosecutorMax, double prosecutorAverage, double recordsAtRisk, double threshold,
            double sampleUniqueness, double marketer, Double populationUniqueness) {
    }

    /**
     * @param qualityModel      the model the search minimised
     * @param loss              ARX Loss overall, in [0, 1]
     * @param lossPerQi         ARX Loss per quasi-identifier
     * @param nonUniformEntropy bits lost
     * @param discernibility    sum of squared class sizes (suppressed rows cost the row count)
     * @param averageClassSize  released rows per released class
     */
    public record Utility(QualityModel qualityModel, double loss, Map<String, Double> lossPerQi,
            double nonUniformEntropy, double discernibility, double averageClassSize) {
    }

    /**
     * @param latticeSize  number of transformations
     * @param nodesChecked transformations whose classes were computed
     * @param millis       search time
     * @param cpuMillis    CPU time of the search (what the figures of a loaded machine can be compared by)
     * @param optimal      whether the result is proven optimal
     * @param strategy     {@code optimal} or the best-effort strategy used
     */
    public record SearchStatistics(long latticeSize, int nodesChecked, long millis, long cpuMillis, boolean optimal,
            String strategy) {
    }
}
