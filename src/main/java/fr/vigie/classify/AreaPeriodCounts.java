package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises a table of counts per area and period: each row is one area (a commune, its INSEE code beside its name) in
 * one period (a year and a month in two columns, a quarter), and every other column a count or a rate, named as a
 * statistic ("nb", "taux") or as a plural of the events it counts ("naissances", "mariages", "deaths", "Sterbefälle":
 * the vital statistics of INSEE's état civil, Eurostat's demography and the ONS). Such a table holds no personal data,
 * even when a count is named like a person's date ("naissances").
 *
 * <p>It is read where the table of areas by area and period is not: the periods may be split over two columns, and the
 * rows need not fill the grid of areas by periods (communes reporting some months only). What stands for the grid is the
 * rows' own evidence, and it fails closed:
 * <ul>
 *   <li>every other column is figures named so; a column of anything else (a name, a category, an amount, an age) makes
 *       the rows persons again;</li>
 *   <li>each combination of area and period comes once (at most {@code maxRepeated} of the sampled rows repeating
 *       another's), and that must say something: persons falling at random into the same cells would have repeated
 *       combinations {@code minExpectedRepeats} times or more (n(n−1)/2m pairs for n rows and m cells), so a handful of
 *       persons whose communes and months happen to differ is no table;</li>
 *   <li>an area's counts grow together (the larger commune has more births and more deaths): two counts with a rank
 *       correlation of at least {@code minCorrelation} over the rows, or over the areas' means when the counts of each
 *       period are small and noisy (at least the areas' {@code minSample} areas seen twice);</li>
 *   <li>no count holds, for each area, the same whole number over every period as a person's trait would
 *       ({@link PersonTraits}).</li>
 * </ul>
 *
 * <p>A month may be written by its name beside its year ("janvier 2025", "März 2024", {@code monthWords}). When the rows
 * fill the grid of areas (the combinations of the area columns: a commune and its sectors) by periods as a panel does,
 * figures under names no list holds ("Points lumineux", "Pannes signalées") are the area's too, as in a table of areas
 * whose grid is filled, and so is a column holding one value for each area on every one of its rows (its equipment, a
 * policy of the area: "partielle"). Such a column fails closed as a site's attribute does: nothing in it describes a
 * person, and money named as a person's (an amount, an income) is the area's only when its name says it is a cost or a
 * measure; one person per area and period fills the grid too, and the person traits above still read the rows.
 *
 * @param eventWords        the events a column counts, plural ("naissances", "births"), as a dictionary of words
 * @param periodWords       name words of a period within a year ("mois", "trimestre", "month", "Quartal")
 * @param monthWords        names of the months (CLDR), read beside a year as a period ("janvier 2025"), or null
 * @param maxPeriodNumber   the largest whole number a period within a year is written with (a week: 53)
 * @param maxRepeated       share of the sampled rows that may repeat another's area and period
 * @param minExpectedRepeats least repeated combinations persons falling at random into the cells would show
 * @param minCorrelation    least rank correlation of two counts
 * @param minCounts         least columns of figures
 */
record AreaPeriodCounts(Dictionary eventWords, Dictionary periodWords, Dictionary monthWords, int maxPeriodNumber,
        double maxRepeated, double minExpectedRepeats, double minCorrelation, int minCounts) {
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Pattern SMALL_WHOLE = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /** Reads the {@code periodCounts} section of {@code dataSubject.areaTables}, or null when it is missing. */
    static AreaPeriodCounts read(ConfigNode node, Map<String, Dictionary> dictionaries) {
        if (node.isMissing()) {
            return null;
        }
        node.allowOnly("eventWords", "periodWords", "monthWords", "maxPeriodNumber", "maxRepeated", "minExpectedRepeats",
            "minCorrelation", "minCounts");
        return new AreaPeriodCounts(ClassificationRules.dictionary(node.require("eventWords"), dictionaries),
            ClassificationRules.dictionary(node.require("periodWords"), dictionaries),
            node.has("monthWords") ? ClassificationRules.dictionary(node.get("monthWords"), dictionaries) : null,
            (int) node.number("maxPeriodNumber", 53, 1, 366), node.number("maxRepeated", 0.02, 0, 0.5),
            node.number("minExpectedRepeats", 3, 0.5, 1000), node.number("minCorrelation", 0.5, 0, 1),
            (int) node.number("minCounts", 2, 1, 100));
    }

    /** Whether the column's name says it counts events ("naissances_domicilies", "Live births"). */
    boolean namesEvents(String columnName) {
        String[] tokens = Text.nameTokens(columnName).toArray(String[]::new);
        return tokens.length > 0 && eventWords.countPhrases(tokens, true) > 0;
    }

    /**
     * Why the rows are areas by period with their counts (column names, never values), or an empty list.
     *
     * @param areas   the table-of-areas rules (area words and info types, statistics, numbers, periods)
     * @param columns the columns to read (contacts left out)
     * @param all     every column, in header order (the rows' cells follow it)
     * @param rows    a sample of the rows
     * @param describesPerson whether a column was decided as describing the person of a row
     */
    List<String> read(AreaTables.Rules areas, List<DataSubjects.Column> columns, List<DataSubjects.Column> all,
            List<List<String>> rows, Predicate<ColumnClassification> describesPerson) {
        if (rows.size() < areas.minSample() || areas.period() == null) {
            return List.of();
        }
        List<DataSubjects.Column> areaColumns = new ArrayList<>();
        List<DataSubjects.Column> periods = new ArrayList<>();
        List<DataSubjects.Column> counts = new ArrayList<>();
        List<DataSubjects.Column> others = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnEvidence ev = c.evidence();
            ColumnClassification cc = c.classification();
            if (ev.sampled == 0) {
                continue;
            }
            if (ev.sampled < areas.minSample()) {
                return List.of();
            }
            boolean numbers = ev.matchShare(areas.numberRule()) >= 0.9;
            if (isArea(areas, cc) && ev.distinctRatio() <= 0.5 && cc.attributeType() != AttributeType.IDENTIFYING) {
                areaColumns.add(c);
            } else if (isPeriod(areas, c)) {
                periods.add(c);
            } else if (numbers && (areas.namesAStatistic(cc.name()) || namesEvents(cc.name()))
                    && cc.attributeType() != AttributeType.IDENTIFYING) {
                counts.add(c);
            } else if (numbers && isAreaFigure(areas, c, describesPerson)) {
                others.add(c);      // a figure no list names: the area's only if the rows fill their grid (below)
            } else if (!numbers && isAreaAttribute(c, describesPerson)) {
                others.add(c);      // perhaps the area's own (its equipment, its policy): read on the rows below
            } else {
                return List.of();   // a column that is no area, no period and no figure named so: a person's
            }
        }
        if (areaColumns.isEmpty() || periods.isEmpty() || counts.size() + others.size() < minCounts) {
            return List.of();
        }
        Map<DataSubjects.Column, Integer> at = AreaTables.positions(all);
        List<Integer> areaKey = new ArrayList<>();
        areaColumns.forEach(c -> areaKey.add(at.get(c)));
        List<Integer> periodKey = new ArrayList<>();
        periods.forEach(c -> periodKey.add(at.get(c)));
        List<Integer> key = new ArrayList<>(areaKey);
        key.addAll(periodKey);
        if (AreaTables.repeatedKeys(rows, key) > maxRepeated * rows.size()) {
            return List.of();   // an area comes back in a period: persons, or events one a row
        }
        List<String> areaOwn = new ArrayList<>();
        if (!others.isEmpty()) {
            // Unnamed figures and an area's own values need the grid of areas by periods filled, as a panel fills it.
            if (!fillsGrid(rows, areaKey, periodKey, areas.minGridFill())) {
                return List.of();
            }
            for (DataSubjects.Column c : others) {
                if (c.evidence().matchShare(areas.numberRule()) >= 0.9) {
                    counts.add(c);
                } else if (sameForEachArea(rows, areaKey, at.get(c))) {
                    areaOwn.add(c.classification().name());
                } else {
                    return List.of();   // a category that moves from period to period within an area: a person's
                }
            }
            if (counts.size() < minCounts) {
                return List.of();
            }
        }
        // The areas' columns name the same area (a code and its name); the periods multiply (a year by a month).
        double cells = areaColumns.stream().mapToInt(c -> c.evidence().distinct).max().orElse(1);
        for (DataSubjects.Column p : periods) {
            cells *= p.evidence().distinct;
        }
        double n = rows.size();
        if (n * (n - 1) / (2 * cells) < minExpectedRepeats) {
            return List.of();   // too few rows for their distinct combinations to tell anything
        }
        // The finest of the area columns tells an area (a sector within a commune), for its means and its traits.
        DataSubjects.Column area = areaColumns.stream()
            .max(java.util.Comparator.comparingInt((DataSubjects.Column c) -> c.evidence().distinct)).orElseThrow();
        String grows = growTogether(rows, counts, at, areas.minSample());
        if (grows == null) {
            grows = growTogether(meansPerArea(rows, at.get(area), counts, at), counts,
                AreaTables.positions(counts), areas.minSample());
            grows = grows == null ? null : grows + " from area to area";
        }
        if (grows == null) {
            return List.of();   // counts that do not grow with the area's size are no area's
        }
        if (personTrait(areas, rows, area, periods, counts, at)) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(List.of(names(areaColumns) + " and " + names(periods)
                + ": an area and a period, each combination once among rows that would repeat them if they were persons",
            counts.size() + " columns of counts or rates" + (others.isEmpty() ? " named as statistics or as events"
                : " in a grid of areas by periods filled as a panel's") + " (" + names(counts.subList(0,
                Math.min(3, counts.size()))) + (counts.size() > 3 ? ", ..." : "") + "; " + grows + ")"));
        if (!areaOwn.isEmpty()) {
            evidence.add(String.join(", ", areaOwn) + ": the same for each area on every one of its rows, the area's own");
        }
        evidence.add("no column describes a person: a table of counts per area and period, not of persons");
        return List.copyOf(evidence);
    }

    /**
     * Whether a column of numbers no list names may be an area's figure: nothing in it describes a person (an
     * identifier, a protected attribute, a person's trait), and money named as a person's (an amount, an income) only
     * under a name of a site's cost or measure ("Coût (€ TTC)", "Consommation (kWh)").
     */
    private static boolean isAreaFigure(AreaTables.Rules areas, DataSubjects.Column c,
            Predicate<ColumnClassification> describesPerson) {
        ColumnClassification cc = c.classification();
        if (describesPerson.test(cc) || cc.attributeType() == AttributeType.IDENTIFYING || cc.protectedAttribute() != null
                || c.hint() == DataSubject.MIXED || areas.isHouseholdCount(cc)) {
            return false;
        }
        boolean personMoney = cc.infoType() != null && areas.personFigures().contains(cc.infoType());
        boolean costOrMeasure = areas.sites() != null
            && (areas.sites().namesACost(cc.name()) || areas.sites().namesAMeasure(cc.name()));
        return (!personMoney || costOrMeasure) && (cc.domain() == null || personMoney && costOrMeasure);
    }

    /** Whether a column that is no figure may be an area's own value: nothing read in it describes a person. */
    private static boolean isAreaAttribute(DataSubjects.Column c, Predicate<ColumnClassification> describesPerson) {
        ColumnClassification cc = c.classification();
        return !describesPerson.test(cc) && cc.attributeType() != AttributeType.IDENTIFYING && cc.domain() == null
            && cc.protectedAttribute() == null && c.hint() != DataSubject.MIXED && c.evidence().distinctRatio() <= 0.5;
    }

    /**
     * Whether the rows fill at least {@code minFill} of the grid of the areas' combinations by the periods' (a panel
     * fills it; persons falling at random into sectors and months leave much of it empty).
     */
    private static boolean fillsGrid(List<List<String>> rows, List<Integer> areaKey, List<Integer> periodKey,
            double minFill) {
        Set<List<String>> areaCells = new HashSet<>();
        Set<List<String>> periodCells = new HashSet<>();
        Set<List<String>> cells = new HashSet<>();
        for (List<String> row : rows) {
            List<String> a = cells(row, areaKey);
            List<String> p = cells(row, periodKey);
            areaCells.add(a);
            periodCells.add(p);
            List<String> both = new ArrayList<>(a);
            both.addAll(p);
            cells.add(both);
        }
        return cells.size() >= minFill * areaCells.size() * periodCells.size();
    }

    /**
     * Whether the column holds one value for each area on every one of its sampled rows, and most areas come back (an
     * area's own value, the same each period).
     */
    private static boolean sameForEachArea(List<List<String>> rows, List<Integer> areaKey, int column) {
        Map<List<String>, String> values = new HashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (List<String> row : rows) {
            List<String> key = cells(row, areaKey);
            String v = column < row.size() && row.get(column) != null ? row.get(column) : "";
            seen.merge(key, 1, Integer::sum);
            String before = values.putIfAbsent(key, v);
            if (before != null && !before.equals(v)) {
                return false;
            }
        }
        return !seen.isEmpty() && seen.values().stream().filter(n -> n >= 2).count() >= Math.max(2, seen.size() / 2);
    }

    private static List<String> cells(List<String> row, List<Integer> at) {
        List<String> out = new ArrayList<>(at.size());
        for (int i : at) {
            out.add(i < row.size() ? row.get(i) : null);
        }
        return out;
    }

    private static boolean isArea(AreaTables.Rules areas, ColumnClassification cc) {
        return Text.nameTokens(cc.name()).stream().anyMatch(areas.areaWords()::contains)
            || cc.infoType() != null && areas.areaInfoTypes().contains(cc.infoType());
    }

    /**
     * Whether the column is a period: every value a year, a quarter or a month with its year; or, under a name of a
     * period within a year ("mois", "Quartal"), every value a small whole number up to {@code maxPeriodNumber}.
     */
    private boolean isPeriod(AreaTables.Rules areas, DataSubjects.Column c) {
        ColumnEvidence ev = c.evidence();
        if (ev.distinct < 2) {
            return false;
        }
        if (ev.distinctCounts.keySet().stream().allMatch(v -> areas.period().matcher(v).matches() || monthOfAYear(v))) {
            return true;
        }
        String[] tokens = Text.nameTokens(c.classification().name()).toArray(String[]::new);
        if (tokens.length == 0 || periodWords.countPhrases(tokens, true) == 0) {
            return false;
        }
        return ev.distinctCounts.keySet().stream().allMatch(v -> {
            String t = BLANKS.matcher(v).replaceAll("");
            return SMALL_WHOLE.matcher(t).matches() && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= maxPeriodNumber
                || monthWords != null && monthWords.matchesExact(String.join(" ", Text.valueWords(Text.normalize(v))));
        });
    }

    /** Whether the value is a month's name and a year, in either order ("janvier 2025", "2024 Mai", "Jan. 2024"). */
    private boolean monthOfAYear(String value) {
        if (monthWords == null) {
            return false;
        }
        String[] words = Text.valueWords(Text.normalize(value));
        return words.length == 2 && (YEAR.matcher(words[1]).matches() && monthWords.matchesExact(words[0])
            || YEAR.matcher(words[0]).matches() && monthWords.matchesExact(words[1]));
    }

    /**
     * One row per area: the mean of each count over the area's rows, in the order of {@code counts} (an area's size
     * shows in its means when its monthly counts are small and noisy). Areas seen once are left out.
     */
    private static List<List<String>> meansPerArea(List<List<String>> rows, int area, List<DataSubjects.Column> counts,
            Map<DataSubjects.Column, Integer> at) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, int[]> seen = new HashMap<>();
        for (List<String> row : rows) {
            String key = area < row.size() ? row.get(area) : null;
            if (key == null) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(key, k -> new double[counts.size()]);
            int[] n = seen.computeIfAbsent(key, k -> new int[counts.size()]);
            for (int i = 0; i < counts.size(); i++) {
                Double v = AreaTables.figure(row, at.get(counts.get(i)));
                if (v != null) {
                    sum[i] += v;
                    n[i]++;
                }
            }
        }
        List<List<String>> means = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            int[] n = seen.get(e.getKey());
            List<String> row = new ArrayList<>(counts.size());
            for (int i = 0; i < counts.size(); i++) {
                row.add(n[i] >= 2 ? Double.toString(e.getValue()[i] / n[i]) : null);
            }
            means.add(row);
        }
        return means;
    }

    /** The first pair of counts growing together, named, or null. */
    private String growTogether(List<List<String>> rows, List<DataSubjects.Column> counts,
            Map<DataSubjects.Column, Integer> at, int minPairs) {
        for (int i = 0; i < counts.size(); i++) {
            for (int j = i + 1; j < counts.size(); j++) {
                if (AreaTables.rankCorrelation(rows, at.get(counts.get(i)), at.get(counts.get(j)), minPairs)
                        >= minCorrelation) {
                    return counts.get(j).classification().name() + " grows with " + counts.get(i).classification().name();
                }
            }
        }
        return null;
    }

    /**
     * Whether a count holds, for each area, a person's trait over every period (an age, a household size the same each
     * month): one person per area and period. Read against each period column in turn.
     */
    private static boolean personTrait(AreaTables.Rules areas, List<List<String>> rows, DataSubjects.Column area,
            List<DataSubjects.Column> periods, List<DataSubjects.Column> counts, Map<DataSubjects.Column, Integer> at) {
        Map<Integer, String> candidates = new LinkedHashMap<>();
        counts.forEach(c -> candidates.put(at.get(c), c.classification().name()));
        PersonTraits traits = new PersonTraits(areas.personTraits());
        for (DataSubjects.Column period : periods) {
            if (!traits.find(rows, at.get(area), area.classification().name(), at.get(period), candidates).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<DataSubjects.Column> columns) {
        return String.join(", ", columns.stream().map(c -> c.classification().name()).toList());
    }
}
