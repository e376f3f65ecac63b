package fr.vigie.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Lenient reading of the report tree: any section or field may be missing or of an unexpected kind. */
final class J {
    private J() {
    }

    /** The node at the dotted path, or a missing node. */
    static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode current = node == null ? MissingNode.getInstance() : node;
        for (String key : dottedPath.split("\\.")) {
            current = current.path(key);
        }
        return current;
    }

    static boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    /** Text of a scalar; null for missing, null or non-scalar. */
    static String text(JsonNode node, String dottedPath) {
        JsonNode value = at(node, dottedPath);
        return present(value) && value.isValueNode() ? value.asString() : null;
    }

    static String text(JsonNode node, String dottedPath, String fallback) {
        String value = text(node, dottedPath);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The first of several alternative field names that is present as a scalar. */
    static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A number, or NaN when missing or not numeric. */
    static double number(JsonNode node, String dottedPath) {
        JsonNode value = at(node, dottedPath);
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isString()) {
            try {
                return Double.parseDouble(value.asString().trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static double firstNumber(JsonNode node, String... names) {
        for (String name : names) {
            double value = number(node, name);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }

    static boolean isTrue(JsonNode node, String dottedPath) {
        JsonNode value = at(node, dottedPath);
        return value.isBoolean() ? value.asBoolean() : "true".equalsIgnoreCase(text(node, dottedPath));
    }

    /** The elements of an array (empty if missing or not an array). */
    static List<JsonNode> items(JsonNode node, String dottedPath) {
        JsonNode value = at(node, dottedPath);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    /** Strings of an array of scalars. */
    static List<String> strings(JsonNode node, String dottedPath) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items(node, dottedPath)) {
            if (item.isValueNode() && !item.isNull()) {
                values.add(item.asString());
            }
        }
        return values;
    }

    static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A number for people, French style: thin grouping, decimal comma, at most {@code decimals} decimals. */
    static String format(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0'); // no line break inside a number
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, decimals));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A ratio in [0, 1] as a percentage. */
    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "—" : format(ratio * 100, 1) + " %";
    }
}
