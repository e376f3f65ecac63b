package fr.vigie.bias;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param checkedColumn      the other column examined (missing data, proxy), else null
 * @param metric             e.g. {@code DISPARATE_IMPACT}, {@code MEAN_RATIO}, {@code CRAMERS_V}
 * @param value              the metric's value, null when suppressed or not computable
 * @param confidenceInterval the value's confidence interval, when the metric has one
 * @param groupSize          rows in the group (null when suppressed)
 * @param referenceSize      rows in the reference group (null when suppressed or not a group)
 * @param pValue             raw p-value of the test, when there is one
 * @param qValue             Benjamini-Hochberg adjusted p-value over all the report's tests
 * @param threshold          the threshold the severity was decided against
 * @param direction          which way it points
 * @param proxyColumns       columns involved as proxies (proxy checks), else empty
 * @param severity           from the scales in {@code rules/bias.yml}; at most the rules' cap when not significant
 * @param status             evaluated, or insufficient data (never a pass)
 * @param measures           further named figures (group rate, reference rate, parity difference, medians...)
 * @param messageFr          a plain sentence in French
 * @param messageEn          the same in English
 */
public record Finding(String id, Check check, String attribute, String column, String group, String referenceGroup,
                      ReferenceChoice referenceChoice, String checkedColumn, String metric, Double value, Interval confidenceInterval,
                      Long groupSize, Long referenceSize, Double pValue, Double qValue, Double threshold,
                      Direction direction, List<String> proxyColumns, Severity severity, FindingStatus status,
                      Map<String, Double> measures, String messageFr, String messageEn) {

    public Finding {
        proxyColumns = proxyColumns == null ? List.of() : List.copyOf(proxyColumns);
        measures = measures == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(measures));
    }

    /** The plain-language message of the DESIGN.md contract: the French sentence (English in messageEn). */
    @JsonProperty("message")
    public String message() {
        return messageFr;
    }

    /** True when the check could not conclude for lack of data. */
    public boolean insufficientData() {
        return status == FindingStatus.INSUFFICIENT_DATA;
    }
}
