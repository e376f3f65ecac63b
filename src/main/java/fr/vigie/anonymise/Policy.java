package fr.vigie.anonymise;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An anonymisation policy (one per partner or sharing purpose), read from {@code rules/policies/*.yml}.
 * What it declares for a column wins over the classification: a rule in {@code columns}, a hierarchy (the column
 * is generalised as a quasi-identifier), a name in the {@code columns} of l-diversity or t-closeness (the column
 * is a sensitive attribute those models protect). The {@link Anonymiser} lists every disagreement with the
 * classification.
 *
 * @param id               policy identifier (reports, exports)
 * @param description      for the DPO
 * @param file             where it was read from
 * @param identifying      what happens to direct identifiers
 * @param insensitive      what happens to insensitive columns (data minimisation)
 * @param k                k of k-anonymity on the quasi-identifiers (1: none)
 * @param suppressionLimit share of rows that may be suppressed, in [0, 1)
 * @param lDiversity       l-diversity, or null
 * @param tCloseness       t-closeness, or null
 * @param averageRisk      bound of the average re-identification risk, or null
 * @param riskThreshold    prosecutor risk above which a record counts as "at risk" in reports
 * @param populationSize   size of the population the data covers (population uniqueness estimate), or null
 * @param quality          the quality model the search minimises
 * @param timeBudgetMillis search time budget; beyond it the result is best effort
 * @param columns          per-column rules, by column name
 * @param hierarchies      hierarchy choices, by column name or info type
 */
public record Policy(String id, String description, Path file, IdentifyingTreatment identifying,
        InsensitiveTreatment insensitive, int k, double suppressionLimit, LDiversity lDiversity,
        TCloseness tCloseness, Double averageRisk, double riskThreshold, Long populationSize, QualityModel quality,
        long timeBudgetMillis, Map<String, ColumnRule> columns, Map<String, HierarchySpec> hierarchies) {

    /** Treatment of direct identifiers. */
    public enum IdentifyingTreatment { DROP, PSEUDONYMISE }

    /** Treatment of insensitive columns. */
    public enum InsensitiveTreatment { KEEP, DROP }

    /** l-diversity variants. */
    public enum LVariant { DISTINCT, ENTROPY, RECURSIVE }

    /** Transformations a column rule may ask for. */
    public enum Transform { KEEP, DROP, PSEUDONYMISE, GENERALISE, MASK, TOP_BOTTOM_CODING, MICRO_AGGREGATION }

    /**
     * l-diversity settings; {@code c} only for the recursive variant.
     *
     * @param columns the sensitive attributes it protects; empty: every column classified SENSITIVE that is released
     */
    public record LDiversity(LVariant variant, double l, double c, List<String> columns) {
    }

    /**
     * t-closeness settings.
     *
     * @param columns the sensitive attributes it protects; empty: every column classified SENSITIVE that is released
     */
    public record TCloseness(double t, PrivacyModel.Distance distance, List<String> columns) {
    }

    /** The columns this policy names as sensitive attributes of l-diversity or t-closeness. */
    public Set<String> sensitiveAttributes() {
        Set<String> names = new LinkedHashSet<>();
        if (lDiversity != null) {
            names.addAll(lDiversity.columns());
        }
        if (tCloseness != null) {
            names.addAll(tCloseness.columns());
        }
        return names;
    }

    /** The key naming {@code column} as a sensitive attribute ({@code privacy.l-diversity.columns}...), or null. */
    public String sensitiveAttributeKey(String column) {
        if (lDiversity != null && lDiversity.columns().contains(column)) {
            return "privacy.l-diversity.columns";
        }
        return tCloseness != null && tCloseness.columns().contains(column) ? "privacy.t-closeness.columns" : null;
    }

    /**
     * A rule for one column.
     *
     * @param role      overrides the classification's attribute type, or null
     * @param transform the transformation, or null for the default of the role
     * @param bottom    top/bottom coding lower bound, or null
     * @param top       top/bottom coding upper bound, or null
     * @param keep      masking: number of leading characters kept
     */
    public record ColumnRule(AttributeType role, Transform transform, BigDecimal bottom, BigDecimal top, int keep) {
    }

    /** Where a hierarchy comes from. */
    public enum HierarchyKind { DATE, INTERVAL, MASK, SUPPRESS, FILE, GROUPS }

    /**
     * A hierarchy choice.
     *
     * @param kind   builtin builder, ARX file or YAML groupings
     * @param widths interval widths (INTERVAL), else empty
     * @param file   the file (FILE, GROUPS), resolved against the project directory, else null
     */
    public record HierarchySpec(HierarchyKind kind, List<BigDecimal> widths, Path file) {
    }

    /**
     * Reads and validates a policy file; relative paths in it are resolved against {@code projectDir}.
     *
     * @throws fr.vigie.model.ConfigException naming the file and the key of the first problem
     */
    public static Policy load(Path policyFile, Path projectDir) {
        ConfigNode root = ConfigNode.load(policyFile).allowOnly("id", "description", "identifying", "insensitive",
                "privacy", "quality", "search", "columns", "hierarchies");
        String id = root.string("id");
        String description = root.string("description", "");
        IdentifyingTreatment identifying = root.optEnum("identifying", IdentifyingTreatment.class)
                .orElse(IdentifyingTreatment.DROP);
        InsensitiveTreatment insensitive = root.optEnum("insensitive", InsensitiveTreatment.class)
                .orElse(InsensitiveTreatment.KEEP);
        Privacy privacy = Privacy.read(root.require("privacy"));
        QualityModel quality = root.optEnum("quality", QualityModel.class).orElse(QualityModel.LOSS);
        long budget = readTimeBudgetMillis(root);
        Map<String, ColumnRule> columns = byName(root, "columns", Policy::columnRule);
        Map<String, HierarchySpec> hierarchies = byName(root, "hierarchies", node -> hierarchySpec(node, projectDir));
        Policy policy = new Policy(id, description, policyFile, identifying, insensitive, privacy.k(),
                privacy.suppressionLimit(), privacy.lDiversity(), privacy.tCloseness(), privacy.averageRisk(),
                privacy.riskThreshold(), privacy.populationSize(), quality, budget, columns, hierarchies);
        policy.checkConsistency(root);
        return policy;
    }

    /** The {@code privacy} section: the models the release must satisfy. */
    private record Privacy(int k, double suppressionLimit, LDiversity lDiversity, TCloseness tCloseness,
            Double averageRisk, double riskThreshold, Long populationSize) {

        static Privacy read(ConfigNode privacy) {
            privacy.allowOnly("k", "suppressionLimit", "l-diversity", "t-closeness", "averageRisk", "riskThreshold",
                    "populationSize");
            int k = privacy.integer("k", 1);
            if (k < 1) {
                throw privacy.get("k").error("must be at least 1");
            }
            double suppressionLimit = privacy.number("suppressionLimit", 0, 0, 0.99);
            LDiversity lDiversity = privacy.has("l-diversity") ? readLDiversity(privacy.get("l-diversity")) : null;
            TCloseness tCloseness = privacy.has("t-closeness") ? readTCloseness(privacy.get("t-closeness")) : null;
            Double averageRisk = privacy.has("averageRisk") ? privacy.number("averageRisk", 1, 0, 1) : null;
            double riskThreshold = privacy.number("riskThreshold", 0.2, 0, 1);
            return new Privacy(k, suppressionLimit, lDiversity, tCloseness, averageRisk, riskThreshold,
                    readPopulationSize(privacy));
        }
    }

    private static LDiversity readLDiversity(ConfigNode node) {
        node.allowOnly("variant", "l", "c", "columns");
        LVariant variant = node.optEnum("variant", LVariant.class).orElse(LVariant.DISTINCT);
        double l = node.number("l", 2, 1, 1_000_000);
        double c = node.number("c", variant == LVariant.RECURSIVE ? 3 : 0, 0, 1_000_000);
        if (variant == LVariant.RECURSIVE && c <= 0) {
            throw node.get("c").error("must be positive for recursive l-diversity");
        }
        if (variant != LVariant.ENTROPY && l != Math.rint(l)) {
            throw node.get("l").error("must be a whole number for " + variant.name().toLowerCase()
                    + " l-diversity");
        }
        return new LDiversity(variant, l, c, columnNames(node));
    }

    private static TCloseness readTCloseness(ConfigNode node) {
        node.allowOnly("t", "distance", "columns");
        TCloseness tCloseness = new TCloseness(node.require("t").asDouble(),
                node.optEnum("distance", PrivacyModel.Distance.class).orElse(PrivacyModel.Distance.EQUAL),
                columnNames(node));
        if (tCloseness.t() < 0 || tCloseness.t() > 1) {
            throw node.get("t").error("must be between 0 and 1");
        }
        return tCloseness;
    }

    private static Long readPopulationSize(ConfigNode privacy) {
        if (!privacy.has("populationSize")) {
            return null;
        }
        long populationSize = privacy.get("populationSize").asLong();
        if (populationSize < 1 || populationSize > Integer.MAX_VALUE) {
            throw privacy.get("populationSize").error("must be between 1 and " + Integer.MAX_VALUE);
        }
        return populationSize;
    }

    private static long readTimeBudgetMillis(ConfigNode root) {
        if (!root.has("search")) {
            return 30_000;
        }
        ConfigNode search = root.get("search").allowOnly("timeBudgetSeconds");
        return Math.round(search.number("timeBudgetSeconds", 30, 0.001, 86_400) * 1000);
    }

    /** The entries of the map under {@code key} (none when absent), each read by {@code read}, in file order. */
    private static <T> Map<String, T> byName(ConfigNode root, String key, Function<ConfigNode, T> read) {
        Map<String, T> values = new LinkedHashMap<>();
        if (root.has(key)) {
            for (Map.Entry<String, ConfigNode> entry : root.get(key).entries().entrySet()) {
                values.put(entry.getKey(), read.apply(entry.getValue()));
            }
        }
        return Map.copyOf(values);
    }

    /** The {@code columns} list of a privacy model: distinct, non-empty names. */
    private static List<String> columnNames(ConfigNode model) {
        List<String> names = new ArrayList<>();
        for (ConfigNode item : model.get("columns").items()) {
            String name = item.asString();
            if (name.isBlank() || names.contains(name)) {
                throw item.error(name.isBlank() ? "must not be empty" : "column '" + name + "' is listed twice");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /**
     * A column cannot be told two things: a sensitive attribute is released as is (its hierarchy only serves
     * hierarchical t-closeness), a column with a hierarchy is generalised.
     */
    private void checkConsistency(ConfigNode root) {
        for (Map.Entry<String, ColumnRule> entry : columns.entrySet()) {
            checkColumnRule(entry.getKey(), entry.getValue(), root.get("columns").get(entry.getKey()));
        }
        for (String name : sensitiveAttributes()) {
            boolean hierarchical = tCloseness != null && tCloseness.distance() == PrivacyModel.Distance.HIERARCHICAL
                    && tCloseness.columns().contains(name);
            if (hierarchies.containsKey(name) && !hierarchical) {
                throw root.get("hierarchies").get(name).error("column '" + name + "' is a sensitive attribute ("
                        + sensitiveAttributeKey(name) + "), released as is: a hierarchy would only serve"
                        + " hierarchical t-closeness");
            }
        }
    }

    /** The rule of a sensitive attribute keeps it; the rule of a column with a hierarchy generalises it. */
    private void checkColumnRule(String name, ColumnRule rule, ConfigNode node) {
        if (sensitiveAttributes().contains(name)) {
            if (rule.transform() != null && rule.transform() != Transform.KEEP) {
                throw node.get("transform").error("column '" + name + "' is a sensitive attribute ("
                        + sensitiveAttributeKey(name) + "), which is released as is: only 'keep' fits");
            }
            if (rule.role() != null && rule.role() != AttributeType.SENSITIVE) {
                throw node.get("role").error("column '" + name + "' is a sensitive attribute ("
                        + sensitiveAttributeKey(name) + ")");
            }
        } else if (hierarchies.containsKey(name) && rule.transform() != null
                && rule.transform() != Transform.GENERALISE) {
            throw node.get("transform").error("column '" + name + "' has a hierarchy (hierarchies." + name
                    + "), which generalises it");
        } else if (hierarchies.containsKey(name) && rule.role() != null
                && rule.role() != AttributeType.QUASI_IDENTIFYING) {
            throw node.get("role").error("column '" + name + "' has a hierarchy (hierarchies." + name
                    + "), which makes it a quasi-identifier");
        }
    }

    private static ColumnRule columnRule(ConfigNode node) {
        node.allowOnly("role", "transform", "bottom", "top", "keep");
        AttributeType role = node.optEnum("role", AttributeType.class).orElse(null);
        Transform transform = node.optEnum("transform", Transform.class).orElse(null);
        BigDecimal bottom = node.has("bottom") ? node.get("bottom").as(BigDecimal::new, "a number") : null;
        BigDecimal top = node.has("top") ? node.get("top").as(BigDecimal::new, "a number") : null;
        if (transform == Transform.TOP_BOTTOM_CODING && bottom == null && top == null) {
            throw node.error("top-bottom-coding needs 'bottom', 'top' or both");
        }
        if (bottom != null && top != null && bottom.compareTo(top) > 0) {
            throw node.get("bottom").error("must not be above 'top'");
        }
        if (role != null && transform != null && !fits(role, transform)) {
            throw node.get("transform").error("a column whose role is " + role.name().toLowerCase().replace('_', '-')
                    + " cannot be given '" + transform.name().toLowerCase().replace('_', '-') + "'");
        }
        int keep = node.integer("keep", 0);
        if (keep < 0) {
            throw node.get("keep").error("must not be negative");
        }
        return new ColumnRule(role, transform, bottom, top, keep);
    }

    /** Whether a transform is one a column of this role (as the policy itself says) can be given. */
    private static boolean fits(AttributeType role, Transform transform) {
        switch (role) {
            case IDENTIFYING:
                return transform == Transform.DROP || transform == Transform.PSEUDONYMISE;
            case QUASI_IDENTIFYING:
                return transform == Transform.GENERALISE || transform == Transform.DROP;
            default:
                return transform != Transform.GENERALISE;
        }
    }

    private static HierarchySpec hierarchySpec(ConfigNode node, Path projectDir) {
        node.allowOnly("builtin", "widths", "file", "groups");
        int given = (node.has("builtin") ? 1 : 0) + (node.has("file") ? 1 : 0) + (node.has("groups") ? 1 : 0);
        if (given != 1) {
            throw node.error("give exactly one of 'builtin', 'file' or 'groups'");
        }
        if (node.has("file")) {
            return new HierarchySpec(HierarchyKind.FILE, List.of(), node.get("file").asExistingPath(projectDir));
        }
        if (node.has("groups")) {
            return new HierarchySpec(HierarchyKind.GROUPS, List.of(), node.get("groups").asExistingPath(projectDir));
        }
        HierarchyKind kind = node.get("builtin").asEnum(HierarchyKind.class);
        if (kind == HierarchyKind.FILE || kind == HierarchyKind.GROUPS) {
            throw node.get("builtin").error("unknown value (expected one of: date, interval, mask, suppress)");
        }
        List<BigDecimal> widths = List.of();
        if (kind == HierarchyKind.INTERVAL) {
            widths = readWidths(node);
        } else if (node.has("widths")) {
            throw node.get("widths").error("only for builtin: interval");
        }
        return new HierarchySpec(kind, widths, null);
    }

    /** The widths of an interval hierarchy: positive, each a multiple of the one before. */
    private static List<BigDecimal> readWidths(ConfigNode node) {
        List<BigDecimal> widths = node.require("widths").items().stream()
                .map(w -> w.as(BigDecimal::new, "a number")).toList();
        for (int i = 0; i < widths.size(); i++) {
            if (widths.get(i).signum() <= 0) {
                throw node.get("widths").error("widths must be positive");
            }
            if (i > 0 && widths.get(i).remainder(widths.get(i - 1)).signum() != 0) {
                throw node.get("widths").error("each width must be a multiple of the previous one");
            }
        }
        return widths;
    }
}
