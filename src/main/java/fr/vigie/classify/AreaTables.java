package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises a table of areas: each row is a commune, an IRIS, an LSOA, a polling station or a ward, with
 * counts, rates, means and shares, and no person per row. Such a table holds no personal data, even when
 * its columns are named like a person's ("age_moyen", "revenu_median", "taux_pauvrete").
 *
 * <p>Fails closed: it is a table of areas only when the evidence is clear, that is a column named as an area
 * whose values are different on (nearly) every row, at least {@code minStatistics} columns named as
 * statistics ("nb", "taux", "mean", "%") whose values are numbers, and no other column describing a person
 * (a name, a birth date, an identifier, a sensitive category) except a contact's ("ward manager"). A file of
 * persons with a commune and counts repeats its communes: it stays a file of persons.
 */
final class AreaTables {
    private final Rules rules;

    AreaTables(Rules rules) {
        this.rules = rules;
    }

    /**
     * The aggregate section of {@code dataSubject}.
     *
     * @param areaWords       name words of a column naming the area of a row ("iris", "lsoa", "bureau", "ward")
     * @param areaInfoTypes   info types of a column naming the area whatever its name (commune names under "nom")
     * @param statisticWords  name words of a column of counts, rates, means or shares ("nb", "taux", "mean")
     * @param numberRule      index of the value rule telling numbers
     * @param minUniqueShare  an area column's distinct/sampled ratio from which each row is an area
     * @param minStatistics   how many statistic columns of numbers the table needs
     * @param minSample       fewer sampled values in the area column: no telling
     */
    record Rules(Set<String> areaWords, Set<String> areaInfoTypes, Set<String> statisticWords, int numberRule,
            double minUniqueShare, int minStatistics, int minSample) {

        /** No section: no table is ever read as areas. */
        static Rules none() {
            return new Rules(Set.of(), Set.of(), Set.of(), -1, 1, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }

        static Rules read(ConfigNode node, Set<String> infoTypes, List<ValueRule> valueRules) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("areaWords", "areaInfoTypes", "statisticWords", "numberRule", "minUniqueShare", "minStatistics",
                "minSample");
            Set<String> areaInfoTypes = new LinkedHashSet<>();
            for (ConfigNode item : node.require("areaInfoTypes").items()) {
                if (!infoTypes.contains(item.asString())) {
                    throw item.error("unknown info type '" + item.asString() + "' (declare it under infoTypes)");
                }
                areaInfoTypes.add(item.asString());
            }
            return new Rules(words(node, "areaWords"), Set.copyOf(areaInfoTypes), words(node, "statisticWords"),
                DataSubjects.Rules.valueRule(node.require("numberRule"), valueRules),
                node.number("minUniqueShare", 0.95, 0.5, 1), (int) node.number("minStatistics", 2, 1, 100),
                (int) node.number("minSample", 10, 1, 100_000));
        }

        /** The value rules the decision asks a column so named about (a statistic's numbers), once decided. */
        List<Integer> valueRules(String columnName) {
            return numberRule >= 0 && isStatistic(this, columnName) ? List.of(numberRule) : List.of();
        }

        private static Set<String> words(ConfigNode node, String key) {
            Set<String> out = new LinkedHashSet<>();
            for (String word : node.strings(key)) {
                out.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            return Set.copyOf(out);
        }
    }

    /**
     * Why the rows are areas (column names, never values), or an empty list when the evidence is not clear.
     *
     * @param isContact whether a column's name says it is a contact's (kept out of the decision)
     * @param describesPerson whether a column was decided as describing the person of a row
     */
    List<String> evidence(List<DataSubjects.Column> columns, java.util.function.Predicate<String> isContact,
            java.util.function.Predicate<ColumnClassification> describesPerson) {
        String uniqueArea = null;
        List<String> statistics = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnClassification cc = c.classification();
            if (isContact.test(cc.name())) {
                continue;
            }
            if (isArea(cc.name()) || cc.infoType() != null && rules.areaInfoTypes().contains(cc.infoType())) {
                if (uniqueArea == null && c.evidence().sampled >= rules.minSample()
                        && c.evidence().distinctRatio() >= rules.minUniqueShare()) {
                    uniqueArea = cc.name();
                }
            } else if (isStatistic(cc.name()) && c.evidence().matchShare(rules.numberRule()) >= 0.9) {
                statistics.add(cc.name());
            } else if (describesPerson.test(cc) || cc.attributeType() == AttributeType.IDENTIFYING
                    || cc.attributeType() == AttributeType.SENSITIVE || c.hint() == DataSubject.MIXED) {
                return List.of();
            }
        }
        if (uniqueArea == null || statistics.size() < rules.minStatistics()) {
            return List.of();
        }
        return List.of(uniqueArea + ": a different area on every row",
            statistics.size() + " columns of counts, rates or means (" + String.join(", ", statistics.subList(0,
                Math.min(3, statistics.size()))) + (statistics.size() > 3 ? ", ..." : "") + ")",
            "no column describes a person: a table of areas, not of persons");
    }

    /** Whether the column names an area or holds a statistic of areas (made INSENSITIVE in a table of areas). */
    boolean isAreaOrStatistic(String name) {
        return isArea(name) || isStatistic(name);
    }

    private boolean isArea(String name) {
        return Text.nameTokens(name).stream().anyMatch(rules.areaWords()::contains);
    }

    private boolean isStatistic(String name) {
        return isStatistic(rules, name);
    }

    private static boolean isStatistic(Rules rules, String name) {
        return name.contains("%") || Text.nameTokens(name).stream().anyMatch(rules.statisticWords()::contains);
    }
}
