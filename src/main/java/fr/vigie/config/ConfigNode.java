package fr.vigie.config;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A read-only view of one node of a YAML configuration file that knows where it sits (file and key
 * path), so that every validation error names both: {@code jobs/ccas.yml: partners[1].policy: ...}.
 *
 * <p>Every file under {@code jobs/} and {@code rules/} is read through this class: load it,
 * declare the keys a node may hold with {@link #allowOnly}, then read typed values.
 */
public final class ConfigNode {
    // A key written twice would otherwise be read as its last value, silently dropping the first.
    private static final YAMLMapper YAML = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private final Path file;
    private final String path;
    private final JsonNode node;

    private ConfigNode(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Reads a YAML file; a missing file or a syntax error is a {@link ConfigException} naming the file. */
    public static ConfigNode load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, null, "file not found");
        } catch (IOException e) {
            throw new ConfigException(file, null, "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** Parses YAML text that came from {@code file} (used for messages only). */
    public static ConfigNode parse(Path file, String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ConfigException(file, null, "file is empty");
            }
            return new ConfigNode(file, "", root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ConfigException(file, null, where + "not valid YAML (" + e.getOriginalMessage() + ")");
        }
    }

    public Path file() {
        return file;
    }

    /** The key path of this node within its file, e.g. {@code partners[1]}; empty for the root. */
    public String path() {
        return path;
    }

    /** An error about this node, naming its file and key path. */
    public ConfigException error(String problem) {
        return new ConfigException(file, path, problem);
    }

    /** Fails if this mapping holds a key outside {@code allowed} (typos must not pass silently). */
    public ConfigNode allowOnly(String... allowed) {
        requireMapping();
        Set<String> keys = new LinkedHashSet<>(Arrays.asList(allowed));
        for (String name : node.propertyNames()) {
            if (!keys.contains(name)) {
                throw child(name).error("unknown key (expected one of: " + String.join(", ", keys) + ")");
            }
        }
        return this;
    }

    public boolean has(String key) {
        requireMapping();
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** The child at {@code key}; it may be missing (see {@link #isMissing()}). */
    public ConfigNode get(String key) {
        requireMapping();
        return child(key);
    }

    /** The child at {@code key}, which must be present. */
    public ConfigNode require(String key) {
        ConfigNode child = get(key);
        if (child.isMissing()) {
            throw child.error("required key is missing");
        }
        return child;
    }

    public boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    public boolean isMapping() {
        return node.isObject();
    }

    public boolean isList() {
        return node.isArray();
    }

    public boolean isScalar() {
        return node.isValueNode() && !node.isNull();
    }

    /** Keys of this mapping in file order. */
    public List<String> keys() {
        requireMapping();
        return new ArrayList<>(node.propertyNames());
    }

    /** The entries of this mapping in file order. */
    public Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (String key : keys()) {
            entries.put(key, child(key));
        }
        return entries;
    }

    /** The items of this list; a missing node is an empty list; a single scalar is a one-item list. */
    public List<ConfigNode> items() {
        if (isMissing()) {
            return List.of();
        }
        if (isScalar()) {
            return List.of(this);
        }
        if (!node.isArray()) {
            throw error("expected a list");
        }
        List<ConfigNode> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    /** This scalar as text; fails on a mapping or a list. */
    public String asString() {
        if (isMissing()) {
            throw error("required key is missing");
        }
        if (!node.isValueNode()) {
            throw error("expected a single value, not a " + (node.isArray() ? "list" : "mapping"));
        }
        return node.asString();
    }

    public String string(String key) {
        return require(key).asString();
    }

    public Optional<String> optString(String key) {
        ConfigNode child = get(key);
        return child.isMissing() ? Optional.empty() : Optional.of(child.asString());
    }

    public String string(String key, String defaultValue) {
        return optString(key).orElse(defaultValue);
    }

    public List<String> strings(String key) {
        return get(key).items().stream().map(ConfigNode::asString).toList();
    }

    public int asInt() {
        if (!node.isIntegralNumber()) {
            String text = asString();
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw error("expected a whole number");
            }
        }
        return node.asInt();
    }

    public int integer(String key, int defaultValue) {
        ConfigNode child = get(key);
        return child.isMissing() ? defaultValue : child.asInt();
    }

    public long asLong() {
        if (!node.isIntegralNumber()) {
            try {
                return Long.parseLong(asString().trim());
            } catch (NumberFormatException e) {
                throw error("expected a whole number");
            }
        }
        return node.asLong();
    }

    public long longValue(String key, long defaultValue) {
        ConfigNode child = get(key);
        return child.isMissing() ? defaultValue : child.asLong();
    }

    public double asDouble() {
        if (!node.isNumber()) {
            try {
                return Double.parseDouble(asString().trim());
            } catch (NumberFormatException e) {
                throw error("expected a number");
            }
        }
        return node.asDouble();
    }

    public double number(String key, double defaultValue) {
        ConfigNode child = get(key);
        return child.isMissing() ? defaultValue : child.asDouble();
    }

    /** A number within [min, max]. */
    public double number(String key, double defaultValue, double min, double max) {
        double value = number(key, defaultValue);
        if (value < min || value > max || Double.isNaN(value)) {
            throw get(key).error("must be between " + min + " and " + max);
        }
        return value;
    }

    public boolean asBoolean() {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = asString().trim().toLowerCase();
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false");
        };
    }

    public boolean bool(String key, boolean defaultValue) {
        ConfigNode child = get(key);
        return child.isMissing() ? defaultValue : child.asBoolean();
    }

    /** This scalar as a constant of {@code type}, case-insensitive, with '-' read as '_'. */
    public <E extends Enum<E>> E asEnum(Class<E> type) {
        String text = asString().trim().toUpperCase().replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw error("unknown value (expected one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
    }

    public <E extends Enum<E>> Optional<E> optEnum(String key, Class<E> type) {
        ConfigNode child = get(key);
        return child.isMissing() ? Optional.empty() : Optional.of(child.asEnum(type));
    }

    /** A path relative to {@code base} (usually the project directory); it must exist. */
    public Path asExistingPath(Path base) {
        Path resolved = base.resolve(asString());
        if (!Files.exists(resolved)) {
            throw error("file not found: " + resolved);
        }
        return resolved;
    }

    /** Maps this scalar with {@code parser}; an exception from the parser becomes an error on this key. */
    public <T> T as(Function<String, T> parser, String expected) {
        String text = asString();
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw error("expected " + expected);
        }
    }

    private ConfigNode child(String key) {
        JsonNode value = node.get(key);
        String childPath = path.isEmpty() ? key : path + "." + key;
        return new ConfigNode(file, childPath, value == null ? MissingNode.getInstance() : value);
    }

    private void requireMapping() {
        if (!node.isObject()) {
            throw error(isMissing() ? "required key is missing" : "expected a mapping of keys to values");
        }
    }

    @Override
    public String toString() {
        return file + (path.isEmpty() ? "" : ": " + path);
    }
}
