package fr.vigie.bias;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One result of the bias scan. Counts below the publication minimum are null (suppressed), and so
 * are values that would disclose them; no raw value from a row ever appears here (group labels are
 * categories of a protected attribute, published only in aggregate).
 *
 * @param id                 stable within a report: {@code B001}, {@code B002}... in report order
 * @param check              the kind of check
 * @param attribute          the protected attribute, or the subgroup for intersections ({@code GENDER×ORIGIN})
 * @param column             the protected column(s) it was read from ({@code sexe×nationalite})
 * @param group              the group compared (null for attribute-level checks)
 * @param referenceGroup     the group it is compared with (null when the reference is a population)
 * @param referenceChoice    how the reference was chosen
 * @param checkedColumn      the other column examined (missing data, proxy, stratifier), else null
 * @param metric             e.g. {@code DISPARATE_IMPACT}, {@code MEAN_RATIO}, {@code CRAMERS_V}
 * @param value              the metric's value, null when suppressed or not computable; for group
 *                           comparisons a ratio below 1 means the group is disadvantaged
 * @param confidenceInterval the value's confidence interval, when the metric has one
 * @param groupSize          rows in the group (null when suppressed)
 * @param referenceSize      rows in the reference group (null when suppressed or not a group)
 * @param pValue             raw p-value of the test, when there is one
 * @param qValue             Benjamini-Hochberg adjusted p-value over all the report's tests
 * @param threshold          the threshold the severity was decided against
 * @param direction          which way it points
 * @param proxyColumns       columns involved as proxies (proxy checks), else empty
 * @param severity           from the scales in {@code rules/bias.yml}, after triage
 * @param status             evaluated, or insufficient data (never a pass)
 * @param measures           further named figures (group rate, reference rate, parity difference, medians...)
 * @param messageFr          a plain sentence in French
 * @param messageEn          the same in English
 * @param scope              the view of the groups compared: the data's values, a roll-up, an intersection
 * @param proxyOf            for a proxy: the protected attribute the checked column reveals, else null
 * @param triage             why the severity is what it is (lowered to INFO when explained elsewhere)
 */
public record Finding(String id, Check check, String attribute, String column, String group, String referenceGroup,
                      ReferenceChoice referenceChoice, String checkedColumn, String metric, Double value,
                      Interval confidenceInterval, Long groupSize, Long referenceSize, Double pValue, Double qValue,
                      Double threshold, Direction direction, List<String> proxyColumns, Severity severity,
                      FindingStatus status, Map<String, Double> measures, String messageFr, String messageEn,
                      GroupView scope, String proxyOf, Triage triage) {

    public Finding {
        proxyColumns = proxyColumns == null ? List.of() : List.copyOf(proxyColumns);
        measures = measures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** The plain-language message of the scan-bias contract (docs/architecture.md): the French sentence (English in messageEn). */
    @JsonProperty("message")
    public String message() {
        return messageFr;
    }

    /** The message in {@code lang}. */
    public String message(Lang lang) {
        return lang.pick(messageFr, messageEn);
    }

    /** True when the check could not conclude for lack of data. */
    @JsonProperty("insufficientData")
    public boolean insufficientData() {
        return status == FindingStatus.INSUFFICIENT_DATA;
    }

    /** A comparison in the group's favour: kept, but apart from the disadvantages. */
    @JsonProperty("favourable")
    public boolean favourable() {
        return direction == Direction.FAVOURABLE_TO_GROUP;
    }
}
