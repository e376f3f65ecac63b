package fr.vigie.anonymise;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.anonymise.ColumnPlans.Plan;
import fr.vigie.anonymise.Policy.HierarchySpec;
import fr.vigie.anonymise.Policy.Transform;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Applies a {@link Policy} to a table: settles what becomes of each column, the policy's word winning over the
 * classification ({@link ColumnPlans}); drops or pseudonymises direct identifiers, finds the optimal
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
     * Anonymises {@code table}.
     *
     * @param columns      the classification of the table's columns (a column not listed is insensitive)
     * @param pseudonymKey the partner's key for pseudonyms; may be null when the policy pseudonymises nothing
     * @throws PolicyRefusedException when no transformation meets the models within the suppression limit, or when
     *                                the policy would release a personal column as is without saying so
     * @throws ConfigException        when a hierarchy does not fit the data or the policy asks the impossible
     */
    public Anonymisation anonymise(DataTable table, List<ColumnInfo> columns, byte[] pseudonymKey) {
        ColumnPlans columnPlans = new ColumnPlans(policy);
        List<Plan> plans = columnPlans.plan(table.header(), columns);
        for (Plan plan : plans) {
            if (readsValues(plan) && !table.isLoaded(plan.index())) {
                throw new IllegalStateException("column '" + plan.name() + "' is needed but was not loaded");
            }
        }
        if (plans.stream().anyMatch(p -> p.transform() == Transform.PSEUDONYMISE)) {
            new Pseudonymiser(pseudonymKey); // fails now on a missing or short key, not after the search
        }
        List<ColumnHierarchy> qis = quasiIdentifiers(table, plans);
        List<String> notes = new ArrayList<>();
        List<PrivacyModel> models = new ArrayList<>();
        List<SensitiveColumn> sensitive = sensitiveModels(table, plans, models, notes);
        List<AnonymisationReport.Disagreement> disagreements = columnPlans.disagreements(plans, sensitive);
        Search search = new Search(table, qis, sensitive, new Search.Settings(models, policy.suppressionLimit(),
                policy.quality(), policy.timeBudgetMillis()));
        Search.Result result = search.run();
        Search.Evaluation attempt = result.best() != null ? result.best() : result.top();
        AnonymisationReport report = report(table, plans, qis, search, models, attempt, result.stats(), notes,
                disagreements);
        refuseIfUnmet(columnPlans, disagreements, result, search, table.rowCount(), report);
        return output(table, plans, qis, search, result.best(), pseudonymKey, report);
    }

    /**
     * The columns whose values the search and the transformations must hold: the ones to generalise or
     * micro-aggregate, and the sensitive attributes. The others are dropped, released as they are or transformed
     * value by value (pseudonyms, masks, top and bottom coding), so a caller may leave them out of the table
     * ({@link DataTable#builder(List, java.util.Set)}) and release them from the source rows
     * ({@link Anonymisation#releasedRow}).
     */
    public Set<String> columnsToLoad(List<String> header, List<ColumnInfo> columns) {
        Set<String> load = new LinkedHashSet<>();
        for (Plan plan : new ColumnPlans(policy).plan(header, columns)) {
            if (readsValues(plan)) {
                load.add(plan.name());
            }
        }
        return load;
    }

    /** Generalisation and micro-aggregation need the whole column; a sensitive attribute may be protected by a model. */
    private static boolean readsValues(Plan plan) {
        return plan.transform() == Transform.GENERALISE || plan.transform() == Transform.MICRO_AGGREGATION
                || plan.role() == AttributeType.SENSITIVE;
    }

    /** The hierarchy of each column to generalise, in plan order. */
    private List<ColumnHierarchy> quasiIdentifiers(DataTable table, List<Plan> plans) {
        List<ColumnHierarchy> qis = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.transform() == Transform.GENERALISE) {
                qis.add(new ColumnHierarchy(table, plan.index(), hierarchyFor(table, plan)));
            }
        }
        return qis;
    }

    /** Refuses (with the report) when the DPO must decide on a disagreement or no node meets the models. */
    private void refuseIfUnmet(ColumnPlans columnPlans, List<AnonymisationReport.Disagreement> disagreements,
            Search.Result result, Search search, int rows, AnonymisationReport report) {
        List<String> refusals = new ArrayList<>();
        if (disagreements.stream().anyMatch(d -> d.resolution() == AnonymisationReport.Resolution.DECISION_REQUIRED)) {
            refusals.add(columnPlans.decisionMessage(disagreements));
        }
        if (result.best() == null) {
            refusals.add(refusal(rows, result.top(), search));
        }
        if (!refusals.isEmpty()) {
            throw new PolicyRefusedException(String.join("; and ", refusals), report);
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
            return build(spec, plan.name(), values);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(policy.file(), "hierarchies." + key,
                    e.getMessage() + " in column '" + plan.name() + "'");
        }
    }

    private static Hierarchy build(HierarchySpec spec, String column, List<String> values) {
        return switch (spec.kind()) {
            case FILE -> Hierarchy.load(spec.file());
            case GROUPS -> Hierarchies.groups(spec.file(), values);
            case DATE -> Hierarchies.date(column, values);
            case INTERVAL -> Hierarchies.interval(column, values, spec.widths());
            case MASK -> Hierarchies.mask(column, values);
            case SUPPRESS -> Hierarchies.suppress(column, values);
        };
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
            addLDiversity(l, table, protectedBy(l.columns(), "l-diversity", byName, plans, notes), sensitive, models);
        }
        if (t != null) {
            addTCloseness(t, table, protectedBy(t.columns(), "t-closeness", byName, plans, notes), sensitive, models);
        }
        if ((l != null || t != null) && sensitive.isEmpty()) {
            notes.add("the policy asks for l-diversity or t-closeness but no column is sensitive");
        }
        if (policy.averageRisk() != null) {
            models.add(new PrivacyModel.AverageRisk(policy.averageRisk()));
        }
        return List.copyOf(sensitive.values());
    }

    private void addLDiversity(Policy.LDiversity l, DataTable table, List<Plan> protectedColumns,
            Map<String, SensitiveColumn> sensitive, List<PrivacyModel> models) {
        for (Plan plan : protectedColumns) {
            sensitive.computeIfAbsent(plan.name(), n -> sensitiveColumn(table, plan, false));
            models.add(switch (l.variant()) {
                case DISTINCT -> new PrivacyModel.DistinctLDiversity(plan.name(), (int) l.l());
                case ENTROPY -> new PrivacyModel.EntropyLDiversity(plan.name(), l.l());
                case RECURSIVE -> new PrivacyModel.RecursiveCLDiversity(plan.name(), l.c(), (int) l.l());
            });
        }
    }

    /** Hierarchical t-closeness needs the column's hierarchy: a column added without one gets it. */
    private void addTCloseness(Policy.TCloseness t, DataTable table, List<Plan> protectedColumns,
            Map<String, SensitiveColumn> sensitive, List<PrivacyModel> models) {
        boolean hierarchical = t.distance() == PrivacyModel.Distance.HIERARCHICAL;
        for (Plan plan : protectedColumns) {
            SensitiveColumn column = sensitive.get(plan.name());
            if (column == null || hierarchical && column.hierarchy == null) {
                sensitive.put(plan.name(), sensitiveColumn(table, plan, hierarchical));
            }
            models.add(new PrivacyModel.TCloseness(plan.name(), t.t(), t.distance()));
        }
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

    private String refusal(int rows, Search.Evaluation top, Search search) {
        int limit = (int) Math.floor(policy.suppressionLimit() * rows + 1e-9);
        StringBuilder message = new StringBuilder("policy '").append(policy.id()).append("' cannot be met: ");
        message.append("even with every quasi-identifier fully generalised, ")
                .append(String.join("; ", failing(limit, top, search)))
                .append(String.format(Locale.ROOT, " (suppression limit %d rows = %.2f%% of %d)", limit,
                        policy.suppressionLimit() * 100, rows))
                .append(". Best achievable: ").append(top.suppressedRows()).append(" rows suppressed");
        return message.toString();
    }

    /** What fails at the most general node: each model that alone would suppress too many rows, else the whole. */
    private List<String> failing(int limit, Search.Evaluation top, Search search) {
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
        return failing;
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
        Treatments treatments = Treatments.of(plans, qis, eval);
        Partition partition = eval.partition();
        boolean[] suppressed = eval.suppressedClass();
        ReleasedClasses released = ReleasedClasses.of(partition, suppressed, rows - eval.suppressedRows());
        AnonymisationReport.Guarantees guarantees = new AnonymisationReport.Guarantees(released.smallest(),
                released.count(), search.distinctValues(partition, suppressed),
                search.largestDistance(partition, suppressed), outcomes(models, search, eval, released),
                released.averageRisk());
        Partition before = search.partitionOf(new int[qis.size()], false);
        AnonymisationReport.Risk riskBefore = Risks.of(before, new boolean[before.size], policy.riskThreshold(),
                policy.populationSize());
        AnonymisationReport.Risk riskAfter = Risks.of(partition, suppressed, policy.riskThreshold(),
                policy.populationSize());
        return new AnonymisationReport(policy.id(), rows, released.rows(), eval.suppressedRows(),
                policy.suppressionLimit(), treatments.byColumn(), treatments.levels(), guarantees, riskBefore,
                riskAfter, utility(search, eval, treatments.lossPerQi()), searchStatistics(stats), List.copyOf(notes),
                disagreements);
    }

    /**
     * What became of each column, and for the generalised ones their level and loss.
     *
     * @param levels    the level of each quasi-identifier (the transformation)
     * @param lossPerQi the information lost on each quasi-identifier
     */
    private record Treatments(Map<String, ColumnTreatment> byColumn, Map<String, Integer> levels,
            Map<String, Double> lossPerQi) {

        static Treatments of(List<Plan> plans, List<ColumnHierarchy> qis, Search.Evaluation eval) {
            Treatments treatments = new Treatments(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            int q = 0;
            for (Plan plan : plans) {
                String role = plan.role().name();
                if (plan.transform() == Transform.GENERALISE) {
                    ColumnHierarchy h = qis.get(q);
                    treatments.byColumn.put(plan.name(), new ColumnTreatment(Treatment.GENERALISED, eval.levels()[q],
                            h.levels, h.hierarchy.name(), role));
                    treatments.levels.put(plan.name(), eval.levels()[q]);
                    treatments.lossPerQi.put(plan.name(), eval.lossPerQi()[q]);
                    q++;
                } else {
                    treatments.byColumn.put(plan.name(), new ColumnTreatment(
                            ColumnPlans.treatmentOf(plan.transform()), null, null, null, role));
                }
            }
            return treatments;
        }
    }

    /**
     * The equivalence classes that are released.
     *
     * @param rows     the rows they hold
     * @param count    how many they are
     * @param smallest the size of the smallest (0 when none)
     */
    private record ReleasedClasses(int rows, int count, int smallest) {

        static ReleasedClasses of(Partition partition, boolean[] suppressed, int rows) {
            int classes = 0;
            int smallest = 0;
            for (int c = 0; c < partition.size; c++) {
                if (!suppressed[c]) {
                    classes++;
                    smallest = smallest == 0 ? partition.counts[c] : Math.min(smallest, partition.counts[c]);
                }
            }
            return new ReleasedClasses(rows, classes, smallest);
        }

        /** The average prosecutor risk: a record's risk is one over its class's size, so their sum is the class count. */
        double averageRisk() {
            return rows == 0 ? 0 : (double) count / rows;
        }
    }

    /** Each privacy model's required and achieved value, and the rows it would suppress on its own. */
    private static List<AnonymisationReport.ModelOutcome> outcomes(List<PrivacyModel> models, Search search,
            Search.Evaluation eval, ReleasedClasses released) {
        List<AnonymisationReport.ModelOutcome> outcomes = new ArrayList<>();
        long[] violating = eval.violatingRowsPerModel();
        double[] achieved = search.achieved(eval.partition(), eval.suppressedClass());
        int check = 0;
        for (PrivacyModel model : models) {
            double value;
            long rowsViolating = 0;
            if (model instanceof PrivacyModel.KAnonymity) {
                value = released.smallest();
                rowsViolating = violating == null ? 0 : violating[0];
            } else if (model instanceof PrivacyModel.AverageRisk) {
                value = released.averageRisk();
            } else {
                value = achieved[check];
                rowsViolating = violating == null ? 0 : violating[1 + check];
                check++;
            }
            outcomes.add(new AnonymisationReport.ModelOutcome(describe(model), required(model),
                    Double.isInfinite(value) ? 0 : value, rowsViolating));
        }
        return outcomes;
    }

    private AnonymisationReport.Utility utility(Search search, Search.Evaluation eval, Map<String, Double> lossPerQi) {
        Partition partition = eval.partition();
        boolean[] suppressed = eval.suppressedClass();
        return new AnonymisationReport.Utility(policy.quality(), eval.loss(), lossPerQi,
                search.entropyOf(eval.levels(), partition, suppressed, eval.suppressedRows()),
                search.discernibility(partition, suppressed, eval.suppressedRows()),
                search.averageClassSize(partition, suppressed, eval.suppressedRows()));
    }

    private static AnonymisationReport.SearchStatistics searchStatistics(Search.Stats stats) {
        return new AnonymisationReport.SearchStatistics(stats.latticeSize(), stats.nodesChecked(), stats.millis(),
                stats.cpuMillis(), stats.optimal(), stats.strategy());
    }

    private Anonymisation output(DataTable table, List<Plan> plans, List<ColumnHierarchy> qis, Search search,
            Search.Evaluation best, byte[] key, AnonymisationReport report) {
        Search.Evaluation tracked = best.partition().entryClass != null ? best
                : search.evaluate(best.levels().clone(), true);
        RowClasses classes = new RowClasses(search.rowEntry(), tracked.partition(), tracked.suppressedClass());
        Map<String, String[]> generalised = generalisedLabels(table, plans, qis, best.levels());
        Pseudonymiser pseudonymiser = plans.stream().anyMatch(p -> p.transform() == Transform.PSEUDONYMISE)
                ? new Pseudonymiser(key) : null;
        List<String> header = new ArrayList<>();
        List<Supplier<Anonymisation.Column>> columns = new ArrayList<>();
        boolean readsSource = false;
        for (Plan plan : plans) {
            if (plan.transform() != Transform.DROP) {
                header.add(plan.name());
                columns.add(column(table, plan, classes, generalised.get(plan.name()), pseudonymiser, key));
                readsSource |= !table.isLoaded(plan.index());
            }
        }
        return new Anonymisation(header, columns, table.rowCount(), classes::released, readsSource, report);
    }

    /** The class of every row of the released transformation, and which classes are suppressed. */
    private record RowClasses(int[] rowEntry, Partition partition, boolean[] suppressed) {
        int of(int row) {
            return partition.entryClass[rowEntry[row]];
        }

        boolean released(int row) {
            return !suppressed[of(row)];
        }
    }

    /**
     * The released column of one plan (not dropped); {@code generalised} holds its labels by code if generalised.
     * The supplier gives each release its own column: a column transformed value by value from the source rows keeps
     * a memo and a MAC of its own, which are not thread-safe; the others are shared, read-only.
     */
    private static Supplier<Anonymisation.Column> column(DataTable table, Plan plan, RowClasses classes,
            String[] generalised, Pseudonymiser pseudonymiser, byte[] key) {
        int index = plan.index();
        if (plan.transform() == Transform.GENERALISE) {
            Anonymisation.Column column = (row, source) -> generalised[table.code(row, index)];
            return () -> column;
        }
        if (plan.transform() == Transform.MICRO_AGGREGATION) {
            String[] means = Transformations.classMeans(table, index, classes.rowEntry(),
                    classes.partition().entryClass, classes.partition().size);
            Anonymisation.Column column = (row, source) -> means[classes.of(row)];
            return () -> column;
        }
        if (table.isLoaded(index)) {
            String[] byCode = mapValues(table, index, transform(plan, pseudonymiser));
            Anonymisation.Column column = (row, source) -> byCode[table.code(row, index)];
            return () -> column;
        }
        if (plan.transform() == Transform.KEEP) {
            Anonymisation.Column column = (row, source) -> sourceValue(source, index);
            return () -> column;
        }
        return () -> {
            UnaryOperator<String> memo = ValueMemo.of(transform(plan,
                    plan.transform() == Transform.PSEUDONYMISE ? new Pseudonymiser(key) : null));
            return (row, source) -> memo.apply(sourceValue(source, index));
        };
    }

    /** The value-by-value transformation of a plan; {@code pseudonymiser} is used by this transformation only. */
    private static UnaryOperator<String> transform(Plan plan, Pseudonymiser pseudonymiser) {
        return switch (plan.transform()) {
            case PSEUDONYMISE -> pseudonymiser::pseudonym;
            case MASK -> value -> Transformations.mask(value, plan.rule().keep());
            case TOP_BOTTOM_CODING -> value -> Transformations.topBottomCode(value, plan.rule().bottom(),
                    plan.rule().top());
            default -> UnaryOperator.identity();
        };
    }

    /** A released-as-is column's value read again from the source row ("" past a short row, as when loading). */
    private static String sourceValue(String[] source, int index) {
        if (source == null) {
            throw new IllegalStateException("some released columns were not loaded: release from the source rows");
        }
        return index < source.length && source[index] != null ? source[index] : "";
    }

    /** The label of each value of each generalised column, by column name, at the level of the best node. */
    private static Map<String, String[]> generalisedLabels(DataTable table, List<Plan> plans, List<ColumnHierarchy> qis,
            int[] levels) {
        Map<String, String[]> labels = new LinkedHashMap<>();
        int q = 0;
        for (Plan plan : plans) {
            if (plan.transform() == Transform.GENERALISE) {
                ColumnHierarchy h = qis.get(q);
                int level = levels[q++];
                String[] byCode = new String[table.cardinality(plan.index())];
                for (int v = 0; v < byCode.length; v++) {
                    byCode[v] = h.labels[level][h.lift[0][level][v]];
                }
                labels.put(plan.name(), byCode);
            }
        }
        return labels;
    }

    private static String[] mapValues(DataTable table, int index, UnaryOperator<String> f) {
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
