package fr.vigie.classify;

import fr.vigie.classify.DataSubjects.Column;
import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inventory of play, sports or street equipment (section {@code dataSubject.equipment}). Its columns' names speak
 * of the equipment, its inspection and conformity, its surfacing, its maker, its installation (EN 1176/1177, EN
 * 16630): when at least {@code minFacets} of the {@code facets} lists each name a column, a column locates the rows
 * (one of {@code locatedBy}), no column is named for a person ({@code personNames}) and every value of each age
 * column (of {@code ageInfoTypes} or named by {@code ageNames}) holds numbers, none larger than {@code maxAge}
 * (months, after one of {@code monthWords}, counted as twelfths of a year) and is a range (two numbers, or one
 * opened by a {@code rangeWords} word or a plus sign: "2-6 ans", "ab 12 Jahren", "14+"), the age is the intended
 * users' of the equipment: the rows are places. A single age ("7 ans", "7") is one person's. Any other column describing a person, or any column of a sensitive domain, keeps
 * the file about persons.
 */
record Equipment(List<Dictionary> facets, int minFacets, Set<String> locatedBy, Dictionary ageNames,
        Dictionary personNames, Set<String> ageInfoTypes, double maxAge, Set<String> monthWords,
        Set<String> rangeWords) {
    static Equipment none() {
        return new Equipment(List.of(), Integer.MAX_VALUE, Set.of(), null, null, Set.of(), 0, Set.of(), Set.of());
    }

    static Equipment read(ConfigNode node, Set<String> known, Map<String, Dictionary> dictionaries) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("facets", "minFacets", "locatedBy", "ageNames", "personNames", "ageInfoTypes", "maxAge",
            "monthWords", "rangeWords");
        List<Dictionary> facets = new ArrayList<>();
        for (ConfigNode item : node.require("facets").items()) {
            facets.add(ClassificationRules.dictionary(item, dictionaries));
        }
        int minFacets = node.integer("minFacets", 3);
        if (minFacets < 2 || minFacets > facets.size()) {
            throw node.get("minFacets").error("must be at least 2 and at most the number of facets ("
                + facets.size() + "): one word alone is no inventory");
        }
        Set<String> months = new LinkedHashSet<>();
        if (node.has("monthWords")) {
            for (String word : node.strings("monthWords")) {
                months.addAll(Text.canonicalWords(Text.normalize(word)));
            }
        }
        Set<String> ranges = new LinkedHashSet<>();
        if (node.has("rangeWords")) {
            for (ConfigNode item : node.get("rangeWords").items()) {
                String word = item.asString();
                if (word.chars().anyMatch(Character::isDigit)) {
                    throw node.get("rangeWords").error("a word opening an age range holds no digit ('" + word
                        + "'): a number there would make one person's age a range");
                }
                for (String w : Text.normalize(word).split(" ")) {
                    if (!w.isEmpty()) {
                        ranges.add(w);   // compared with a value's normalised words, stop words included
                    }
                }
            }
        }
        return new Equipment(List.copyOf(facets), minFacets, DataSubjects.Rules.infoTypes(node, "locatedBy", known),
            ClassificationRules.dictionary(node.require("ageNames"), dictionaries),
            ClassificationRules.dictionary(node.require("personNames"), dictionaries),
            DataSubjects.Rules.infoTypes(node, "ageInfoTypes", known), node.number("maxAge", 14, 1, 120), Set.copyOf(months),
            Set.copyOf(ranges));
    }

    /**
     * The age columns of an inventory of equipment, or null when the file is not one.
     *
     * @param columns the classified columns
     * @param persons the columns that describe a person (all must be age columns)
     */
    List<String> ages(List<Column> columns, List<Column> persons) {
        if (facets.isEmpty()) {
            return null;
        }
        boolean[] found = new boolean[facets.size()];
        boolean located = false;
        List<Column> ages = new ArrayList<>();
        for (Column c : columns) {
            String[] tokens = Text.nameTokens(c.classification().name()).toArray(String[]::new);
            // A sensitive matter (an injury, a fee paid, an offence) is a person's, never a piece of equipment's.
            if (personNames.countPhrases(tokens, true) > 0 || c.classification().domain() != null) {
                return null;
            }
            for (int i = 0; i < found.length; i++) {
                found[i] |= facets.get(i).countPhrases(tokens, true) > 0;
            }
            String type = c.classification().infoType();
            located |= c.hint() == DataSubject.PLACE || type != null && locatedBy.contains(type);
            if (type != null && ageInfoTypes.contains(type) || ageNames.countPhrases(tokens, true) > 0) {
                ages.add(c);
            }
        }
        int facetsFound = 0;
        for (boolean f : found) {
            facetsFound += f ? 1 : 0;
        }
        if (facetsFound < minFacets || !located || ages.isEmpty() || !ages.containsAll(persons)) {
            return null;
        }
        for (Column c : ages) {
            if (c.evidence() == null || c.evidence().distinctCounts.isEmpty()
                    || !c.evidence().distinctCounts.keySet().stream().allMatch(this::equipmentAge)) {
                return null;
            }
        }
        return ages.stream().map(c -> c.classification().name()).toList();
    }

    /**
     * Whether the value is a range of ages none above {@code maxAge} ("2-6 ans", "ab 12 Jahren", "14+"): a single
     * number with no word opening a range is one person's age.
     */
    private boolean equipmentAge(String value) {
        String[] words = Text.normalize(value).split(" ");
        int numbers = 0;
        boolean opened = value.indexOf('+') >= 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (rangeWords.contains(w)) {
                opened = true;
            }
            if (w.isEmpty() || w.length() > 3 || !w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            double age = Integer.parseInt(w);
            if (i + 1 < words.length && monthWords.contains(words[i + 1])) {
                age /= 12;
            }
            if (age > maxAge) {
                return false;
            }
            numbers++;
        }
        return numbers >= 2 || numbers == 1 && opened;
    }
}
