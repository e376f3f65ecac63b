package fr.vigie.bias;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules know of the values of protected columns: codings (the spellings of one category,
 * F = Femme = 2 in the INSEE code) and roll-ups (France / EU / non-EU), read from the {@code codings}
 * and {@code rollups} sections of {@code rules/bias.yml}. A value they do not list is left as it is.
 */
final class GroupCodings {
    /**
     * One category of a protected attribute.
     *
     * @param category the category's key (shared with the reference population and the roll-up)
     * @param code     the coding system when the values are codes ({@code INSEE}), else null
     * @param fr       the category in a French sentence, with its article ({@code les femmes})
     * @param en       the category in an English sentence, as a plural noun ({@code women})
     */
    record Coding(String category, String code, String fr, String en) {
    }

    /**
     * An extra view grouping several values.
     *
     * @param fr      the view's name in French
     * @param en      the view's name in English
     * @param keys    the roll-up groups, in order
     * @param labels  key → {French label, English label}
     * @param members normalised value → key
     */
    record Rollup(String fr, String en, List<String> keys, Map<String, String[]> labels,
                  Map<String, String> members) {
        /** The roll-up group of a value (through its coding's category first), or null when none lists it. */
        String keyOf(Coding coding, String label) {
            if (coding != null && keys.contains(coding.category())) {
                return coding.category();
            }
            return members.get(BiasRules.normalise(label));
        }
    }

    private final Map<ProtectedAttribute, Map<String, Coding>> codings;
    private final Map<ProtectedAttribute, Rollup> rollups;

    private GroupCodings(Map<ProtectedAttribute, Map<String, Coding>> codings,
            Map<ProtectedAttribute, Rollup> rollups) {
        this.codings = Collections.unmodifiableMap(codings);
        this.rollups = Collections.unmodifiableMap(rollups);
    }

    static GroupCodings read(ConfigNode codingsNode, ConfigNode rollupsNode) {
        Map<ProtectedAttribute, Map<String, Coding>> codings = new EnumMap<>(ProtectedAttribute.class);
        if (!codingsNode.isMissing()) {
            for (Map.Entry<String, ConfigNode> entry : codingsNode.entries().entrySet()) {
                ProtectedAttribute attribute = ConfigNodeEnum.parse(entry.getValue(), entry.getKey(),
                        ProtectedAttribute.class);
                codings.put(attribute, codings(entry.getValue()));
            }
        }
        Map<ProtectedAttribute, Rollup> rollups = new EnumMap<>(ProtectedAttribute.class);
        if (!rollupsNode.isMissing()) {
            for (Map.Entry<String, ConfigNode> entry : rollupsNode.entries().entrySet()) {
                ProtectedAttribute attribute = ConfigNodeEnum.parse(entry.getValue(), entry.getKey(),
                        ProtectedAttribute.class);
                rollups.put(attribute, rollup(entry.getValue()));
            }
        }
        return new GroupCodings(codings, rollups);
    }

    private static Map<String, Coding> codings(ConfigNode list) {
        Map<String, Coding> byValue = new LinkedHashMap<>();
        for (ConfigNode item : list.items()) {
            item.allowOnly("category", "code", "fr", "en", "values");
            Coding coding = new Coding(item.string("category"), item.string("code", null), item.string("fr"),
                    item.string("en"));
            for (ConfigNode value : item.require("values").items()) {
                Coding previous = byValue.put(BiasRules.normalise(value.asString()), coding);
                if (previous != null) {
                    throw value.error("value already coded as " + previous.category());
                }
            }
        }
        return byValue;
    }

    private static Rollup rollup(ConfigNode node) {
        node.allowOnly("fr", "en", "groups");
        List<String> keys = new ArrayList<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        Map<String, String> members = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> group : node.require("groups").entries().entrySet()) {
            ConfigNode g = group.getValue().allowOnly("fr", "en", "values");
            keys.add(group.getKey());
            labels.put(group.getKey(), new String[] {g.string("fr"), g.string("en")});
            for (ConfigNode value : g.require("values").items()) {
                String previous = members.put(BiasRules.normalise(value.asString()), group.getKey());
                if (previous != null) {
                    throw value.error("value already in roll-up group " + previous);
                }
            }
        }
        return new Rollup(node.string("fr"), node.string("en"), List.copyOf(keys), Map.copyOf(labels),
                Map.copyOf(members));
    }

    /** The category a raw value of {@code attribute} is a spelling of, or null. */
    Coding coding(ProtectedAttribute attribute, String raw) {
        Map<String, Coding> byValue = codings.get(attribute);
        return byValue == null ? null : byValue.get(BiasRules.normalise(raw));
    }

    /** The roll-up view of {@code attribute}, or null. */
    Rollup rollup(ProtectedAttribute attribute) {
        return rollups.get(attribute);
    }

    /** How a category (a reference-population group) reads in sentences: {fr, en}, or null when unnamed. */
    String[] phrase(ProtectedAttribute attribute, String category) {
        Map<String, Coding> byValue = codings.get(attribute);
        if (byValue != null) {
            for (Coding coding : byValue.values()) {
                if (coding.category().equals(category) && coding.code() == null) {
                    return new String[] {coding.fr(), coding.en()};
                }
            }
        }
        return null;
    }
}
