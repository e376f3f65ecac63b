package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of values known to be harmless (section {@code failClosed.harmlessShapes}): an unknown column of a file
 * about persons every value of which has one of them (a measure with a decimal part, a date or time, an answer that
 * reveals nothing, a state of the request, a means of payment) is not held for review. Each shape is a whole-value
 * pattern or a list of dictionaries whose terms are the whole value. A shape may also ask the column's name: that every
 * word of it be a term of {@code nameWords} (a yes/no is harmless only when its name asks about the request: "a flag of
 * what?"), that one word of it be a term of {@code nameAny} (numbers are a count or a duration only when the name says
 * so: "Nb entretiens", "Durée (min)"), that no word of it be a term of {@code nameNone} (a count of the household's
 * persons is its size), that no other column of the file be of one of the domains {@code notBeside} (hours in a file of
 * disability compensation are hours of assistance, days in an addictions group days of abstinence), or that it say
 * something at all ({@code namedOnly}: a decimal under "EF12" may be a lab value), or that the column hold at least
 * {@code minDistinct} different values. A shape explains no column all of whose
 * values match its {@code notAll} pattern: letter codes are a unit's, but G1 to G6 are as much the levels of a public
 * dependency scale (a GIR) as a youth group's, and when unsure the column is held. A shape of dictionaries may read a
 * cell as a list ({@code split}, the pattern between its parts: "Acte de naissance; pièce d'identité"): every part must
 * be one of its terms, so one document outside the list (a medical certificate) keeps the column held; and it may take
 * values of a pattern too ({@code orPattern}: a slot is a part of the day or a range of hours). A shape of dictionaries
 * may let a small whole number lead a term ({@code counted}: "2 chats" are cats). No shape applies under a name
 * holding a term of a sensitive vocabulary ({@code failClosed.sensitiveNames}:
 * a state under a health word tells a treatment in progress). A shape of a thing ({@code inMatter}, with a
 * {@code nameAny}: a bicycle's make, colour, kind or fate) also clears a column in the file of a sensitive matter, where
 * every other unexplained column is held with the matter's domain. Kept narrow on purpose: whatever a shape lets through
 * leaves unreviewed.
 */
final class HarmlessShapes {
    /**
     * One shape: a pattern the whole value matches, or dictionaries one of whose terms is the whole value; and what the
     * column's name must be made of (null: any name), or hold at least once (null: no such need); and whether it needs
     * a name that says something (not "EF12"); and how many different values the column must hold at least (two codes
     * T1/T2 also write the types of a diabetes, a list of housing typologies has more).
     */
    private record Shape(Pattern pattern, Dictionary dictionary, Dictionary nameWords, Dictionary nameAny, Dictionary nameNone,
            Set<Domain> notBeside, boolean namedOnly, Pattern notAll, int minDistinct, Pattern split, Pattern orPattern,
            boolean counted, boolean inMatter) {
        boolean appliesTo(List<String> nameTokens, boolean opaqueName, Set<Domain> fileDomains) {
            if (namedOnly && opaqueName || fileDomains.stream().anyMatch(notBeside::contains)) {
                return false;
            }
            if (nameAny != null && nameTokens.stream().noneMatch(nameAny::matchesExact)
                    || nameNone != null && nameTokens.stream().anyMatch(nameNone::matchesExact)) {
                return false;
            }
            return nameWords == null || !nameTokens.isEmpty() && nameTokens.stream().allMatch(nameWords::matchesExact);
        }

        /** Whether the values, every one of them, are of the shape's {@code notAll} (the levels of a scale). */
        boolean deniedBy(Set<String> values) {
            return notAll != null && values.stream().allMatch(v -> notAll.matcher(v).matches());
        }

        /** Whether one part of the value at least is a term of the shape's dictionary (a document the list holds). */
        boolean partly(String value) {
            for (String part : split.split(value.strip(), -1)) {
                if (isTerm(part)) {
                    return true;
                }
            }
            return false;
        }

        boolean explains(String value) {
            if (pattern != null) {
                return pattern.matcher(value).matches();
            }
            if (split == null) {
                return isTerm(value);
            }
            // -1 keeps a trailing empty part: "Acte de naissance;" has a part that names nothing.
            for (String part : split.split(value.strip(), -1)) {
                if (!isTerm(part)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isTerm(String value) {
            if (orPattern != null && orPattern.matcher(value).matches()) {
                return true;
            }
            String[] words = Text.valueWords(Text.normalize(value.strip()));
            int from = counted && words.length > 1 && isSmallCount(words[0]) ? 1 : 0;
            return words.length > from
                && dictionary.matchesExact(String.join(" ", Arrays.asList(words).subList(from, words.length)));
        }

        /** One or two digits: how many of the thing follow ("2 chats"), not a code. */
        private static boolean isSmallCount(String word) {
            return word.length() <= 2 && word.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
    }

    private final List<Shape> shapes;
    private final Dictionary sensitiveNames;

    private HarmlessShapes(List<Shape> shapes, Dictionary sensitiveNames) {
        this.shapes = List.copyOf(shapes);
        this.sensitiveNames = sensitiveNames;
    }

    /** No shape: nothing is known to be harmless. */
    static HarmlessShapes none() {
        return new HarmlessShapes(List.of(), null);
    }

    /**
     * Reads a list of {@code {pattern: ...}} or {@code {dictionary: name | [names]}}, naming the key of a bad entry, and
     * the sensitive vocabularies under whose terms no shape applies (a missing node: none).
     */
    static HarmlessShapes read(ConfigNode node, ConfigNode sensitiveNames, Map<String, Dictionary> dictionaries) {
        List<Shape> shapes = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            item.allowOnly("pattern", "dictionary", "nameWords", "nameAny", "nameNone", "notBeside", "namedOnly", "notAll",
                "minDistinct", "split", "orPattern", "counted", "inMatter");
            if (item.has("pattern") == item.has("dictionary")) {
                throw item.error("a harmless shape needs either a pattern or a dictionary");
            }
            Dictionary nameWords = item.has("nameWords") ? ClassificationRules.dictionary(item.get("nameWords"), dictionaries) : null;
            Dictionary nameAny = item.has("nameAny") ? ClassificationRules.dictionary(item.get("nameAny"), dictionaries) : null;
            Dictionary nameNone = item.has("nameNone") ? ClassificationRules.dictionary(item.get("nameNone"), dictionaries) : null;
            Set<Domain> notBeside = EnumSet.noneOf(Domain.class);
            if (item.has("notBeside")) {
                for (ConfigNode domain : item.get("notBeside").items()) {
                    notBeside.add(domain.asEnum(Domain.class));
                }
            }
            boolean namedOnly = item.bool("namedOnly", false);
            Pattern notAll = item.has("notAll") ? ClassificationRules.compile(item.get("notAll")) : null;
            int minDistinct = item.integer("minDistinct", 1);
            if (minDistinct < 1) {
                throw item.error("minDistinct must be at least 1");
            }
            if (item.has("split") && item.has("pattern")) {
                throw item.get("split").error("split reads a list of terms: only with a dictionary, not a pattern");
            }
            Pattern split = item.has("split") ? ClassificationRules.compile(item.get("split")) : null;
            if (item.has("orPattern") && item.has("pattern")) {
                throw item.get("orPattern").error("orPattern adds values to a dictionary: only with a dictionary, not a pattern");
            }
            Pattern orPattern = item.has("orPattern") ? ClassificationRules.compile(item.get("orPattern")) : null;
            if (item.has("counted") && item.has("pattern")) {
                throw item.get("counted").error("counted lets a number lead a term: only with a dictionary, not a pattern");
            }
            boolean counted = item.bool("counted", false);
            boolean inMatter = item.bool("inMatter", false);
            if (inMatter && !item.has("nameAny")) {
                throw item.get("inMatter").error("inMatter needs nameAny: in the file of a sensitive matter only the name"
                    + " and the values together say a column describes a thing");
            }
            shapes.add(item.has("pattern")
                ? new Shape(ClassificationRules.compile(item.get("pattern")), null, nameWords, nameAny, nameNone, notBeside,
                    namedOnly, notAll, minDistinct, null, null, false, inMatter)
                : new Shape(null, ClassificationRules.dictionary(item.get("dictionary"), dictionaries), nameWords, nameAny,
                    nameNone, notBeside, namedOnly, notAll, minDistinct, split, orPattern, counted, inMatter));
        }
        return new HarmlessShapes(shapes,
            sensitiveNames.isMissing() ? null : ClassificationRules.dictionary(sensitiveNames, dictionaries));
    }

    /**
     * Whether a shape that asks the column's name for its words ({@code nameAny} or {@code nameWords}: a count named
     * "Nb", a duration "Durée (min)", a unit) explains every value: the name and the values together, not the values
     * alone, say what the column is.
     */
    boolean explainAllByName(String columnName, Map<String, Integer> counts, Set<Domain> fileDomains) {
        List<String> nameTokens = Text.nameTokens(columnName);
        if (sensitiveNames != null && sensitiveNames.countPhrases(nameTokens.toArray(String[]::new), true) > 0) {
            return false;
        }
        for (Shape shape : shapes) {
            if ((shape.nameAny() != null || shape.nameWords() != null) && shape.appliesTo(nameTokens, false, fileDomains)
                    && counts.size() >= shape.minDistinct() && counts.keySet().stream().allMatch(shape::explains)
                    && !shape.deniedBy(counts.keySet())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a shape marked {@code inMatter} (a thing's make, colour, kind or fate, under a name that says so) explains
     * every value of a column of the file of a sensitive matter: there every other unexplained column is held with the
     * matter's domain, but the object of the matter (a found or stolen bicycle) is described by name and values that say
     * nothing of the person.
     */
    boolean explainThingInMatter(String columnName, Map<String, Integer> counts, Set<Domain> fileDomains) {
        List<String> nameTokens = Text.nameTokens(columnName);
        if (sensitiveNames != null && sensitiveNames.countPhrases(nameTokens.toArray(String[]::new), true) > 0) {
            return false;
        }
        for (Shape shape : shapes) {
            if (shape.inMatter() && shape.appliesTo(nameTokens, false, fileDomains) && counts.size() >= shape.minDistinct()
                    && counts.keySet().stream().allMatch(shape::explains) && !shape.deniedBy(counts.keySet())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the column's name holds a term of a sensitive vocabulary (the section's {@code sensitiveNames}: "dialyse",
     * "taux_incapacite"): under such a name no value is harmless by its shape or its structure.
     */
    boolean namedSensitive(String columnName) {
        return sensitiveNames != null
            && sensitiveNames.countPhrases(Text.nameTokens(columnName).toArray(String[]::new), true) > 0;
    }

    /**
     * Whether a shape that reads a cell as a list of terms ({@code split}: the documents supplied) is named by the column,
     * holds one of its terms in a value at least, and yet does not explain every value: a list under a name of documents
     * one part of which is no term of the list (a medical certificate, a divorce judgment, a residence permit) says why
     * the request was made. Such a column is held whatever its profile: that its items are few, or capitalised as German
     * nouns are, clears nothing.
     */
    boolean namedListRefused(String columnName, boolean opaqueName, Map<String, Integer> counts) {
        List<String> nameTokens = null;
        for (Shape shape : shapes) {
            if (shape.split() == null) {
                continue;
            }
            if (nameTokens == null) {
                nameTokens = Text.nameTokens(columnName);
            }
            // Whatever the file's other columns: beside health the list is held all the more.
            // The values must show the family (one document of the list at least): a yes/no under "pièce reçue" is no list.
            if (shape.appliesTo(nameTokens, opaqueName, Set.of()) && counts.keySet().stream().anyMatch(shape::partly)
                    && !counts.keySet().stream().allMatch(shape::explains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one shape that applies to the column's name (opaque: a name that says nothing) explains every value of the
     * column (values by their counts, as sampled), in a file none of whose other columns is of a domain.
     */
    boolean explainAll(String columnName, boolean opaqueName, Map<String, Integer> counts) {
        return explainAll(columnName, opaqueName, counts, Set.of());
    }

    /**
     * Whether one shape that applies to the column's name (opaque: a name that says nothing) and to a file whose other
     * columns are of these domains ({@code fileDomains}: HEALTH when one is a disability allowance) explains every value
     * of the column (values by their counts, as sampled).
     */
    boolean explainAll(String columnName, boolean opaqueName, Map<String, Integer> counts, Set<Domain> fileDomains) {
        List<String> nameTokens = Text.nameTokens(columnName);
        if (sensitiveNames != null && sensitiveNames.countPhrases(nameTokens.toArray(String[]::new), true) > 0) {
            return false;
        }
        for (Shape shape : shapes) {
            if (shape.appliesTo(nameTokens, opaqueName, fileDomains) && counts.size() >= shape.minDistinct()
                    && counts.keySet().stream().allMatch(shape::explains) && !shape.deniedBy(counts.keySet())) {
                return true;
            }
        }
        return false;
    }
}
