package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keys of a JSON object held in a cell, read as column names: a CRM export's {@code custom_fields} holding
 * {@code {"pmr": true, "allergies": null}} has a disability column and an allergy column inside it. A key counts
 * only when its value is given (not null, not empty); a name rule that its values must confirm cannot be confirmed
 * by one value and is skipped. Only the info types the keys name reach the evidence, never a key or a value.
 */
final class JsonKeys {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Keys of nested objects are read too, up to this depth (an object of objects of settings). */
    private static final int MAX_DEPTH = 3;

    private JsonKeys() {
    }

    /** The keys of {@code value} with a value, when it is a JSON object; empty otherwise. */
    static Set<String> of(String value) {
        String v = value.strip();
        if (v.length() < 2 || v.charAt(0) != '{' || v.charAt(v.length() - 1) != '}') {
            return Set.of();
        }
        try {
            Set<String> keys = new LinkedHashSet<>();
            collect(MAPPER.readTree(v), keys, 0);
            return keys;
        } catch (JacksonException e) {
            return Set.of();
        }
    }

    private static void collect(JsonNode node, Set<String> keys, int depth) {
        if (node == null || !node.isObject() || depth >= MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode child = e.getValue();
            boolean given = child != null && !child.isNull() && !(child.isString() && child.asString().isBlank())
                && !(child.isContainer() && child.isEmpty());
            if (given) {
                keys.add(e.getKey());
            }
            collect(child, keys, depth + 1);
        }
    }

    /**
     * The info types the keys of {@code value} name, by the name rules that need no confirmation by values, when
     * they are identifying or sensitive (what a free-text scan reports); empty when the value is no JSON object.
     */
    static List<String> infoTypes(String value, ClassificationRules rules) {
        Set<String> keys = of(value);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            for (ColumnEvidence.NameHit hit : ColumnEvidence.matchNames(Text.nameTokens(key), rules.nameRules())) {
                if (!hit.rule().confirmBy().isEmpty()) {
                    continue;
                }
                Category c = hit.rule().category();
                if (c.infoType() != null && (c.attributeType() == AttributeType.SENSITIVE
                        || c.attributeType() == AttributeType.IDENTIFYING) && !found.contains(c.infoType())) {
                    found.add(c.infoType());
                }
                break;
            }
        }
        return found;
    }
}
