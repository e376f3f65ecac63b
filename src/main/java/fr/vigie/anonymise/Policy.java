package fr.vigie.anonymise;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An anonymisation policy (one per partner or sharing purpose), read from {@code rules/policies/*.yml}.
 * It decides the final treatment of every column, whatever the classification suggested.
 *
 * @param id               policy identifier (reports, exports)
 * @param description      for the DPO
 * @param file             where it was read from
 * @param identifying      what happens to direct identifiers
 * @param insensitive      what happens to insensitive columns (data minimisation)
 * @param k                k of k-anonymity on the quasi-identifiers (1: none)
 * @param suppressionLimit share of rows that may be suppressed, in [0, 1)
 * @param lDiversity       l-diversity applied to each sensitive column, or null
 * @param tCloseness       t-closeness applied to each sensitive column, or null
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

    /** l-diversity settings; {@code c} only for the recursive variant. */
    public record LDiversity(LVariant variant, double l, double c) {
    }

    /** t-closeness settings. */
    public record TCloseness(double t, PrivacyModel.Distance distance) {
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
        ConfigNode privacy = root.require("privacy").allowOnly("k", "suppressionLimit", "l-diversity",
                "t-closeness", "averageRisk", "riskThreshold", "populationSize");
        int k = privacy.integer("k", 1);
        if (k < 1) {
            throw privacy.get("k").error("must be at least 1");
        }
        double suppressionLimit = privacy.number("suppressionLimit", 0, 0, 0.99);
        LDiversity lDiversity = null;
        if (privacy.has("l-diversity")) {
            ConfigNode node = privacy.get("l-diversity").allowOnly("variant", "l", "c");
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
            lDiversity = new LDiversity(variant, l, c);
        }
        TCloseness tCloseness = null;
        if (privacy.has("t-closeness")) {
            ConfigNode node = privacy.get("t-closeness").allowOnly("t", "distance");
            tCloseness = new TCloseness(node.require("t").asDouble(),
                    node.optEnum("distance", PrivacyModel.Distance.class).orElse(PrivacyModel.Distance.EQUAL));
            if (tCloseness.t() < 0 || tCloseness.t() > 1) {
                throw node.get("t").error("must be between 0 and 1");
            }
        }
        Double averageRisk = privacy.has("averageRisk") ? privacy.number("averageRisk", 1, 0, 1) : null;
        double riskThreshold = privacy.number("riskThreshold", 0.2, 0, 1);
        Long populationSize = null;
        if (privacy.has("populationSize")) {
            populationSize = privacy.get("populationSize").asLong();
            if (populationSize < 1 || populationSize > Integer.MAX_VALUE) {
                throw privacy.get("populationSize").error("must be between 1 and " + Integer.MAX_VALUE);
            }
        }
        QualityModel quality = root.optEnum("quality", QualityModel.class).orElse(QualityModel.LOSS);
        long budget = 30_000;
        if (root.has("search")) {
            ConfigNode search = root.get("search").allowOnly("timeBudgetSeconds");
            budget = Math.round(search.number("timeBudgetSeconds", 30, 0.001, 86_400) * 1000);
        }
        Map<String, ColumnRule> columns = new LinkedHashMap<>();
        if (root.has("columns")) {
            for (Map.Entry<String, ConfigNode> entry : root.get("columns").entries().entrySet()) {
                columns.put(entry.getKey(), columnRule(entry.getValue()));
            }
        }
        Map<String, HierarchySpec> hierarchies = new LinkedHashMap<>();
        if (root.has("hierarchies")) {
            for (Map.Entry<String, ConfigNode> entry : root.get("hierarchies").entries().entrySet()) {
                hierarchies.put(entry.getKey(), hierarchySpec(entry.getValue(), projectDir));
            }
        }
        return new Policy(id, description, policyFile, identifying, insensitive, k, suppressionLimit, lDiversity,
                tCloseness, averageRisk, riskThreshold, populationSize, quality, budget, Map.copyOf(columns),
                Map.copyOf(hierarchies));
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
        int keep = node.integer("keep", 0);
        if (keep < 0) {
            throw node.get("keep").error("must not be negative");
        }
        return new ColumnRule(role, transform, bottom, top, keep);
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
            widths = node.require("widths").items().stream().map(w -> w.as(BigDecimal::new, "a number")).toList();
            for (int i = 0; i < widths.size(); i++) {
                if (widths.get(i).signum() <= 0) {
                    throw node.get("widths").error("widths must be positive");
                }
                if (i > 0 && widths.get(i).remainder(widths.get(i - 1)).signum() != 0) {
                    throw node.get("widths").error("each width must be a multiple of the previous one");
                }
            }
        } else if (node.has("widths")) {
            throw node.get("widths").error("only for builtin: interval");
        }
        return new HierarchySpec(kind, widths, null);
    }
}
