package fr.vigie.anonymise;

import fr.vigie.anonymise.AnonymisationReport.Disagreement;
import fr.vigie.anonymise.AnonymisationReport.Resolution;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.anonymise.Policy.ColumnRule;
import fr.vigie.anonymise.Policy.Transform;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy's word on each column, which wins over the classification, and where the two disagree: the columns
 * the policy treats otherwise than their classification calls for, and the personal columns it would release as
 * is without saying so (a decision is needed).
 */
final class ColumnPlans {
    private final Policy policy;

    ColumnPlans(Policy policy) {
        this.policy = policy;
    }

    /**
     * How one input column is handled.
     *
     * @param classified   what the classification says it is
     * @param policyKey    the policy key that decided, or null when the policy's default for the role applies
     * @param explicitKeep whether the policy says {@code keep} for it, or names it as a sensitive attribute (enough
     *                     for a column classified sensitive or insensitive only)
     */
    record Plan(int index, String name, AttributeType classified, AttributeType role, Transform transform,
            ColumnRule rule, String infoType, String policyKey, boolean explicitKeep) {
    }

    /** The plan of each column of {@code header}, in order (a column the classification omits is insensitive). */
    List<Plan> plan(List<String> header, List<ColumnInfo> columns) {
        Map<String, ColumnInfo> byName = new HashMap<>();
        for (ColumnInfo info : columns) {
            byName.put(info.name(), info);
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            ColumnInfo info = byName.get(name);
            AttributeType classified = info != null && info.attributeType() != null ? info.attributeType()
                    : AttributeType.INSENSITIVE;
            plans.add(plan(i, name, classified, info == null ? null : info.infoType()));
        }
        return plans;
    }

    /**
     * The policy's word, most specific first: a sensitive attribute it names; a transform of its {@code columns};
     * a hierarchy by column name, or by info type unless a {@code role} says otherwise; its {@code role};
     * then the policy's default for the role.
     */
    private Plan plan(int index, String name, AttributeType classified, String infoType) {
        ColumnRule rule = policy.columns().get(name);
        String sensitiveKey = policy.sensitiveAttributeKey(name);
        if (sensitiveKey != null) {
            // Naming a column classified identifying or quasi-identifying is not enough to release it as is: a
            // unique name always passes l-diversity. Its 'keep' must be said too.
            boolean keep = classified == AttributeType.SENSITIVE || classified == AttributeType.INSENSITIVE
                    || rule != null && rule.transform() == Transform.KEEP;
            return new Plan(index, name, classified, AttributeType.SENSITIVE, Transform.KEEP, rule, infoType,
                    sensitiveKey, keep);
        }
        String columnKey = "columns." + name;
        if (rule != null && rule.transform() != null) {
            Transform transform = rule.transform();
            AttributeType role = transform == Transform.GENERALISE ? AttributeType.QUASI_IDENTIFYING
                    : rule.role() != null ? rule.role() : classified;
            return new Plan(index, name, classified, role, transform, rule, infoType, columnKey + ".transform",
                    transform == Transform.KEEP);
        }
        AttributeType role = rule != null && rule.role() != null ? rule.role() : null;
        String hierarchyKey = policy.hierarchies().containsKey(name) ? "hierarchies." + name
                : infoType != null && policy.hierarchies().containsKey(infoType) ? "hierarchies." + infoType : null;
        if (hierarchyKey != null && (role == null || role == AttributeType.QUASI_IDENTIFYING)) {
            return new Plan(index, name, classified, AttributeType.QUASI_IDENTIFYING, Transform.GENERALISE, rule,
                    infoType, hierarchyKey, false);
        }
        if (role != null) {
            return new Plan(index, name, classified, role, defaultTransform(role), rule, infoType, columnKey + ".role",
                    false);
        }
        return new Plan(index, name, classified, classified, defaultTransform(classified), rule, infoType,
                defaultKey(classified), false);
    }

    private static String defaultKey(AttributeType role) {
        switch (role) {
            case IDENTIFYING:
                return "identifying";
            case INSENSITIVE:
                return "insensitive";
            default:
                return null;
        }
    }

    private Transform defaultTransform(AttributeType role) {
        switch (role) {
            case IDENTIFYING:
                return policy.identifying() == Policy.IdentifyingTreatment.DROP ? Transform.DROP
                        : Transform.PSEUDONYMISE;
            case QUASI_IDENTIFYING:
                return Transform.GENERALISE;
            case SENSITIVE:
                return Transform.KEEP;
            default:
                return policy.insensitive() == Policy.InsensitiveTreatment.DROP ? Transform.DROP : Transform.KEEP;
        }
    }

    /** Every column the policy treats otherwise than its classification calls for, or releases as is unasked. */
    List<Disagreement> disagreements(List<Plan> plans,
            List<SensitiveColumn> sensitive) {
        List<Disagreement> result = new ArrayList<>();
        for (Plan plan : plans) {
            boolean isProtected = sensitive.stream().anyMatch(s -> s.name.equals(plan.name()));
            boolean decision = plan.classified() != AttributeType.INSENSITIVE && plan.transform() == Transform.KEEP
                    && !plan.explicitKeep();
            if (!decision && agrees(plan, isProtected)) {
                continue;
            }
            String classified = "classified " + plan.classified();
            String message = decision ? classified + ", it would be released as is: " + howToDecide(plan)
                    : classified + "; " + describe(plan.transform(), plan.role(), isProtected)
                            + (plan.policyKey() == null ? "" : " (" + plan.policyKey() + ")")
                            + consequence(plan, isProtected);
            result.add(new Disagreement(plan.name(), plan.classified(),
                    treatmentOf(plan.transform()), plan.role(), plan.policyKey(),
                    decision ? Resolution.DECISION_REQUIRED
                            : Resolution.APPLIED, message));
        }
        return List.copyOf(result);
    }

    private String howToDecide(Plan plan) {
        String keep = "columns." + plan.name() + ".transform";
        String named = policy.sensitiveAttributeKey(plan.name());
        return named != null
                ? "naming it in " + named + " is not enough, the policy must also say 'keep' for it (" + keep
                        + "), or leave it out of " + named
                : "the policy must say 'keep' for it (" + keep + "), name it among the sensitive attributes of"
                        + " l-diversity or t-closeness, or drop or transform it";
    }

    /** Whether the policy treats the column as its classification calls for. */
    private static boolean agrees(Plan plan, boolean isProtected) {
        Transform t = plan.transform();
        switch (plan.classified()) {
            case IDENTIFYING:
                return t == Transform.DROP || t == Transform.PSEUDONYMISE;
            case QUASI_IDENTIFYING:
                return t == Transform.GENERALISE || t == Transform.DROP;
            case SENSITIVE:
                return t == Transform.KEEP ? isProtected : t != Transform.GENERALISE;
            default:
                return t != Transform.GENERALISE && plan.role() != AttributeType.SENSITIVE;
        }
    }

    private static String describe(Transform transform, AttributeType role, boolean isProtected) {
        switch (transform) {
            case GENERALISE:
                return "generalised as a quasi-identifier";
            case KEEP:
                return isProtected ? "released as is, a sensitive attribute protected by l-diversity or t-closeness"
                        : "released as is, as the policy says";
            default:
                return treatmentOf(transform).name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (role == AttributeType.SENSITIVE ? " as a sensitive attribute" : "");
        }
    }

    private static String consequence(Plan plan, boolean isProtected) {
        if (plan.classified() == AttributeType.QUASI_IDENTIFYING && plan.transform() != Transform.GENERALISE
                && plan.transform() != Transform.DROP) {
            return ": it is not part of k-anonymity";
        }
        if (plan.classified() == AttributeType.SENSITIVE && plan.transform() == Transform.KEEP && !isProtected) {
            return ": no l-diversity or t-closeness protects it";
        }
        return "";
    }

    /** The refusal message when some columns wait for a decision. */
    String decisionMessage(List<Disagreement> disagreements) {
        List<String> columns = disagreements.stream()
                .filter(d -> d.resolution() == Resolution.DECISION_REQUIRED)
                .map(d -> "'" + d.column() + "' (classified " + d.classifiedAs() + ")").toList();
        return "policy '" + policy.id() + "' needs a decision: it would release " + String.join(", ", columns)
                + " as is without saying so; say 'keep' for each in the policy's columns, name it among the sensitive"
                + " attributes of l-diversity or t-closeness, or drop or transform it";
    }

    static Treatment treatmentOf(Transform transform) {
        switch (transform) {
            case DROP:
                return Treatment.DROPPED;
            case PSEUDONYMISE:
                return Treatment.PSEUDONYMISED;
            case MASK:
                return Treatment.MASKED;
            case TOP_BOTTOM_CODING:
                return Treatment.TOP_BOTTOM_CODED;
            case MICRO_AGGREGATION:
                return Treatment.MICRO_AGGREGATED;
            case GENERALISE:
                return Treatment.GENERALISED;
            default:
                return Treatment.KEPT;
        }
    }
}
