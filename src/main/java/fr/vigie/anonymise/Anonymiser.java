package fr.vigie.anonymise;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.anonymise.Policy.ColumnRule;
import fr.vigie.anonymise.Policy.HierarchySpec;
import fr.vigie.anonymise.Policy.Transform;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a {@link Policy} to a table: drops or pseudonymises direct identifiers, finds the optimal
 * generalisation of the quasi-identifiers under the policy's privacy models, applies the other column
 * transformations and measures risk and utility.
 */
public final class Anonymiser {
    private final Policy policy;
    private final Path projectDir;

    /**
     * @param projectDir the project directory the policy was loaded against (its hierarchy paths are already
     *                   resolved; kept so that the facade's signature does not change when more files are read)
     */
    public Anonymiser(Policy policy, Path projectDir) {
        this.policy = policy;
        this.projectDir = projectDir;
    }

    /**
     * How one input column is handled.
     *
     * @param classified   what the classification says it is
     * @param policyKey    the policy key that decided, or null when the policy's default for the role applies
     * @param explicitKeep whether the policy says {@code keep} for it, or names it as a sensitive attribute (enough
     *                     for a column classified sensitive or insensitive only)
     */
    private record Plan(int index, String name, AttributeType classified, AttributeType role, Transform transform,
            ColumnRule rule, String infoType, String policyKey, boolean explicitKeep) {
    }

    /**
     * Anonymises {@code table}.
     *
     * @param columns      the classification of the table's columns (a column not listed is insensitive)
     * @param pseudonymKey the partner's key for pseudonyms; may be null when the policy pseudonymises nothing
     * @throws PolicyRefusedException when no transformation meets the models within the suppression limit, or when
     *                                the policy would release a personal column as is without saying so
     * @throws ConfigException        when a hierarchy does not fit the data or the policy asks the impossible
     */
    public Anonymisation anonymise(DataTable table, List<ColumnInfo> columns, byte[] pseudonymKey) {
        List<Plan> plans = plan(table, columns);
        if (plans.stream().anyMatch(p -> p.transform() == Transform.PSEUDONYMISE)) {
            new Pseudonymiser(pseudonymKey); // fails now on a missing or short key, not after the search
        }
        List<ColumnHierarchy> qis = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.transform() == Transform.GENERALISE) {
                qis.add(new ColumnHierarchy(table, plan.index(), hierarchyFor(table, plan)));
            }
        }
        List<PrivacyModel> models = new ArrayList<>();
        List<SensitiveColumn> sensitive = sensitiveModels(table, plans, models, notes);
        List<AnonymisationReport.Disagreement> disagreements = disagreements(plans, sensitive);
        Search search = new Search(table, qis, sensitive, new Search.Settings(models, policy.suppressionLimit(),
                policy.quality(), policy.timeBudgetMillis()));
        Search.Result result = search.run();
        Search.Evaluation attempt = result.best() != null ? result.best() : result.top();
        AnonymisationReport report = report(table, plans, qis, search, models, attempt, result.stats(), notes,
                disagreements);
        List<String> refusals = new ArrayList<>();
        if (disagreements.stream().anyMatch(d -> d.resolution() == AnonymisationReport.Resolution.DECISION_REQUIRED)) {
            refusals.add(decisionMessage(disagreements));
        }
        if (result.best() == null) {
            refusals.add(refusal(table.rowCount(), result.top(), search));
        }
        if (!refusals.isEmpty()) {
            throw new PolicyRefusedException(String.join("; and ", refusals), report);
        }
        return output(table, plans, qis, search, result.best(), pseudonymKey, report);
    }

    private List<Plan> plan(DataTable table, List<ColumnInfo> columns) {
        Map<String, ColumnInfo> byName = new HashMap<>();
        for (ColumnInfo info : columns) {
            byName.put(info.name(), info);
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < table.columnCount(); i++) {
            String name = table.header().get(i);
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
                return policy.identifying() == Policy.IdentifyingTreatment.DROP ? Transform.DROP : Transform.PSEUDONYMISE;
            case QUASI_IDENTIFYING:
                return Transform.GENERALISE;
            case SENSITIVE:
                return Transform.KEEP;
            default:
                return policy.insensitive() == Policy.InsensitiveTreatment.DROP ? Transform.DROP : Transform.KEEP;
        }
    }

    /** Policy by column name → policy by info type → default by what the values look like → value → *. */
    private Hierarchy hierarchyFor(DataTable table, Plan plan) {
        String key = plan.name();
        HierarchySpec spec = policy.hierarchies().get(key);
        if (spec == null && plan.infoType() != null) {
            key = plan.infoType();
            spec = policy.hierarchies().get(key);
        }
        List<String> values = table.dictionary(plan.index());
        if (spec == null) {
            return DefaultHierarchies.guess(plan.name(), values);
        }
        try {
            switch (spec.kind()) {
                case FILE:
                    return Hierarchy.load(spec.file());
                case GROUPS:
                    return Hierarchies.groups(spec.file(), values);
                case DATE:
                    return Hierarchies.date(plan.name(), values);
                case INTERVAL:
                    return Hierarchies.interval(plan.name(), values, spec.widths());
                case MASK:
                    return Hierarchies.mask(plan.name(), values);
                default:
                    return Hierarchies.suppress(plan.name(), values);
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(policy.file(), "hierarchies." + key,
                    e.getMessage() + " in column '" + plan.name() + "'");
        }
    }

    /**
     * Fills {@code models} (k-anonymity, each sensitive model on each column it protects, the risk bound) and
     * returns the sensitive columns they protect: those the policy names, or, for a model naming none, every
     * column classified sensitive that is released.
     */
    private List<SensitiveColumn> sensitiveModels(DataTable table, List<Plan> plans, List<PrivacyModel> models,
            List<String> notes) {
        models.add(new PrivacyModel.KAnonymity(policy.k()));
        Policy.LDiversity l = policy.lDiversity();
        Policy.TCloseness t = policy.tCloseness();
        Map<String, Plan> byName = new LinkedHashMap<>();
        plans.forEach(p -> byName.put(p.name(), p));
        Map<String, SensitiveColumn> sensitive = new LinkedHashMap<>();
        if (l != null) {
            for (Plan plan : protectedBy(l.columns(), "l-diversity", byName, plans, notes)) {
                sensitive.computeIfAbsent(plan.name(), n -> sensitiveColumn(table, plan, false));
                models.add(switch (l.variant()) {
                    case DISTINCT -> new PrivacyModel.DistinctLDiversity(plan.name(), (int) l.l());
                    case ENTROPY -> new PrivacyModel.EntropyLDiversity(plan.name(), l.l());
                    case RECURSIVE -> new PrivacyModel.RecursiveCLDiversity(plan.name(), l.c(), (int) l.l());
                });
            }
        }
        if (t != null) {
            boolean hierarchical = t.distance() == PrivacyModel.Distance.HIERARCHICAL;
            for (Plan plan : protectedBy(t.columns(), "t-closeness", byName, plans, notes)) {
                SensitiveColumn column = sensitive.get(plan.name());
                if (column == null || hierarchical && column.hierarchy == null) {
                    sensitive.put(plan.name(), sensitiveColumn(table, plan, hierarchical));
                }
                models.add(new PrivacyModel.TCloseness(plan.name(), t.t(), t.distance()));
            }
        }
        if ((l != null || t != null) && sensitive.isEmpty()) {
            notes.add("the policy asks for l-diversity or t-closeness but no column is sensitive");
        }
        if (policy.averageRisk() != null) {
            models.add(new PrivacyModel.AverageRisk(policy.averageRisk()));
        }
        return List.copyOf(sensitive.values());
    }

    /** The columns a model protects: those it names (noting the absent ones), else the released sensitive ones. */
    private static List<Plan> protectedBy(List<String> named, String model, Map<String, Plan> byName,
            List<Plan> plans, List<String> notes) {
        if (named.isEmpty()) {
            return plans.stream().filter(p -> p.role() == AttributeType.SENSITIVE && p.transform() != Transform.DROP)
                    .toList();
        }
        List<Plan> result = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : named) {
            Plan plan = byName.get(name);
            if (plan == null) {
                absent.add(name);
            } else {
                result.add(plan);
            }
        }
        if (!absent.isEmpty()) {
            notes.add(model + " names columns the table does not have: " + String.join(", ", absent));
        }
        return result;
    }

    private SensitiveColumn sensitiveColumn(DataTable table, Plan plan, boolean withHierarchy) {
        return new SensitiveColumn(table, plan.index(),
                withHierarchy ? new ColumnHierarchy(table, plan.index(), hierarchyFor(table, plan)) : null);
    }

    /** Every column the policy treats otherwise than its classification calls for, or releases as is unasked. */
    private List<AnonymisationReport.Disagreement> disagreements(List<Plan> plans,
            List<SensitiveColumn> sensitive) {
        List<AnonymisationReport.Disagreement> result = new ArrayList<>();
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
            result.add(new AnonymisationReport.Disagreement(plan.name(), plan.classified(),
                    treatmentOf(plan.transform()), plan.role(), plan.policyKey(),
                    decision ? AnonymisationReport.Resolution.DECISION_REQUIRED
                            : AnonymisationReport.Resolution.APPLIED, message));
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

    private String decisionMessage(List<AnonymisationReport.Disagreement> disagreements) {
        List<String> columns = disagreements.stream()
                .filter(d -> d.resolution() == AnonymisationReport.Resolution.DECISION_REQUIRED)
                .map(d -> "'" + d.column() + "' (classified " + d.classifiedAs() + ")").toList();
        return "policy '" + policy.id() + "' needs a decision: it would release " + String.join(", ", columns)
                + " as is without saying so; say 'keep' for each in the policy's columns, name it among the sensitive"
                + " attributes of l-diversity or t-closeness, or drop or transform it";
    }

    private String refusal(int rows, Search.Evaluation top, Search search) {
        int limit = (int) Math.floor(policy.suppressionLimit() * rows + 1e-9);
        StringBuilder message = new StringBuilder("policy '").append(policy.id()).append("' cannot be met: ");
        List<String> failing = new ArrayList<>();
        long[] violating = top.violatingRowsPerModel();
        if (violating != null && violating[0] > limit) {
            failing.add("k-anonymity (k=" + policy.k() + ") alone would suppress " + violating[0] + " rows");
        }
        for (int m = 0; m < search.checks().size(); m++) {
            if (violating != null && violating[1 + m] > limit) {
                failing.add(describe(search.checks().get(m).model) + " alone would suppress " + violating[1 + m]
                        + " rows");
            }
        }
        if (failing.isEmpty()) {
            failing.add(top.suppressedRows() > limit ? "the models together would suppress " + top.suppressedRows()
                    + " rows" : "the average re-identification risk bound is not reached");
        }
        message.append("even with every quasi-identifier fully generalised, ").append(String.join("; ", failing))
                .append(String.format(Locale.ROOT, " (suppression limit %d rows = %.2f%% of %d)", limit,
                        policy.suppressionLimit() * 100, rows))
                .append(". Best achievable: ").append(top.suppressedRows()).append(" rows suppressed");
        return message.toString();
    }

    static String describe(PrivacyModel model) {
        if (model instanceof PrivacyModel.KAnonymity m) {
            return "k-anonymity";
        } else if (model instanceof PrivacyModel.DistinctLDiversity m) {
            return "distinct-l-diversity(" + m.column() + ")";
        } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
            return "entropy-l-diversity(" + m.column() + ")";
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return "recursive-c-l-diversity(" + m.column() + ", l=" + m.l() + ")";
        } else if (model instanceof PrivacyModel.TCloseness m) {
            return m.distance().name().toLowerCase(Locale.ROOT) + "-t-closeness(" + m.column() + ")";
        }
        return "average-risk";
    }

    private static double required(PrivacyModel model) {
        if (model instanceof PrivacyModel.KAnonymity m) {
            return m.k();
        } else if (model instanceof PrivacyModel.DistinctLDiversity m) {
            return m.l();
        } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
            return m.l();
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return m.c();
        } else if (model instanceof PrivacyModel.TCloseness m) {
            return m.t();
        }
        return ((PrivacyModel.AverageRisk) model).threshold();
    }

    private AnonymisationReport report(DataTable table, List<Plan> plans, List<ColumnHierarchy> qis, Search search,
            List<PrivacyModel> models, Search.Evaluation eval, Search.Stats stats, List<String> notes,
            List<AnonymisationReport.Disagreement> disagreements) {
        int rows = table.rowCount();
        Map<String, ColumnTreatment> treatments = new LinkedHashMap<>();
        Map<String, Integer> transformation = new LinkedHashMap<>();
        Map<String, Double> lossPerQi = new LinkedHashMap<>();
        int q = 0;
        for (Plan plan : plans) {
            String role = plan.role().name();
            if (plan.transform() == Transform.GENERALISE) {
                ColumnHierarchy h = qis.get(q);
                treatments.put(plan.name(), new ColumnTreatment(Treatment.GENERALISED, eval.levels()[q], h.levels,
                        h.hierarchy.name(), role));
                transformation.put(plan.name(), eval.levels()[q]);
                lossPerQi.put(plan.name(), eval.lossPerQi()[q]);
                q++;
            } else {
                treatments.put(plan.name(), new ColumnTreatment(treatmentOf(plan.transform()), null, null, null, role));
            }
        }
        Partition partition = eval.partition();
        boolean[] suppressed = eval.suppressedClass();
        int released = rows - eval.suppressedRows();
        int classes = 0;
        int smallest = 0;
        for (int c = 0; c < partition.size; c++) {
            if (!suppressed[c]) {
                classes++;
                smallest = smallest == 0 ? partition.counts[c] : Math.min(smallest, partition.counts[c]);
            }
        }
        double averageRisk = released == 0 ? 0 : (double) classes / released;
        List<AnonymisationReport.ModelOutcome> outcomes = new ArrayList<>();
        long[] violating = eval.violatingRowsPerModel();
        double[] achieved = search.achieved(partition, suppressed);
        int check = 0;
        for (PrivacyModel model : models) {
            double value;
            long rowsViolating = 0;
            if (model instanceof PrivacyModel.KAnonymity) {
                value = smallest;
                rowsViolating = violating == null ? 0 : violating[0];
            } else if (model instanceof PrivacyModel.AverageRisk) {
                value = averageRisk;
            } else {
                value = achieved[check];
                rowsViolating = violating == null ? 0 : violating[1 + check];
                check++;
            }
            outcomes.add(new AnonymisationReport.ModelOutcome(describe(model), required(model),
                    Double.isInfinite(value) ? 0 : value, rowsViolating));
        }
        Partition before = search.partitionOf(new int[qis.size()], false);
        AnonymisationReport.Risk riskBefore = Risks.of(before, new boolean[before.size], policy.riskThreshold(),
                policy.populationSize());
        AnonymisationReport.Risk riskAfter = Risks.of(partition, suppressed, policy.riskThreshold(),
                policy.populationSize());
        AnonymisationReport.Utility utility = new AnonymisationReport.Utility(policy.quality(), eval.loss(),
                lossPerQi, search.entropyOf(eval.levels(), partition, suppressed, eval.suppressedRows()),
                search.discernibility(partition, suppressed, eval.suppressedRows()),
                search.averageClassSize(partition, suppressed, eval.suppressedRows()));
        return new AnonymisationReport(policy.id(), rows, released, eval.suppressedRows(), policy.suppressionLimit(),
                treatments, transformation, new AnonymisationReport.Guarantees(smallest, classes,
                        search.distinctValues(partition, suppressed), search.largestDistance(partition, suppressed),
                        outcomes, averageRisk), riskBefore, riskAfter, utility,
                new AnonymisationReport.SearchStatistics(stats.latticeSize(), stats.nodesChecked(), stats.millis(),
                        stats.cpuMillis(), stats.optimal(), stats.strategy()), List.copyOf(notes), disagreements);
    }

    private static Treatment treatmentOf(Transform transform) {
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

    private Anonymisation output(DataTable table, List<Plan> plans, List<ColumnHierarchy> qis, Search search,
            Search.Evaluation best, byte[] key, AnonymisationReport report) {
        int[] rowEntry = search.rowEntry();
        Search.Evaluation tracked = best.partition().entryClass != null ? best
                : search.evaluate(best.levels().clone(), true);
        Partition partition = tracked.partition();
        int[] entryClass = partition.entryClass;
        boolean[] suppressedClass = tracked.suppressedClass();
        Anonymisation.RowFilter filter = row -> !suppressedClass[entryClass[rowEntry[row]]];
        List<String> header = new ArrayList<>();
        List<Anonymisation.Column> columns = new ArrayList<>();
        Pseudonymiser pseudonymiser = null;
        int q = 0;
        for (Plan plan : plans) {
            int index = plan.index();
            String[] byCode = null;
            switch (plan.transform()) {
                case DROP:
                    break;
                case GENERALISE: {
                    ColumnHierarchy h = qis.get(q);
                    int level = best.levels()[q++];
                    byCode = new String[table.cardinality(index)];
                    for (int v = 0; v < byCode.length; v++) {
                        byCode[v] = h.labels[level][h.lift[0][level][v]];
                    }
                    break;
                }
                case PSEUDONYMISE:
                    if (pseudonymiser == null) {
                        pseudonymiser = new Pseudonymiser(key);
                    }
                    byCode = new String[table.cardinality(index)];
                    for (int v = 0; v < byCode.length; v++) {
                        byCode[v] = pseudonymiser.pseudonym(table.dictionaryValue(index, v));
                    }
                    break;
                case MASK:
                    byCode = mapValues(table, index, value -> Transformations.mask(value, plan.rule().keep()));
                    break;
                case TOP_BOTTOM_CODING:
                    byCode = mapValues(table, index, value -> Transformations.topBottomCode(value,
                            plan.rule().bottom(), plan.rule().top()));
                    break;
                case MICRO_AGGREGATION: {
                    String[] means = Transformations.classMeans(table, index, rowEntry, entryClass, partition.size);
                    header.add(plan.name());
                    columns.add(row -> means[entryClass[rowEntry[row]]]);
                    continue;
                }
                default:
                    header.add(plan.name());
                    columns.add(row -> table.value(row, index));
                    continue;
            }
            if (byCode != null) {
                String[] labels = byCode;
                header.add(plan.name());
                columns.add(row -> labels[table.code(row, index)]);
            }
        }
        return new Anonymisation(header, columns, table.rowCount(), filter, report);
    }

    private static String[] mapValues(DataTable table, int index, java.util.function.UnaryOperator<String> f) {
        String[] byCode = new String[table.cardinality(index)];
        for (int v = 0; v < byCode.length; v++) {
            byCode[v] = f.apply(table.dictionaryValue(index, v));
        }
        return byCode;
    }

    /** Rounds a mean for output. */
    static String format(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
