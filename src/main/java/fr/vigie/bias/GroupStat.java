package fr.vigie.bias;

/**
 * Published figures for one group of a protected attribute (or of a roll-up, or of an intersection
 * of two). Null fields are either not applicable or suppressed because a count is below the
 * publication minimum ({@link #suppressed()} tells which).
 *
 * @param attribute        protected attribute, or {@code GENDER×ORIGIN} for intersections
 * @param column           protected column(s)
 * @param group            the group's label as the data writes it (a roll-up group's key)
 * @param size             rows in the group
 * @param share            share of the rows whose attribute is known
 * @param shareCi          Wilson interval of the share
 * @param populationShare  the group's share in the reference population, when known
 * @param outcomeRows      rows with a known outcome
 * @param outcomeRate      positive-outcome rate (binary outcome)
 * @param outcomeRateCi    Wilson interval of the rate
 * @param outcomeMean      mean outcome (numeric outcome)
 * @param outcomeMedian    approximate median outcome (numeric outcome; relative error under 1 %)
 * @param insufficientData below the minimum size: nothing about this group can be concluded
 * @param suppressed       some figures withheld so that the report discloses no one
 * @param view             the data's own values, a roll-up, or an intersection
 * @param reference        the reference group of its attribute's comparisons
 * @param meaningFr        what the label means, in French ({@code les femmes} for {@code 2}), or null
 * @param meaningEn        the same in English
 * @param coding           the coding system of the label ({@code INSEE}), or null
 * @param pooledValues     for the pooled group: how many values, each under the publication minimum, it holds
 */
public record GroupStat(String attribute, String column, String group, Long size, Double share, Interval shareCi,
                        Double populationShare, Long outcomeRows, Double outcomeRate, Interval outcomeRateCi,
                        Double outcomeMean, Double outcomeMedian, boolean insufficientData, boolean suppressed,
                        GroupView view, boolean reference, String meaningFr, String meaningEn, String coding,
                        Integer pooledValues) {
}
