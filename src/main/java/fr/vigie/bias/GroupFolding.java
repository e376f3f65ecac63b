package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the scan's raw categories into the groups the checks compare. A protected column's groups are
 * its own values with their labels as written: spellings of one coded category merge (F, Femme; 2 in
 * the INSEE code), ages and birth dates become bands, values too rare to be named are pooled. Its
 * roll-up (France / EU / non-EU) is an extra view; intersections cross two columns' groups.
 */
final class GroupFolding {
    private static final String POOLED = "pooled";

    private final CheckContext ctx;
    private final BiasScan scan;
    private final GroupCodings codings;

    GroupFolding(CheckContext ctx) {
        this.ctx = ctx;
        this.scan = ctx.scan;
        this.codings = ctx.rules.codings();
    }

    /** Folds every protected column, its roll-up, and the intersection of each pair of columns. */
    void foldAll() {
        int p = scan.attributes.length;
        for (int i = 0; i < p; i++) {
            GroupSet values = values(i);
            ctx.values.add(values);
            rollup(values).ifPresent(ctx.rollups::add);
        }
        int pair = 0;
        for (int i = 0; i < p; i++) {
            for (int k = i + 1; k < p; k++, pair++) {
                ctx.intersections.add(intersection(ctx.values.get(i), ctx.values.get(k), scan.intersections.get(pair)));
            }
        }
    }

    /** The raw categories that make one group, before they are labelled. */
    private static final class Category {
        final String key;
        final boolean band;
        final GroupCodings.Coding coding;
        final Cell cell;
        final Map<String, Long> spellings = new LinkedHashMap<>();
        final List<Integer> raws = new ArrayList<>();

        Category(String key, boolean band, GroupCodings.Coding coding, Cell cell) {
            this.key = key;
            this.band = band;
            this.coding = coding;
            this.cell = cell;
        }

        /** The spelling most rows use (the first in alphabetical order on a tie, whatever the rows' order). */
        String label() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                    .orElse(Dictionary.OVERFLOW);
        }
    }

    private GroupSet values(int i) {
        ProtectedAttribute attribute = scan.attributes[i];
        GroupSet set = new GroupSet(GroupView.VALUE, i, attribute.name(), scan.columnName(scan.protectedIndex(i)),
                attribute);
        Dictionary raw = scan.groups[i];
        Map<String, Category> byKey = categories(i, raw);
        Map<String, String> finalKey = new LinkedHashMap<>();
        List<Category> kept = keptAndPooled(byKey, finalKey);
        Category pooled = byKey.get(POOLED);
        for (Category c : order(kept, attribute)) {
            set.groups.add(group(c, attribute, c.label()));
        }
        if (pooled != null) {
            set.groups.add(pooledGroup(set.column, pooled, byKey, finalKey, raw));
        }
        set.rawToGroup = rawToGroup(set, byKey, finalKey, raw.size());
        chooseReference(set, declared(set));
        return set;
    }

    /** The group of each raw value: its category's, or the pooled group's. */
    private static int[] rawToGroup(GroupSet set, Map<String, Category> byKey, Map<String, String> finalKey,
            int rawValues) {
        int[] rawToGroup = new int[rawValues];
        for (Category c : byKey.values()) {
            String label = POOLED.equals(finalKey.get(c.key)) ? Dictionary.OVERFLOW : c.label();
            int index = set.indexOf(label);
            for (int r : c.raws) {
                rawToGroup[r] = index;
            }
        }
        return rawToGroup;
    }

    /** The group of values too rare to be named, with a note saying how many it holds. */
    private GroupSet.Group pooledGroup(String column, Category pooled, Map<String, Category> byKey,
            Map<String, String> finalKey, Dictionary raw) {
        GroupSet.Group g = new GroupSet.Group(Dictionary.OVERFLOW, pooled.cell, GroupView.VALUE);
        g.pooledValues = (int) byKey.values().stream().filter(c -> POOLED.equals(finalKey.get(c.key))).count()
                + (pooled.raws.stream().anyMatch(raw::isOverflow) ? 1 : 0);
        int min = ctx.rules.minPublishedCount();
        ctx.note(Note.Kind.POOLED_VALUES, column, String.format(Locale.FRANCE, "« %s » : %d valeur(s) de moins de %d "
                + "lignes chacune, regroupées sans être nommées dans « %s » (données insuffisantes).", column,
                g.pooledValues, min, Dictionary.OVERFLOW), String.format(Locale.ROOT, "“%s”: %d value(s) with fewer "
                + "than %d rows each, pooled unnamed in “%s” (insufficient data).", column, g.pooledValues, min,
                Dictionary.OVERFLOW));
        return g;
    }

    private Map<String, Category> categories(int i, Dictionary raw) {
        ProtectedAttribute attribute = scan.attributes[i];
        List<String> bands = attribute == ProtectedAttribute.AGE ? List.of(scan.ageBands().labels()) : List.of();
        List<Cell> rawCells = scan.cells.get(i);
        Map<String, Category> byKey = new LinkedHashMap<>();
        for (int c = 0; c < raw.size(); c++) {
            String label = raw.label(c);
            boolean band = bands.contains(label);
            GroupCodings.Coding coding = band || raw.isOverflow(c) ? null : codings.coding(attribute, label);
            String key = raw.isOverflow(c) ? POOLED : band ? "band:" + label
                    : coding != null ? "code:" + coding.category() : "value:" + BiasRules.normalise(label);
            Category category = byKey.computeIfAbsent(key, k -> new Category(k, band, coding, ctx.newCell()));
            Cell cell = c < rawCells.size() ? rawCells.get(c) : null;
            if (cell != null) {
                category.cell.merge(cell);
            }
            category.spellings.merge(label, cell == null ? 0 : cell.n, Long::sum);
            category.raws.add(c);
        }
        return byKey;
    }

    /**
     * The categories kept as groups of their own; the others (values of the data under the publication
     * minimum, or beyond the cap on groups) go to the pooled one, recorded in {@code finalKey}.
     */
    private List<Category> keptAndPooled(Map<String, Category> byKey, Map<String, String> finalKey) {
        List<Category> kept = new ArrayList<>();
        List<Category> toPool = new ArrayList<>();
        for (Category c : byKey.values()) {
            boolean named = c.band || c.coding != null;
            if (c.key.equals(POOLED)) {
                continue;
            }
            // A label of the data naming fewer people than the publication minimum would single them out.
            if (!named && c.cell.n < ctx.rules.minPublishedCount()) {
                toPool.add(c);
            } else {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingLong((Category c) -> c.cell.n).reversed());
        int cap = ctx.rules.maxGroups() - 1;
        if (kept.size() > ctx.rules.maxGroups()) {
            toPool.addAll(kept.subList(cap, kept.size()));
            kept = new ArrayList<>(kept.subList(0, cap));
        }
        if (!toPool.isEmpty()) {
            Category pooled = byKey.computeIfAbsent(POOLED, k -> new Category(k, false, null, ctx.newCell()));
            for (Category c : toPool) {
                pooled.cell.merge(c.cell);
                finalKey.put(c.key, POOLED);
            }
        }
        return kept;
    }

    /** Bands in their own order (computed ones first), any other values largest first. */
    private List<Category> order(List<Category> kept, ProtectedAttribute attribute) {
        List<String> computed = attribute == ProtectedAttribute.AGE ? List.of(scan.ageBands().labels()) : List.of();
        List<Category> bands = new ArrayList<>(kept.stream().filter(c -> c.band).toList());
        bands.sort(Comparator.comparingInt(c -> computed.indexOf(c.label())));
        List<Category> others = new ArrayList<>(kept.stream().filter(c -> !c.band).toList());
        Map<String, Category> byLabel = new LinkedHashMap<>();
        others.forEach(c -> byLabel.put(c.label(), c));
        Optional<BandOrder> banded = BandOrder.of(byLabel.keySet());
        List<Category> ordered = new ArrayList<>(bands);
        if (banded.isPresent()) {
            banded.get().sort(byLabel.keySet()).forEach(label -> ordered.add(byLabel.get(label)));
        } else {
            ordered.addAll(others);
        }
        return ordered;
    }

    private GroupSet.Group group(Category c, ProtectedAttribute attribute, String label) {
        GroupSet.Group g = new GroupSet.Group(label, c.cell, c.band ? GroupView.ROLLUP : GroupView.VALUE);
        GroupCodings.Rollup rollup = codings.rollup(attribute);
        if (c.band) {
            g.meaningFr = scan.ageBands().phrase(label, Lang.FR);
            g.meaningEn = scan.ageBands().phrase(label, Lang.EN);
            g.populationKey = label;
        } else {
            if (c.coding != null) {
                g.meaningFr = c.coding.fr();
                g.meaningEn = c.coding.en();
                g.coding = c.coding.code();
                g.category = c.coding.category();
            }
            g.populationKey = rollup != null ? rollup.keyOf(c.coding, label) : g.category;
        }
        return g;
    }

    /** The declared reference group's index in {@code set}, -1 when none is declared or found. */
    private int declared(GroupSet set) {
        String declared = ctx.request.referenceGroups().get(set.column);
        if (declared == null) {
            return -1;
        }
        String band = set.protectedAttribute == ProtectedAttribute.AGE ? scan.ageBands().band(declared) : null;
        GroupCodings.Coding coding = codings.coding(set.protectedAttribute, declared);
        for (int g = 0; g < set.size(); g++) {
            GroupSet.Group group = set.group(g);
            boolean same = BiasRules.normalise(group.label).equals(BiasRules.normalise(declared))
                    || band != null && band.equals(group.label)
                    || coding != null && coding.category().equals(group.category);
            if (same && !group.pooled()) {
                return g;
            }
        }
        ctx.note(Note.Kind.REFERENCE_ABSENT, set.column, "Le groupe de référence déclaré pour « " + set.column
                + " » est absent des données : le groupe le plus favorisé sert de référence.",
                "The declared reference group of “" + set.column + "” is absent from the data: the most favoured "
                + "group is the reference instead.");
        return -1;
    }

    private Optional<GroupSet> rollup(GroupSet values) {
        GroupCodings.Rollup rule = codings.rollup(values.protectedAttribute);
        if (rule == null) {
            return Optional.empty();
        }
        GroupSet set = new GroupSet(GroupView.ROLLUP, values.attributeIndex, values.attribute, values.column,
                values.protectedAttribute);
        set.extraView = true;
        Dictionary raw = scan.groups[values.attributeIndex];
        List<Cell> rawCells = scan.cells.get(values.attributeIndex);
        Map<String, GroupSet.Group> byKey = new LinkedHashMap<>();
        rule.keys().forEach(key -> byKey.put(key, null));
        String[] keyOfRaw = new String[raw.size()];
        for (int c = 0; c < raw.size(); c++) {
            keyOfRaw[c] = addToRollupGroup(values, rule, raw, c, c < rawCells.size() ? rawCells.get(c) : null, byKey);
        }
        boolean groupsAnything = byKey.values().stream().anyMatch(g -> g != null && g.populationKey != null
                && g.members.size() >= 2);
        if (!groupsAnything) {
            return Optional.empty();
        }
        addInOrder(set, byKey, keyOfRaw);
        chooseReference(set, declaredRollupGroup(values, set));
        return Optional.of(set);
    }

    /**
     * Adds raw value {@code c} to its roll-up group (made on first use: the rule's group, or one of its own when the
     * rule does not map it); returns the group's key.
     */
    private String addToRollupGroup(GroupSet values, GroupCodings.Rollup rule, Dictionary raw, int c, Cell cell,
            Map<String, GroupSet.Group> byKey) {
        GroupSet.Group value = values.group(values.rawToGroup[c]);
        String key = raw.isOverflow(c) ? null : rule.keyOf(codings.coding(values.protectedAttribute,
                raw.label(c)), raw.label(c));
        boolean mapped = key != null;
        String groupKey = mapped ? key : "unmapped:" + value.label;
        GroupSet.Group g = byKey.get(groupKey);
        if (g == null) {
            g = new GroupSet.Group(mapped ? key : value.label, ctx.newCell(), GroupView.ROLLUP);
            if (mapped) {
                g.meaningFr = rule.labels().get(key)[0];
                g.meaningEn = rule.labels().get(key)[1];
                g.populationKey = key;
            } else {
                g.pooledValues = value.pooledValues;
            }
            byKey.put(groupKey, g);
        }
        if (cell != null) {
            g.cell.merge(cell);
        }
        if (!g.members.contains(value.label)) {
            g.members.add(value.label);
        }
        return groupKey;
    }

    /** The rule's groups first, in its order, then the unmapped values, the pooled group last. */
    private static void addInOrder(GroupSet set, Map<String, GroupSet.Group> byKey, String[] keyOfRaw) {
        List<String> keys = new ArrayList<>(byKey.keySet().stream().filter(k -> byKey.get(k) != null).toList());
        keys.sort(Comparator.comparing((String k) -> byKey.get(k).populationKey == null)
                .thenComparing(k -> byKey.get(k).pooled()));
        keys.forEach(k -> set.groups.add(byKey.get(k)));
        set.rawToGroup = new int[keyOfRaw.length];
        for (int c = 0; c < keyOfRaw.length; c++) {
            set.rawToGroup[c] = keys.indexOf(keyOfRaw[c]);
        }
    }

    /** The roll-up group holding the declared reference value, or -1. */
    private static int declaredRollupGroup(GroupSet values, GroupSet set) {
        int declared = -1;
        if (values.choice == ReferenceChoice.DECLARED) {
            String label = values.referenceGroup().label;
            for (int g = 0; g < set.size() && declared < 0; g++) {
                declared = set.group(g).members.contains(label) ? g : -1;
            }
        }
        return declared;
    }

    private GroupSet intersection(GroupSet a, GroupSet b, CellGrid raw) {
        GroupSet set = new GroupSet(GroupView.INTERSECTION, -1, a.attribute + "×" + b.attribute,
                a.column + "×" + b.column, null);
        set.left = a;
        set.right = b;
        Map<Long, GroupSet.Group> byPair = new LinkedHashMap<>();
        raw.forEach((x, y, cell) -> {
            int ga = a.rawToGroup[x];
            int gb = b.rawToGroup[y];
            GroupSet.Group g = byPair.computeIfAbsent(BiasScan.key(ga, gb), k -> {
                GroupSet.Group created = new GroupSet.Group(a.group(ga).label + " × " + b.group(gb).label,
                        new Cell(0, false), GroupView.INTERSECTION);
                created.partA = ga;
                created.partB = gb;
                return created;
            });
            g.cell.merge(cell);
        });
        List<GroupSet.Group> groups = new ArrayList<>(byPair.values());
        groups.sort(Comparator.comparingLong((GroupSet.Group g) -> g.cell.n).reversed());
        set.groups.addAll(groups);
        int declared = -1;
        if (a.choice == ReferenceChoice.DECLARED && b.choice == ReferenceChoice.DECLARED) {
            for (int g = 0; g < set.size(); g++) {
                if (set.group(g).partA == a.reference && set.group(g).partB == b.reference) {
                    declared = g;
                }
            }
        }
        chooseReference(set, declared);
        return set;
    }

    /**
     * The declared group when there is one; else the most favoured group with enough data: the largest
     * group, unless others are significantly more favoured (two-proportion or Welch test, Bonferroni
     * over every pair of groups), then the most favoured of those, so that a small lucky group is never
     * the yardstick. The largest group when there is no outcome.
     */
    private void chooseReference(GroupSet set, int declared) {
        if (declared >= 0) {
            set.reference = declared;
            set.choice = ReferenceChoice.DECLARED;
            return;
        }
        boolean outcome = ctx.request.outcome() != null;
        List<Integer> candidates = new ArrayList<>();
        for (int g = 0; g < set.size(); g++) {
            if (!set.group(g).pooled() && (!outcome || !ctx.insufficient(set.group(g).cell))) {
                candidates.add(g);
            }
        }
        if (candidates.isEmpty()) {
            candidates = java.util.stream.IntStream.range(0, set.size()).boxed().toList();
        }
        int largest = candidates.stream().max(Comparator.comparingLong((Integer g) -> set.group(g).cell.n)
                .thenComparing(g -> set.group(g).label, Comparator.reverseOrder())).orElse(0);
        int best = largest;
        double pairs = candidates.size() * (candidates.size() - 1) / 2.0;
        for (int g : outcome ? candidates : List.<Integer>of()) {
            Cell c = set.group(g).cell;
            Cell big = set.group(largest).cell;
            boolean higher = estimate(c) > estimate(set.group(best).cell);
            if (g != largest && higher && pairs * difference(c, big) < ctx.rules.significanceLevel()) {
                best = g;
            }
        }
        set.reference = best;
        set.choice = outcome ? ReferenceChoice.MOST_FAVOURED : ReferenceChoice.LARGEST;
    }

    private double estimate(Cell c) {
        return ctx.request.binaryOutcome() ? CheckContext.rate(c) : c.mean;
    }

    /** p-value of the difference between two groups' rates (or means). */
    private double difference(Cell a, Cell b) {
        if (ctx.request.binaryOutcome()) {
            return Stats.proportionTest(a.positives, a.outcomeRows, b.positives, b.outcomeRows,
                    ctx.rules.fisherBelowExpected());
        }
        return Stats.welchTTest(a.mean, a.variance(), a.outcomeRows, b.mean, b.variance(), b.outcomeRows);
    }
}
