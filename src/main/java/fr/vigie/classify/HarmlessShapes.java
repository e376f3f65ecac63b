package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shapes of values known to be harmless (section {@code failClosed.harmlessShapes}): an unknown column of a file
 * about persons every value of which has one of them (a measure with a decimal part, a date or time, an answer that
 * reveals nothing, a state of the request, a means of payment) is not held for review. Each shape is a whole-value
 * pattern or a list of dictionaries whose terms are the whole value. A shape may also ask the column's name: that every
 * word of it be a term of {@code nameWords} (a yes/no is harmless only when its name asks about the request: "a flag of
 * what?"), and that no word of it be a term of {@code unlessNameIn} (a state under a health word tells a treatment in
 * progress). Kept narrow on purpose: whatever a shape lets through leaves unreviewed.
 */
final class HarmlessShapes {
    /**
     * One shape: a pattern the whole value matches, or dictionaries one of whose terms is the whole value; and what the
     * column's name must be made of (null: any name) or must not hold (null: nothing).
     */
    private record Shape(Pattern pattern, Dictionary dictionary, Dictionary nameWords, Dictionary unlessNameIn) {
        boolean appliesTo(List<String> nameTokens) {
            if (nameWords != null && (nameTokens.isEmpty() || !nameTokens.stream().allMatch(nameWords::matchesExact))) {
                return false;
            }
            return unlessNameIn == null || unlessNameIn.countPhrases(nameTokens.toArray(String[]::new), true) == 0;
        }

        boolean explains(String value) {
            if (pattern != null) {
                return pattern.matcher(value).matches();
            }
            String[] words = Text.valueWords(Text.normalize(value.strip()));
            return words.length > 0 && dictionary.matchesExact(String.join(" ", words));
        }
    }

    private final List<Shape> shapes;

    private HarmlessShapes(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** No shape: nothing is known to be harmless. */
    static HarmlessShapes none() {
        return new HarmlessShapes(List.of());
    }

    /** Reads a list of {@code {pattern: ...}} or {@code {dictionary: name | [names]}}, naming the key of a bad entry. */
    static HarmlessShapes read(ConfigNode node, Map<String, Dictionary> dictionaries) {
        List<Shape> shapes = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            item.allowOnly("pattern", "dictionary", "nameWords", "unlessNameIn");
            if (item.has("pattern") == item.has("dictionary")) {
                throw item.error("a harmless shape needs either a pattern or a dictionary");
            }
            Dictionary nameWords = item.has("nameWords") ? ClassificationRules.dictionary(item.get("nameWords"), dictionaries) : null;
            Dictionary unless = item.has("unlessNameIn")
                ? ClassificationRules.dictionary(item.get("unlessNameIn"), dictionaries) : null;
            shapes.add(item.has("pattern") ? new Shape(ClassificationRules.compile(item.get("pattern")), null, nameWords, unless)
                : new Shape(null, ClassificationRules.dictionary(item.get("dictionary"), dictionaries), nameWords, unless));
        }
        return new HarmlessShapes(shapes);
    }

    /**
     * Whether one shape that applies to the column's name explains every value of the column (values by their counts,
     * as sampled).
     */
    boolean explainAll(String columnName, Map<String, Integer> counts) {
        List<String> nameTokens = Text.nameTokens(columnName);
        for (Shape shape : shapes) {
            if (shape.appliesTo(nameTokens) && counts.keySet().stream().allMatch(shape::explains)) {
                return true;
            }
        }
        return false;
    }
}
