package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param eventWords        the events a column counts, plural ("naissances", "births"), as a dictionary of words
 * @param periodWords       name words of a period within a year ("mois", "trimestre", "month", "Quartal")
 * @param maxPeriodNumber   the largest whole number a period within a year is written with (a week: 53)
 * @param maxRepeated       share of the sampled rows that may repeat another's area and period
 * @param minExpectedRepeats least repeated combinations persons falling at random into the cells would show
 * @param minCorrelation    least rank correlation of two counts
 * @param minCounts         least columns of figures
 */
record AreaPeriodCounts(Dictionary eventWords, Dictionary periodWords, int maxPeriodNumber, double maxRepeated,
        double minExpectedRepeats, double minCorrelation, int minCounts) {
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Pattern SMALL_WHOLE = Pattern.compile("\\d{1,2}");

    /** Reads the {@code periodCounts} section of {@code dataSubject.areaTables}, or null when it is missing. */
    static AreaPeriodCounts read(ConfigNode node, Map<String, Dictionary> dictionaries) {
        if (node.isMissing()) {
            return null;
        }
        node.allowOnly("eventWords", "periodWords", "maxPeriodNumber", "maxRepeated", "minExpectedRepeats",
            "minCorrelation", "minCounts");
        return new AreaPeriodCounts(ClassificationRules.dictionary(node.require("eventWords"), dictionaries),
            ClassificationRules.dictionary(node.require("periodWords"), dictionaries),
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
     */
    List<String> read(AreaTables.Rules areas, List<DataSubjects.Column> columns, List<DataSubjects.Column> all,
            List<List<String>> rows) {
        if (rows.size() < areas.minSample() || areas.period() == null) {
            return List.of();
        }
        List<DataSubjects.Column> areaColumns = new ArrayList<>();
        List<DataSubjects.Column> periods = new ArrayList<>();
        List<DataSubjects.Column> counts = new ArrayList<>();
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
            } else {
                return List.of();   // a column that is no area, no period and no figure named so: a person's
            }
        }
        if (areaColumns.isEmpty() || periods.isEmpty() || counts.size() < minCounts) {
            return List.of();
        }
        Map<DataSubjects.Column, Integer> at = AreaTables.positions(all);
        List<Integer> key = new ArrayList<>();
        areaColumns.forEach(c -> key.add(at.get(c)));
        periods.forEach(c -> key.add(at.get(c)));
        if (AreaTables.repeatedKeys(rows, key) > maxRepeated * rows.size()) {
            return List.of();   // an area comes back in a period: persons, or events one a row
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
        String grows = growTogether(rows, counts, at, areas.minSample());
        if (grows == null) {
            grows = growTogether(meansPerArea(rows, at.get(areaColumns.get(0)), counts, at), counts,
                AreaTables.positions(counts), areas.minSample());
            grows = grows == null ? null : grows + " from area to area";
        }
        if (grows == null) {
            return List.of();   // counts that do not grow with the area's size are no area's
        }
        if (personTrait(areas, rows, areaColumns.get(0), periods, counts, at)) {
            return List.of();
        }
        return List.of(names(areaColumns) + " and " + names(periods)
                + ": an area and a period, each combination once among rows that would repeat them if they were persons",
            counts.size() + " columns of counts or rates named as statistics or as events (" + names(counts.subList(0,
                Math.min(3, counts.size()))) + (counts.size() > 3 ? ", ..." : "") + "; " + grows + ")",
            "no column describes a person: a table of counts per area and period, not of persons");
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
        if (ev.distinctCounts.keySet().stream().allMatch(v -> areas.period().matcher(v).matches())) {
            return true;
        }
        String[] tokens = Text.nameTokens(c.classification().name()).toArray(String[]::new);
        if (tokens.length == 0 || periodWords.countPhrases(tokens, true) == 0) {
            return false;
        }
        return ev.distinctCounts.keySet().stream().allMatch(v -> {
            String t = BLANKS.matcher(v).replaceAll("");
            return SMALL_WHOLE.matcher(t).matches() && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= maxPeriodNumber;
        });
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
