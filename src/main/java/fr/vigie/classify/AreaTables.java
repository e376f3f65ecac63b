package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Recognises a table of areas: each row is a commune, an IRIS, an LSOA, a polling station or a ward, with
 * counts, rates, means and shares, and no person per row. Such a table holds no personal data, even when
 * its columns are named like a person's ("age_moyen", "revenu_median", "taux_pauvrete").
 *
 * <p>Fails closed: it is a table of areas only when the evidence is clear. The rows must be areas: a column named as
 * an area whose values are different on (nearly) every row, or an area and a period ("2024-T1", "S1 2024") each of
 * whose values comes back no more often than the other column has values (each area once per period at most, as far as
 * the two columns' counts can tell). And its figures must be statistics: either at least {@code minStatistics} columns
 * named as statistics ("nb", "taux", "mean", "%") whose values are numbers and no other column describing a person (a
 * name, a birth date, an identifier, a sensitive category) except a contact's ("ward manager"); or, when the rows are an
 * area and a period filling their grid, every other column numbers (counts, rates, percentages, secrecy marks), whatever
 * words name them ("dont troubles psychiques": a count of cases, not a person's health), none named as describing a
 * person (an age) nor as a person's money (an income, a benefit). A file of persons with a commune and
 * counts repeats its communes more often than it has periods: it stays a file of persons. One person per area and
 * period fills the grid too; its columns apart do not tell it, its rows do ({@link PersonTraits}: an age the same for
 * each area over every period is a person's).
 *
 * <p>A table of groups is read the same way (numbers25): rows that are a period and categories ("2016", "Attaché
 * territorial", "externe"), a column counting the persons each row gathers (named so, at least {@code groups.minSize} on
 * nearly every row), every other column figures or categories of a few values repeated (no name, no identifier, no
 * free value of one person), no whole number different on every row under a name that is no statistic's (a person's
 * number), and nothing that tells one person's attribute or money (a sex the values bear out, an age or an income named
 * as a person's, not as a statistic's). Its figures are then a group's, whatever words name them (a mean age, a count
 * of disabled laureates). The rows must bear it out (attack25): each group once a period (persons come back in the same
 * year, service and grade), a count that is no category's attribute (the size of each person's service is the same
 * on every row of that service), and a figure that grows with the count (the more candidates, the more admitted; one
 * agent's sick-leave days do not grow with the size of the agent's team).
 */
final class AreaTables {
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00a0\u202f]");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
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
     * @param period          the whole value of a period (a year, a quarter, a half-year, a month), or null: rows are
     *                        then areas only when the area is different on every row
     * @param minGridFill     the share of the grid of areas by periods the rows must fill: a panel fills it, persons
     *                        falling at random into neighbourhoods and months leave much of it empty
     * @param personFigures   info types of a figure that is a person's, not an area's, when its name says so and is no
     *                        statistic's ("Revenu mensuel", "Allocation logement": one beneficiary's amounts; "Revenu
     *                        médian" is an area's)
     * @param personCountWords name words of a count of persons ("allocataires", "habitants"): such a column whose values
     *                        are mostly above 1 says each row gathers persons, and then a person's figure named so is
     *                        the area's total ("Montant versé" beside "Allocataires")
     * @param householdCounts info types of a count that is one household's (its size, its children): never the persons
     *                        a row gathers, whatever word names it ("Nb habitants du logement" of one dwelling a row)
     * @param personTraits    how the rows of an area-and-period panel show one person per area (an age the same for
     *                        each area over every period)
     * @param groups          how a table of groups by period and category is read (null: never)
     * @param sites           how a table of sites by period is read (a building, a branch of a service), or null: never
     * @param crossTabs       how the cells of a cross-tabulation are read (counts of a first name by year and commune), or
     *                        null: never
     * @param periodCounts    how a table of counts per area and period is read when its rows do not fill the grid (civil
     *                        status events per commune and month), or null: never
     * @param streets         how a register of streets is read (one street a row, its namesake), or null: never
     */
    record Rules(Set<String> areaWords, Set<String> areaInfoTypes, Set<String> statisticWords, int numberRule,
            double minUniqueShare, int minStatistics, int minSample, Pattern period, double minGridFill,
            Set<String> personFigures, Set<String> personCountWords, Set<String> householdCounts,
            PersonTraits.Rules personTraits, Groups groups, Sites sites, CrossTabulations.Rules crossTabs,
            AreaPeriodCounts periodCounts, StreetRegisters streets) {

        /** No section: no table is ever read as areas. */
        static Rules none() {
            return new Rules(Set.of(), Set.of(), Set.of(), -1, 1, Integer.MAX_VALUE, Integer.MAX_VALUE, null, 1, Set.of(),
                Set.of(), Set.of(), PersonTraits.Rules.none(), null, null, null, null, null);
        }

        static Rules read(ConfigNode node, Set<String> infoTypes, List<ValueRule> valueRules,
                Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("areaWords", "areaInfoTypes", "statisticWords", "numberRule", "minUniqueShare", "minStatistics",
                "minSample", "periodPattern", "minGridFill", "personFigures", "personCountWords", "householdCounts",
                "personTraits", "groups", "sites", "crossTabs", "periodCounts", "streetRegisters");
            Set<String> areaInfoTypes = infoTypes(node.require("areaInfoTypes"), infoTypes);
            Set<String> personFigures = node.has("personFigures") ? infoTypes(node.get("personFigures"), infoTypes) : Set.of();
            return new Rules(words(node, "areaWords"), areaInfoTypes, words(node, "statisticWords"),
                DataSubjects.Rules.valueRule(node.require("numberRule"), valueRules),
                node.number("minUniqueShare", 0.95, 0.5, 1), (int) node.number("minStatistics", 2, 1, 100),
                (int) node.number("minSample", 10, 1, 100_000),
                node.has("periodPattern") ? ClassificationRules.compile(node.get("periodPattern")) : null,
                node.number("minGridFill", 0.9, 0.5, 1), personFigures,
                node.has("personCountWords") ? words(node, "personCountWords") : Set.of(),
                node.has("householdCounts") ? infoTypes(node.get("householdCounts"), infoTypes) : Set.of(),
                PersonTraits.Rules.read(node.get("personTraits")),
                node.has("groups") ? Groups.read(node.get("groups")) : null,
                node.has("sites") ? Sites.read(node.get("sites"), valueRules) : null,
                CrossTabulations.Rules.read(node.get("crossTabs"), valueRules),
                AreaPeriodCounts.read(node.get("periodCounts"), dictionaries),
                StreetRegisters.read(node.get("streetRegisters"), dictionaries, infoTypes));
        }

        /** Whether the column was read as one household's count (its size, its children) by its name or values. */
        boolean isHouseholdCount(ColumnClassification c) {
            return c.infoType() != null && householdCounts.contains(c.infoType());
        }

        private static Set<String> infoTypes(ConfigNode list, Set<String> infoTypes) {
            Set<String> out = new LinkedHashSet<>();
            for (ConfigNode item : list.items()) {
                if (!infoTypes.contains(item.asString())) {
                    throw item.error("unknown info type '" + item.asString() + "' (declare it under infoTypes)");
                }
                out.add(item.asString());
            }
            return Set.copyOf(out);
        }

        /**
         * The value rules the decision asks a column about once decided: numbers, asked of every column, since a table
         * of areas may name its counts with any word.
         */
        List<Integer> valueRules(String columnName) {
            List<Integer> out = new ArrayList<>();
            if (numberRule >= 0) {
                out.add(numberRule);
            }
            if (sites != null) {
                out.addAll(sites.nameRules());   // a site told by values that are names of places
            }
            return List.copyOf(out);
        }

        /** Whether the name says it holds a statistic: a count, a rate, a mean, a share ("Voix 1", "nb", "%"). */
        boolean namesAStatistic(String columnName) {
            return isStatistic(this, columnName);
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
     * A table of groups (see the class comment): a column counting persons at least {@code minSize} on at least
     * {@code minShare} of the rows, categories of at most {@code maxCategories} different values, the period and
     * categories of at most {@code maxRepeated} of the sampled rows repeating another row's (each group once a period),
     * and a figure growing with the count, a rank correlation of at least {@code minCorrelation} (a group's figures).
     */
    record Groups(int minSize, double minShare, int maxCategories, double maxRepeated, double minCorrelation) {
        static Groups read(ConfigNode node) {
            node.allowOnly("minSize", "minShare", "maxCategories", "maxRepeated", "minCorrelation");
            return new Groups((int) node.number("minSize", 10, 2, 1_000_000), node.number("minShare", 0.9, 0.5, 1),
                (int) node.number("maxCategories", 50, 1, 10_000), node.number("maxRepeated", 0.02, 0, 0.5),
                node.number("minCorrelation", 0.5, 0, 1));
        }
    }

    /**
     * A table of sites by period (round 9's monthly energy of municipal buildings and monthly counts of a
     * social office's branches): the row is a site of the service (a building, a branch, a desk) and a period, as an
     * area and a period are, each site once a period filling their grid. A site is told by its column's name
     * ({@code words}: "antenne", "bâtiment", "Liegenschaft", "sportello") or by its values, names of places
     * ({@code nameRules}, at least {@code minNameShare} of them: "Antenne Villeneuve", "Gymnase Marie Marvingt").
     * Beside the figures, a site has attributes of its own: a column that is no figure but holds one value for each
     * site on every one of its rows (its name, its use, "EHPAD", "centre de santé") is the site's, unless it describes a
     * person (a name, a sex, an identifier, a special category read from its values): one person a site and a period
     * fills the grid too, and their sex or disability comes back every period as a site's use does. Money named as a
     * cost of the site ({@code costWords}: "coût", "Kosten", "costo") is the site's expense; other money named as a
     * person's (an income, a benefit, an amount) still blocks, as in a table of areas. And the figures must show what
     * gathers at the site: a count of the persons each row gathers ({@code personCountWords}), or a measure of the site
     * named by its unit ({@code measureWords}: kWh, m³); otherwise one person a site (a caretaker's pay, overtime and
     * sick days by month) fills the grid as well, and a sensitive figure (sick days, a count of health reasons) is only
     * an aggregate beside a count of persons. A column of which a value names a person's home ({@code homeWords}: an
     * apartment, a floor, a room) is no site, whatever its name: a dwelling's monthly water readings are a household's.
     */
    record Sites(Set<String> words, List<Integer> nameRules, double minNameShare, Set<String> costWords,
            Set<String> measureWords, Set<String> homeWords) {
        static Sites read(ConfigNode node, List<ValueRule> valueRules) {
            node.allowOnly("words", "nameRules", "minNameShare", "costWords", "measureWords", "homeWords");
            node.require("words");
            node.require("measureWords");   // without measures, only a count of persons tells a site's table
            List<Integer> nameRules = new ArrayList<>();
            if (node.has("nameRules")) {
                for (ConfigNode id : node.get("nameRules").items()) {
                    nameRules.add(DataSubjects.Rules.valueRule(id, valueRules));
                }
            }
            return new Sites(Rules.words(node, "words"), List.copyOf(nameRules), node.number("minNameShare", 0.6, 0.5, 1),
                node.has("costWords") ? Rules.words(node, "costWords") : Set.of(), Rules.words(node, "measureWords"),
                node.has("homeWords") ? Rules.words(node, "homeWords") : Set.of());
        }

        /**
         * Whether any of the column's values names a person's home ("Bât A - Apt 12", "Wohnung 3"): a dwelling and a month
         * are a household's readings, not a site's.
         */
        boolean namesAHome(ColumnEvidence ev) {
            // Read once per file over every distinct value of every column: each value is normalised once.
            for (String value : ev.distinctCounts.keySet()) {
                for (String word : Text.valueWords(Text.normalize(value))) {
                    if (homeWords.contains(word)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the column's name says it measures the site (a unit of energy, water, surface: "kWh", "m³"). */
        boolean namesAMeasure(String columnName) {
            // Units are written glued ("kWh", "m3", "tCO2") or with superscripts ("m²"): read as the lists' words are.
            String units = columnName.replace('²', '2').replace('³', '3');
            return Text.canonicalWords(Text.normalize(units)).stream().anyMatch(measureWords::contains);
        }

        /** Whether the column names a site, by its name or by values that are names of places. */
        boolean names(DataSubjects.Column c) {
            return Text.nameTokens(c.classification().name()).stream().anyMatch(words::contains)
                || nameRules.stream().anyMatch(r -> c.evidence().matchShare(r) >= minNameShare);
        }

        /** Whether the column's name says it is a cost (the site's expense), not a person's money. */
        boolean namesACost(String columnName) {
            return Text.nameTokens(columnName).stream().anyMatch(costWords::contains);
        }
    }

    /**
     * What the table's columns and rows say of it (column names, never values).
     *
     * @param areas   why the rows are areas, or empty when the evidence is not clear
     * @param persons why the rows, read as areas from the columns, are persons (a trait the same for each area over
     *                every period), or empty
     */
    record Reading(List<String> areas, List<String> persons, boolean streets) {
        static final Reading NONE = new Reading(List.of(), List.of());

        Reading(List<String> areas, List<String> persons) {
            this(areas, persons, false);
        }
    }

    /**
     * Whether the rows are areas.
     *
     * @param columns   the classified columns, in header order
     * @param rows      a sample of the rows (cells in header order, null when blank), may be empty
     * @param isContact whether a column's name says it is a contact's (kept out of the decision)
     * @param describesPerson whether a column was decided as describing the person of a row
     */
    Reading read(List<DataSubjects.Column> columns, List<List<String>> rows, Predicate<String> isContact,
            Predicate<ColumnClassification> describesPerson) {
        List<DataSubjects.Column> kept = columns.stream().filter(c -> !isContact.test(c.classification().name())).toList();
        Reading areas = readAreas(kept, columns, rows, describesPerson);
        // A register of streets is read last: its coordinates may look like an area different on every row.
        if (areas.areas().isEmpty() && areas.persons().isEmpty() && rules.streets() != null) {
            List<String> streets = rules.streets().read(rules, kept, columns, rows, describesPerson);
            if (!streets.isEmpty()) {
                return new Reading(streets, List.of(), true);
            }
        }
        return areas;
    }

    private Reading readAreas(List<DataSubjects.Column> kept, List<DataSubjects.Column> columns,
            List<List<String>> rows, Predicate<ColumnClassification> describesPerson) {
        List<DataSubjects.Column> key = rowKey(kept, describesPerson);
        if (key.isEmpty()) {
            List<String> groups = groups(kept, columns, rows);
            if (groups.isEmpty()) {
                groups = new CrossTabulations(rules.crossTabs(), rules).read(kept, columns, rows);
            }
            if (groups.isEmpty() && rules.periodCounts() != null) {
                groups = rules.periodCounts().read(rules, kept, columns, rows, describesPerson);
            }
            return new Reading(groups, List.of());
        }
        // Figures no name calls a statistic, by their place in the rows: what the rows may show to be a person's.
        Map<Integer, String> unnamedFigures = new LinkedHashMap<>();
        List<String> statistics = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        boolean gathersPersons = kept.stream().anyMatch(c -> !key.contains(c) && countsPersons(c, 2, 0.9));
        boolean blocked = false;
        boolean onlyFigures = true;
        // The row is a site of the service (not an area) and a period.
        boolean sites = key.size() == 2 && rules.sites() != null && !isAreaColumn(key.get(0));
        List<String> siteAttributes = new ArrayList<>();
        for (DataSubjects.Column c : kept) {
            ColumnClassification cc = c.classification();
            if (key.contains(c) || isArea(cc.name())) {
                continue;
            }
            boolean numbers = c.evidence().sampled > 0 && c.evidence().matchShare(rules.numberRule()) >= 0.9;
            if (sites && !numbers && isSiteAttribute(c, describesPerson)
                    && sameForEachSite(rows, indexOf(columns, key.get(0)), indexOf(columns, c))) {
                siteAttributes.add(cc.name());   // the site's name or use, the same on each of its rows
                continue;
            }
            // A site's cost named so is its expense, not a person's money.
            boolean siteCost = sites && numbers && rules.sites().namesACost(cc.name());
            if (isStatistic(cc.name()) && numbers) {
                statistics.add(cc.name());
                figures.add(cc.name());
                continue;
            }
            if (numbers) {
                unnamedFigures.put(indexOf(columns, c), cc.name());
            }
            // A person's income, benefit or amount named so (not as a statistic: that was kept above) is one person's,
            // whatever the grid: one beneficiary per neighbourhood and month fills it as a panel of areas does; beside
            // a count of the persons each row gathers, it is the area's total.
            // A site's count of cases (sick days, health reasons) is an aggregate only where its rows count persons:
            // otherwise the one person of each site and period has them.
            boolean describes = describesPerson.test(cc) || cc.attributeType() == AttributeType.IDENTIFYING
                || c.hint() == DataSubject.MIXED
                || sites && !gathersPersons && !siteCost && cc.attributeType() == AttributeType.SENSITIVE
                || !gathersPersons && !siteCost && cc.infoType() != null && rules.personFigures().contains(cc.infoType());
            blocked |= describes || cc.attributeType() == AttributeType.SENSITIVE;
            if (numbers && !describes) {
                figures.add(cc.name());
            } else {
                onlyFigures = false;
            }
        }
        // Statistics by name beside nothing that describes a person; or, when an area and a period fill their grid,
        // nothing but figures, whatever words name them. One area per row alone does not allow the latter: persons
        // spread over many areas (150 beneficiaries among thousands of IRIS) give a column different on every row too,
        // and their own numbers (a disability rate, a rent) are figures as much as an area's are.
        // A table of sites shows what gathers in it: a count of the persons each row gathers, or a measure of the site
        // (kWh, m³, m²); figures of neither are one person's a site (a caretaker's pay and overtime by month).
        if (sites && !gathersPersons && figures.stream().noneMatch(rules.sites()::namesAMeasure)) {
            return Reading.NONE;
        }
        boolean named = statistics.size() >= rules.minStatistics() && !blocked;
        boolean allFigures = key.size() == 2 && onlyFigures && figures.size() >= rules.minStatistics();
        if (!named && !allFigures) {
            return Reading.NONE;
        }
        // An area and a period fill their grid as well when each area holds one person; the rows then show, for each
        // area, a trait of a person (an age, a birth year) the same over every period, where an area's figures move.
        // A count of persons above one a row may be each person's household: it does not make an age an area's.
        if (key.size() == 2) {
            List<String> persons = new PersonTraits(rules.personTraits()).find(rows, indexOf(columns, key.get(0)),
                key.get(0).classification().name(), indexOf(columns, key.get(1)), unnamedFigures);
            if (!persons.isEmpty()) {
                return new Reading(List.of(), persons);
            }
        }
        List<String> shown = named ? statistics : figures;
        String keyEvidence = key.size() == 1 ? key.get(0).classification().name() + ": a different area on every row"
            : key.get(0).classification().name() + " and " + key.get(1).classification().name()
                + (sites ? ": a site and a period, each site at most once per period"
                    : ": an area and a period, each area at most once per period");
        List<String> evidence = new ArrayList<>(List.of(keyEvidence,
            shown.size() + " columns of counts, rates or means (" + String.join(", ", shown.subList(0,
                Math.min(3, shown.size()))) + (shown.size() > 3 ? ", ..." : "") + ")"));
        if (!siteAttributes.isEmpty()) {
            evidence.add(String.join(", ", siteAttributes) + ": the same for each site on every one of its rows, the site's own");
        }
        evidence.add(sites ? "no column describes a person: a table of sites, not of persons"
            : "no column describes a person: a table of areas, not of persons");
        return new Reading(List.copyOf(evidence), List.of());
    }

    private static int indexOf(List<DataSubjects.Column> columns, DataSubjects.Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a column of the table: " + column.classification().name());
    }

    /**
     * Why the rows are groups of persons by period and category (column names, never values), or an empty list (see the
     * class comment).
     */
    private List<String> groups(List<DataSubjects.Column> columns, List<DataSubjects.Column> all, List<List<String>> rows) {
        Groups groups = rules.groups();
        if (groups == null || rules.period() == null || rows.size() < rules.minSample()) {
            return List.of();   // no rows to tell groups from persons by: not read as groups
        }
        DataSubjects.Column period = null;
        DataSubjects.Column count = null;
        List<String> categories = new ArrayList<>();
        List<DataSubjects.Column> categoryColumns = new ArrayList<>();
        List<DataSubjects.Column> figureColumns = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnEvidence ev = c.evidence();
            String name = c.classification().name();
            if (ev.sampled < rules.minSample() || tellsAPerson(c)) {
                return List.of();
            }
            if (period == null && isPeriod(ev)) {
                period = c;
            } else if (ev.matchShare(rules.numberRule()) >= 0.9) {
                if (!isStatistic(name) && ev.distinct == ev.sampled && allWhole(ev)) {
                    return List.of();   // a number different on every row: a person's, one a row
                }
                if (count == null && countsPersons(c, groups.minSize(), groups.minShare())) {
                    count = c;
                } else {
                    figures.add(name);
                    figureColumns.add(c);
                }
            } else if (ev.distinct <= groups.maxCategories() && ev.distinctRatio() <= 0.5) {
                categories.add(name);
                categoryColumns.add(c);
            } else {
                return List.of();   // free values: names, identifiers, text about one person
            }
        }
        if (period == null || count == null || categories.isEmpty() || figures.size() < rules.minStatistics()) {
            return List.of();
        }
        List<Integer> key = new ArrayList<>();
        key.add(indexOf(all, period));
        categoryColumns.forEach(c -> key.add(indexOf(all, c)));
        if (!eachGroupOnce(rows, key, groups) || sizeOfACategory(rows, indexOf(all, count), categoryColumns, all)) {
            return List.of();
        }
        int countAt = indexOf(all, count);
        DataSubjects.Column grows = figureColumns.stream()
            .filter(f -> rankCorrelation(rows, countAt, indexOf(all, f), rules.minSample()) >= groups.minCorrelation())
            .findFirst().orElse(null);
        if (grows == null) {
            return List.of();   // no figure grows with the count: the count is no size of the row's group
        }
        return List.of(period.classification().name() + " and " + String.join(", ", categories)
                + ": a period and categories, repeated",
            count.classification().name() + ": at least " + groups.minSize() + " persons on nearly every row, each row"
                + " gathers persons (" + grows.classification().name() + " grows with it)",
            figures.size() + " other columns of figures (" + String.join(", ", figures.subList(0, Math.min(3, figures.size())))
                + (figures.size() > 3 ? ", ..." : "") + ")",
            "no column describes one person: a table of groups, not of persons");
    }

    /**
     * Whether the column tells one person's attribute or money: a protected attribute its values bear out (a sex of F
     * and M), or a figure named as a person's quasi-identifier or money (an age, an income) and not as a statistic's
     * ("Âge moyen" is a group's).
     */
    private boolean tellsAPerson(DataSubjects.Column c) {
        ColumnClassification cc = c.classification();
        boolean figure = c.evidence().matchShare(rules.numberRule()) >= 0.9;
        boolean money = cc.infoType() != null && rules.personFigures().contains(cc.infoType());
        boolean quasi = cc.protectedAttribute() != null && cc.attributeType() == AttributeType.QUASI_IDENTIFYING;
        // A count of persons with a special category ("Lauréats en situation de handicap") is how groups report them.
        return cc.protectedAttribute() != null && cc.evidence().valueMatchRatio() >= 0.5
            || (quasi || money) && figure && !isStatistic(cc.name());
    }

    /**
     * Whether the period and categories tell the row: each group comes once a period, at most {@code maxRepeated} of the
     * sampled rows repeating another's. Persons falling into years, services and grades come back in the same ones.
     */
    private static boolean eachGroupOnce(List<List<String>> rows, List<Integer> key, Groups groups) {
        return repeatedKeys(rows, key) <= groups.maxRepeated() * rows.size();
    }

    /** How many of the sampled rows repeat another's values in the {@code key} columns (a missing cell is null). */
    static int repeatedKeys(List<List<String>> rows, List<Integer> key) {
        Set<List<String>> seen = new HashSet<>();
        int repeated = 0;
        for (List<String> row : rows) {
            List<String> values = new ArrayList<>(key.size());
            for (int i : key) {
                values.add(i < row.size() ? row.get(i) : null);
            }
            if (!seen.add(values)) {
                repeated++;
            }
        }
        return repeated;
    }

    /**
     * Whether the count is one category's attribute: the same on every row of each value of a category seen on several
     * rows (the size of a person's service, of a person's club). A group's count is its own and moves from row to row.
     */
    private static boolean sizeOfACategory(List<List<String>> rows, int count, List<DataSubjects.Column> categories,
            List<DataSubjects.Column> all) {
        for (DataSubjects.Column category : categories) {
            int at = indexOf(all, category);
            Map<String, Set<String>> counts = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (List<String> row : rows) {
                String value = at < row.size() ? row.get(at) : null;
                String n = count < row.size() ? row.get(count) : null;
                if (value != null && n != null) {
                    counts.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(n);
                    seen.merge(value, 1, Integer::sum);
                }
            }
            boolean repeated = seen.values().stream().anyMatch(k -> k > 1);
            if (repeated && seen.entrySet().stream().filter(e -> e.getValue() > 1)
                    .allMatch(e -> counts.get(e.getKey()).size() == 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spearman's rank correlation of two columns' figures over the rows where both are numbers, or 0 when fewer than
     * {@code minPairs} rows have both (secrecy marks and blanks are left out).
     */
    static double rankCorrelation(List<List<String>> rows, int a, int b, int minPairs) {
        List<double[]> pairs = new ArrayList<>();
        for (List<String> row : rows) {
            Double x = figure(row, a);
            Double y = figure(row, b);
            if (x != null && y != null) {
                pairs.add(new double[] {x, y});
            }
        }
        if (pairs.size() < Math.max(minPairs, 3)) {
            return 0;
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        // Ties take their mean rank (commons-math's default); a constant column has no correlation (NaN).
        double rho = new SpearmansCorrelation().correlation(x, y);
        return Double.isNaN(rho) ? 0 : rho;
    }

    /** The number in the row's cell {@code at} (spaces, a decimal comma and a per cent sign allowed), or null. */
    static Double figure(List<String> row, int at) {
        String v = at < row.size() ? row.get(at) : null;
        if (v == null) {
            return null;
        }
        String n = BLANKS.matcher(v).replaceAll("").replace(',', '.').replace("%", "");
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Each column's position in {@code columns} (by identity: two columns may be equal by their contents). */
    static Map<DataSubjects.Column, Integer> positions(List<DataSubjects.Column> columns) {
        Map<DataSubjects.Column, Integer> out = new IdentityHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            out.put(columns.get(i), i);
        }
        return out;
    }

    private static boolean allWhole(ColumnEvidence ev) {
        return ev.distinctCounts.keySet().stream().allMatch(v -> WHOLE.matcher(BLANKS.matcher(v).replaceAll("")).matches());
    }

    /**
     * The columns whose values tell the row: an area different on every row, or else an area and a period that can
     * be a key together (each value of one comes back at most as often as the other has values); empty when none.
     */
    private List<DataSubjects.Column> rowKey(List<DataSubjects.Column> columns,
            Predicate<ColumnClassification> describesPerson) {
        List<DataSubjects.Column> areas = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnClassification cc = c.classification();
            if ((isArea(cc.name()) || cc.infoType() != null && rules.areaInfoTypes().contains(cc.infoType()))
                    && c.evidence().sampled >= rules.minSample()) {
                if (c.evidence().distinctRatio() >= rules.minUniqueShare()) {
                    return List.of(c);
                }
                areas.add(c);
            }
        }
        if (rules.period() == null) {
            return List.of();
        }
        // A site of the service (a building, a branch) and a period tell the row as an area and a period do;
        // read after the areas, so that a table of areas keeps its reading.
        // A home named in any column, not only the key ("PAV-03"
        // keyed, "Pavillon rue des Lilas n°3" beside it), makes the sites persons' homes: no table of sites is read.
        boolean homeNamed = rules.sites() != null && columns.stream().anyMatch(c -> rules.sites().namesAHome(c.evidence()));
        if (rules.sites() != null && !homeNamed) {
            for (DataSubjects.Column c : columns) {
                // No column names a home here (homeNamed), this one neither.
                if (!areas.contains(c) && c.evidence().sampled >= rules.minSample() && rules.sites().names(c)
                        && !describesPerson.test(c.classification())
                        && c.classification().attributeType() != AttributeType.IDENTIFYING) {
                    areas.add(c);
                }
            }
        }
        for (DataSubjects.Column area : areas) {
            for (DataSubjects.Column period : columns) {
                if (period != area && !describesPerson.test(period.classification()) && isPeriod(period.evidence())
                        && pairCanBeKey(area.evidence(), period.evidence(), rules.minGridFill())) {
                    return List.of(area, period);
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the column holds one value for each site on every one of the sampled rows of that site, and each site
     * that comes back in the sample comes back at least twice (its name, its use: the site's own).
     */
    private static boolean sameForEachSite(List<List<String>> rows, int site, int column) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> row : rows) {
            String key = site < row.size() ? row.get(site) : null;
            String value = column < row.size() ? row.get(column) : null;
            if (key == null) {
                continue;
            }
            seen.merge(key, 1, Integer::sum);
            String v = value == null ? "" : value;
            String before = values.putIfAbsent(key, v);
            if (before != null && !before.equals(v)) {
                return false;
            }
        }
        return !seen.isEmpty() && seen.values().stream().filter(n -> n >= 2).count() >= Math.max(2, seen.size() / 2);
    }

    /**
     * Whether the column counts persons by its name ("Allocataires", "Nb habitants") and at least {@code share} of its
     * values are whole numbers of {@code atLeast} or more: each row gathers that many persons. A count of 1 on every row
     * is one person a row, and a household's size (read so by its name) is one household a row, however many it holds.
     */
    private boolean countsPersons(DataSubjects.Column c, long atLeast, double share) {
        if (Text.nameTokens(c.classification().name()).stream().noneMatch(rules.personCountWords()::contains)
                || rules.isHouseholdCount(c.classification())) {
            return false;
        }
        int rows = 0;
        for (Map.Entry<String, Integer> e : c.evidence().distinctCounts.entrySet()) {
            String v = BLANKS.matcher(e.getKey()).replaceAll("");
            if (WHOLE.matcher(v).matches() && Long.parseLong(v) >= atLeast) {
                rows += e.getValue();
            }
        }
        return c.evidence().sampled > 0 && rows >= share * c.evidence().sampled;
    }

    /** Whether every value is a period (a year, a quarter, a month) and there are several. */
    private boolean isPeriod(ColumnEvidence ev) {
        return ev.distinct >= 2 && ev.distinctCounts.keySet().stream().allMatch(v -> rules.period().matcher(v).matches());
    }

    /**
     * Whether the two columns may tell each row together: both filled on the same rows, the rows filling at least
     * {@code minGridFill} of the grid of areas by periods (a panel fills it; persons, or birth months beside a
     * neighbourhood, leave it partly empty), and no value of one more frequent than the other has values (an area twice
     * in a quarter is not a table of areas).
     */
    private static boolean pairCanBeKey(ColumnEvidence area, ColumnEvidence period, double minGridFill) {
        long grid = (long) area.distinct * period.distinct;
        return area.sampled == period.sampled && grid >= area.sampled && area.sampled >= minGridFill * grid
            && maxCount(area) <= period.distinct && maxCount(period) <= area.distinct;
    }

    private static int maxCount(ColumnEvidence ev) {
        return ev.distinctCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Whether the column is an area by its name or by what it was read as (a commune, a neighbourhood). */
    private boolean isAreaColumn(DataSubjects.Column c) {
        ColumnClassification cc = c.classification();
        return isArea(cc.name()) || cc.infoType() != null && rules.areaInfoTypes().contains(cc.infoType());
    }

    /**
     * Whether a column may be a site's attribute: nothing in it describes a person (a name, a sex, an identifier, a
     * special category or money read from its values, a mix of persons and organisations).
     */
    private static boolean isSiteAttribute(DataSubjects.Column c, Predicate<ColumnClassification> describesPerson) {
        ColumnClassification cc = c.classification();
        return !describesPerson.test(cc) && cc.attributeType() != AttributeType.IDENTIFYING
            && cc.attributeType() != AttributeType.SENSITIVE && cc.domain() == null && cc.protectedAttribute() == null
            && c.hint() != DataSubject.MIXED;
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
