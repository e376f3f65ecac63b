package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the cells of a cross-tabulation: each row is one combination of categories (a year, a commune, a sex, a
 * first name) with the count of persons in it ("nombre", "effectif", "naissances", "Anzahl") and figures that grow with
 * that count (a share, a rate). The first names given at birth by year and commune are such a table: a first name there
 * is a category, no person's name, and the table holds no personal data.
 *
 * <p>Fails closed: the count must be named as one and be at least {@code minCount} on nearly every row (a person's
 * number of children is 0 or 1 on many rows), and not be read as one household's size or children (large families
 * have 3 or more on every row); its name says only that it counts, and whom ({@code countOf}): a person's sessions or
 * visits counted per row ("Nb séances", "nb_passages") are at least 2 on every row too; money named as a person's
 * beside a count that does not name its persons is one person's, as in a table of areas; each combination of the categories must come once; no column may
 * identify one person (an identifier, a family name, an address: anything identifying but a column of first names that
 * repeat from cell to cell), nor be a special category read from its values; a whole number different on every row under
 * a name that is no statistic's is a person's number; and one figure must grow with the count (a rank correlation).
 * A file of persons repeats its combinations, or holds a name or an identifier different on most rows.
 */
final class CrossTabulations {
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    /**
     * The {@code crossTabs} section of {@code dataSubject.areaTables}.
     *
     * @param countWords     name words of the column counting the persons of each cell
     * @param minCount       the count's least value on {@code minShare} of the rows
     * @param minShare       share of the rows whose count is at least {@code minCount}
     * @param maxCategories  most different values of a category column
     * @param maxRepeated    share of the sampled rows that may repeat another row's combination
     * @param nameRules      value rules whose names are categories here (first names), when they repeat
     * @param maxNameRatio   a name column's most distinct/sampled ratio: above it, the names are persons'
     * @param minCorrelation a figure's least rank correlation with the count
     * @param countOf        name words of whom a cell's count counts ("personnes", "habitants"): the count's name holds
     *                       these and count words only ("Nb séances psychiatre", "nb_passages" count one person's
     *                       sessions or visits, not the persons of a cell); empty: any name holding a count word
     */
    record Rules(Set<String> countWords, int minCount, double minShare, int maxCategories, double maxRepeated,
            Set<String> nameRules, double maxNameRatio, double minCorrelation, Set<String> countOf) {

        static Rules read(ConfigNode node, List<ValueRule> valueRules) {
            if (node.isMissing()) {
                return null;
            }
            node.allowOnly("countWords", "minCount", "minShare", "maxCategories", "maxRepeated", "nameRules",
                "maxNameRatio", "minCorrelation", "countOf");
            Set<String> words = new LinkedHashSet<>();
            for (String word : node.strings("countWords")) {
                words.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            Set<String> names = new LinkedHashSet<>();
            if (node.has("nameRules")) {
                for (ConfigNode item : node.get("nameRules").items()) {
                    names.add(valueRules.get(DataSubjects.Rules.valueRule(item, valueRules)).id());
                }
            }
            Set<String> of = new LinkedHashSet<>();
            if (node.has("countOf")) {
                for (String word : node.strings("countOf")) {
                    of.addAll(Text.canonicalWords(Text.normalize(word)));
                }
                if (of.isEmpty()) {
                    throw node.get("countOf").error("countOf needs at least one word (leave the key out to accept any"
                        + " name holding a count word)");
                }
            }
            return new Rules(Set.copyOf(words), (int) node.number("minCount", 2, 1, 1_000_000),
                node.number("minShare", 0.9, 0.5, 1), (int) node.number("maxCategories", 50, 1, 10_000),
                node.number("maxRepeated", 0.02, 0, 0.5), Set.copyOf(names), node.number("maxNameRatio", 0.5, 0, 1),
                node.number("minCorrelation", 0.5, 0, 1), Set.copyOf(of));
        }
    }

    private final Rules rules;
    private final AreaTables.Rules areas;

    CrossTabulations(Rules rules, AreaTables.Rules areas) {
        this.rules = rules;
        this.areas = areas;
    }

    /**
     * Why the rows are cells of a cross-tabulation (column names, never values), or an empty list.
     *
     * @param columns the columns to read (contacts left out)
     * @param all     every column, in header order (the rows' cells follow it)
     * @param rows    a sample of the rows
     */
    List<String> read(List<DataSubjects.Column> columns, List<DataSubjects.Column> all, List<List<String>> rows) {
        if (rules == null || rows.size() < areas.minSample()) {
            return List.of();
        }
        DataSubjects.Column count = null;
        List<DataSubjects.Column> categories = new ArrayList<>();
        List<DataSubjects.Column> figures = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnEvidence ev = c.evidence();
            if (ev.sampled == 0) {
                continue;
            }
            if (ev.sampled < areas.minSample() || personal(c)) {
                return List.of();
            }
            if (isPeriod(ev)) {
                categories.add(c);   // a year is a number, but one of the cell's categories
            } else if (ev.matchShare(areas.numberRule()) >= 0.9) {
                if (!areas.namesAStatistic(c.classification().name()) && ev.distinct == ev.sampled && allWhole(ev)) {
                    return List.of();   // a number different on every row: a person's, one a row
                }
                if (count == null && counts(c)) {
                    count = c;
                } else {
                    figures.add(c);
                }
            } else if (ev.distinct <= rules.maxCategories() && ev.distinctRatio() <= 0.5) {
                categories.add(c);
            } else {
                return List.of();   // free values: names, identifiers, text about one person
            }
        }
        if (count == null || categories.size() < 2 || personsMoney(count, figures)) {
            return List.of();
        }
        Map<DataSubjects.Column, Integer> at = AreaTables.positions(all);
        if (!eachCellOnce(rows, categories.stream().map(at::get).toList())) {
            return List.of();
        }
        int countAt = at.get(count);
        DataSubjects.Column grows = figures.stream()
            .filter(f -> AreaTables.rankCorrelation(rows, countAt, at.get(f), areas.minSample())
                >= rules.minCorrelation())
            .findFirst().orElse(null);
        if (grows == null) {
            return List.of();
        }
        return List.of(names(categories) + ": categories, each combination once",
            count.classification().name() + ": at least " + rules.minCount() + " persons in nearly every cell ("
                + grows.classification().name() + " grows with it)",
            "no column identifies one person: the cells of a cross-tabulation, not persons");
    }

    /**
     * Whether a figure is a person's money named so (an amount, a benefit, an income; not named as a statistic) beside a
     * count whose name does not say whom it counts: as in a table of areas, such money is a cell's total only when the
     * count names its persons ("Nombre de bénéficiaires"); beside a bare "Nombre" it is one person's.
     */
    private boolean personsMoney(DataSubjects.Column count, List<DataSubjects.Column> figures) {
        List<String> tokens = Text.nameTokens(count.classification().name());
        if (tokens.stream().anyMatch(t -> rules.countOf().contains(t) || areas.personCountWords().contains(t))) {
            return false;
        }
        return figures.stream().map(DataSubjects.Column::classification).anyMatch(f -> f.infoType() != null
            && areas.personFigures().contains(f.infoType()) && !areas.namesAStatistic(f.name()));
    }

    /** Whether the column may tell one person: identifying (but repeated first names), or a special category. */
    private boolean personal(DataSubjects.Column c) {
        ColumnClassification cc = c.classification();
        if (cc.attributeType() == AttributeType.IDENTIFYING) {
            String rule = cc.evidence().valueRule();
            return rule == null || !rules.nameRules().contains(rule) || c.evidence().distinctRatio() > rules.maxNameRatio();
        }
        return cc.attributeType() == AttributeType.SENSITIVE && cc.domain() != null
            && c.evidence().matchShare(areas.numberRule()) < 0.9 && !"FINANCIAL".equals(cc.domain());
    }

    private boolean isPeriod(ColumnEvidence ev) {
        return areas.period() != null
            && ev.distinctCounts.keySet().stream().allMatch(v -> areas.period().matcher(v).matches());
    }

    private boolean counts(DataSubjects.Column c) {
        // A person's children or household, named so, are at least 2 on every row of a large-family file: no cell's count.
        List<String> tokens = Text.nameTokens(c.classification().name());
        if (tokens.stream().noneMatch(rules.countWords()::contains) || areas.isHouseholdCount(c.classification())) {
            return false;
        }
        // "Nb séances psychiatre", "nb_passages": a count of one person's sessions or visits, not of a cell's persons.
        if (!rules.countOf().isEmpty()
                && !tokens.stream().allMatch(t -> rules.countWords().contains(t) || rules.countOf().contains(t))) {
            return false;
        }
        int rows = 0;
        for (Map.Entry<String, Integer> e : c.evidence().distinctCounts.entrySet()) {
            String v = BLANKS.matcher(e.getKey()).replaceAll("");
            if (WHOLE.matcher(v).matches() && Long.parseLong(v) >= rules.minCount()) {
                rows += e.getValue();
            }
        }
        return rows >= rules.minShare() * c.evidence().sampled;
    }

    private boolean eachCellOnce(List<List<String>> rows, List<Integer> key) {
        return AreaTables.repeatedKeys(rows, key) <= rules.maxRepeated() * rows.size();
    }

    /** Each column's place in the header, by identity (one pass: no search per column). */
    private static String names(List<DataSubjects.Column> columns) {
        return String.join(", ", columns.stream().map(c -> c.classification().name()).toList());
    }

    private static boolean allWhole(ColumnEvidence ev) {
        return ev.distinctCounts.keySet().stream().allMatch(v -> WHOLE.matcher(BLANKS.matcher(v).replaceAll("")).matches());
    }
}
