package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keys of a JSON object held in a cell, read as column names: a CRM export's {@code custom_fields} holding
 * {@code {"pmr": true, "allergies": null}} has a disability column and an allergy column inside it. A key counts
 * only when its value is given (not null, not empty); a name rule that its values must confirm cannot be confirmed
 * by one value and is skipped. Only the info types the keys name reach the evidence, never a key or a value.
 *
 * <p>JSON is read as exports write it, not only as the standard does: the objects of an array, single quotes and
 * Python's {@code True}, {@code False}, {@code None} (a dict written with {@code repr}), keys without quotes, a
 * trailing comma, and a cell cut at a spreadsheet's length limit, whose keys read before the cut count. A key whose
 * value cannot be read counts (fail closed: it was written).
 */
final class JsonKeys {
    private static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_TRAILING_COMMA)
        .build();
    /** Keys of nested objects are read too, up to this depth (an object of objects of settings). */
    private static final int MAX_DEPTH = 3;
    private static final Pattern PYTHON_LITERAL = Pattern.compile("\\b(True|False|None)\\b");

    private JsonKeys() {
    }

    /** The keys of {@code value} with a value, when it is a JSON object or an array of them; empty otherwise. */
    static Set<String> of(String value) {
        if (!looksLikeObject(value)) {
            return Set.of();
        }
        String v = value.strip();
        Set<String> keys = new LinkedHashSet<>();
        if (!read(v, keys) && PYTHON_LITERAL.matcher(v).find()) {
            Set<String> python = new LinkedHashSet<>();
            read(pythonToJson(v), python);
            if (python.size() > keys.size()) {
                return python;
            }
        }
        return keys;
    }

    /**
     * Whether {@code value} has the shape of a JSON object or of an array of them, whole or cut (cheap: its first
     * characters and a colon), the values whose keys {@link #of} reads.
     */
    static boolean looksLikeObject(String value) {
        int i = 0;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        if (i < value.length() && value.charAt(i) == '[') {
            i++;
            while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
        }
        return i < value.length() && value.charAt(i) == '{' && value.indexOf(':', i) > 0;
    }

    /**
     * Reads the keys of {@code v} into {@code keys} token by token, so that those before a fault count; whether it
     * was read to its end without a fault.
     */
    private static boolean read(String v, Set<String> keys) {
        Deque<String> containers = new ArrayDeque<>();   // the key each open object or array is the value of ("" none)
        String pending = null;                             // the key whose value comes next
        int depth = 0;
        try (JsonParser p = MAPPER.createParser(v)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth -= t == JsonToken.END_OBJECT ? 1 : 0;
                    containers.pop();
                    continue;
                }
                // Anything inside a container gives its key a value.
                for (String key : containers) {
                    if (!key.isEmpty()) {
                        keys.add(key);
                    }
                }
                if (t == JsonToken.PROPERTY_NAME) {
                    pending = depth <= MAX_DEPTH ? p.currentName() : null;
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth += t == JsonToken.START_OBJECT ? 1 : 0;
                    containers.push(pending == null ? "" : pending);
                    pending = null;
                } else {
                    if (pending != null && t != JsonToken.VALUE_NULL
                            && !(t == JsonToken.VALUE_STRING && p.getString().isBlank())) {
                        keys.add(pending);
                    }
                    pending = null;
                }
            }
            return true;
        } catch (JacksonException e) {
            if (pending != null) {
                keys.add(pending);
            }
            return false;
        }
    }

    /** Python's literals outside quotes as JSON's ({@code repr} of a dict); the quoted text is left as it is. */
    private static String pythonToJson(String v) {
        StringBuilder out = new StringBuilder(v.length());
        Matcher m = PYTHON_LITERAL.matcher(v);
        char quote = 0;
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < v.length()) {
                    out.append(v.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
                i++;
            } else if (m.region(i, v.length()).lookingAt()) {
                out.append(switch (m.group(1)) {
                    case "True" -> "true";
                    case "False" -> "false";
                    default -> "null";
                });
                i = m.end();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The info types the keys of {@code value} name, by the name rules that need no confirmation by values, when
     * they are identifying or sensitive (what a free-text scan reports); empty when the value is no JSON object nor
     * {@code key=value} pairs.
     */
    static List<String> infoTypes(String value, ClassificationRules rules) {
        // key=value pairs are a flattened object: their keys are read alike.
        Set<String> keys = KeyValuePairs.looksLikePairs(value) ? KeyValuePairs.keys(value) : of(value);
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
