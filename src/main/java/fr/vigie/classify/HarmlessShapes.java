package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shapes of values known to be harmless (section {@code failClosed.harmlessShapes}): an unknown column of a file
 * about persons every value of which has one of them (a measure with a decimal part, a date or time, an answer that
 * reveals nothing) is not held for review. Each shape is a whole-value pattern or a list of dictionaries whose terms
 * are the whole value. Kept narrow on purpose: whatever a shape lets through leaves unreviewed.
 */
final class HarmlessShapes {
    /** One shape: a pattern the whole value matches, or dictionaries one of whose terms is the whole value. */
    private record Shape(Pattern pattern, Dictionary dictionary) {
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
            item.allowOnly("pattern", "dictionary");
            if (item.has("pattern") == item.has("dictionary")) {
                throw item.error("a harmless shape needs either a pattern or a dictionary");
            }
            shapes.add(item.has("pattern") ? new Shape(ClassificationRules.compile(item.get("pattern")), null)
                : new Shape(null, ClassificationRules.dictionary(item.get("dictionary"), dictionaries)));
        }
        return new HarmlessShapes(shapes);
    }

    /** Whether one shape explains every value of the column (values by their counts, as sampled). */
    boolean explainAll(Map<String, Integer> counts) {
        for (Shape shape : shapes) {
            if (counts.keySet().stream().allMatch(shape::explains)) {
                return true;
            }
        }
        return false;
    }
}
