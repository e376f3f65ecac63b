package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Percentages that no rule decided, in a file about persons: a share that varies per person (what they pay of
 * their care, set by their income) is held as {@code held}; one whose name says it is a rate ({@code rateWords}:
 * "Taux TVA") is explained and stays as decided.
 */
record Percentages(Category held, Set<String> rateWords) {
    private static final Pattern PERCENT = Pattern.compile("\\s*-?\\d{1,3}(?:[.,]\\d+)?\\s?%\\s*");

    static Percentages read(ConfigNode node) {
        node.allowOnly("attributeType", "domain", "rateWords");
        AttributeType type = node.require("attributeType").asEnum(AttributeType.class);
        if (type == AttributeType.INSENSITIVE) {
            throw node.get("attributeType").error("a percentage held for review cannot be INSENSITIVE");
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : node.strings("rateWords")) {
            words.addAll(Text.canonicalWords(Text.normalize(word)));
        }
        return new Percentages(new Category(null, type, node.require("domain").asEnum(Domain.class), null),
            Set.copyOf(words));
    }

    static boolean all(Map<String, Integer> counts) {
        return !counts.isEmpty() && counts.keySet().stream().allMatch(v -> PERCENT.matcher(v).matches());
    }

    boolean namedRate(String name) {
        return Text.nameTokens(name).stream().anyMatch(rateWords::contains);
    }
}
