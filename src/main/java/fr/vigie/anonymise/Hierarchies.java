package fr.vigie.anonymise;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.ConfigException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builders of hierarchies that need no file, from the distinct values of a column. Missing values (the
 * empty string) stay empty at every level below the top {@code *}.
 */
public final class Hierarchies {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Hierarchies() {
    }

    /** {@code value → *}: the column is either kept or fully suppressed. */
    public static Hierarchy suppress(String name, Collection<String> values) {
        List<String[]> rows = new ArrayList<>();
        for (String value : distinct(values)) {
            rows.add(new String[] {value, "*"});
        }
        return Hierarchy.of(name, rows);
    }

    /**
     * Numeric intervals: level i (1-based) groups a number into [lower, lower + widths[i-1][, lower a multiple
     * of the width; each width must divide the next so that intervals nest; the last level is {@code *}.
     * Labels read {@code [30, 35[}.
     *
     * @throws IllegalArgumentException when a non-empty value is not a number or the widths do not nest
     */
    public static Hierarchy interval(String name, Collection<String> values, List<BigDecimal> widths) {
        checkNested(widths);
        List<String[]> rows = new ArrayList<>();
        for (String value : distinct(values)) {
            String[] row = new String[widths.size() + 2];
            row[0] = value;
            row[row.length - 1] = "*";
            BigDecimal number = value.isEmpty() ? null : parseNumber(value)
                    .orElseThrow(() -> new IllegalArgumentException("a value is not a number"));
            for (int i = 0; i < widths.size(); i++) {
                row[i + 1] = number == null ? "" : intervalLabel(number, widths.get(i));
            }
            rows.add(row);
        }
        return Hierarchy.of(name, rows);
    }

    private static void checkNested(List<BigDecimal> widths) {
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("at least one interval width is needed");
        }
        for (int i = 0; i < widths.size(); i++) {
            BigDecimal width = widths.get(i);
            if (width.signum() <= 0) {
                throw new IllegalArgumentException("interval widths must be positive");
            }
            if (i > 0 && width.remainder(widths.get(i - 1)).signum() != 0) {
                throw new IllegalArgumentException("each interval width must be a multiple of the previous one");
            }
        }
    }

    private static String intervalLabel(BigDecimal number, BigDecimal width) {
        BigDecimal lower = number.divide(width, 0, java.math.RoundingMode.FLOOR).multiply(width);
        return "[" + lower.stripTrailingZeros().toPlainString() + ", "
                + lower.add(width).stripTrailingZeros().toPlainString() + "[";
    }

    /**
     * Dates, read as ISO {@code yyyy-MM-dd} or French {@code dd/MM/yyyy}: day → month ({@code 1984-03}) →
     * year ({@code 1984}) → decade ({@code 1980-1989}) → {@code *}.
     *
     * @throws IllegalArgumentException when a non-empty value is not a date in either format
     */
    public static Hierarchy date(String name, Collection<String> values) {
        List<String[]> rows = new ArrayList<>();
        for (String value : distinct(values)) {
            if (value.isEmpty()) {
                rows.add(new String[] {"", "", "", "", "*"});
                continue;
            }
            LocalDate date = parseDate(value).orElseThrow(() -> new IllegalArgumentException("a value is not a date"));
            int decade = Math.floorDiv(date.getYear(), 10) * 10;
            rows.add(new String[] {value, String.format("%04d-%02d", date.getYear(), date.getMonthValue()),
                String.format("%04d", date.getYear()), decade + "-" + (decade + 9), "*"});
        }
        return Hierarchy.of(name, rows);
    }

    /**
     * Prefix masking of codes: one more trailing character replaced by {@code *} per level, keeping at least
     * the first character, then {@code *} ({@code 34070 → 3407* → 340** → 34*** → *}).
     */
    public static Hierarchy mask(String name, Collection<String> values) {
        List<String> distinct = distinct(values);
        int maxLength = distinct.stream().mapToInt(String::length).max().orElse(1);
        int maskedLevels = Math.max(0, maxLength - 2);
        List<String[]> rows = new ArrayList<>();
        for (String value : distinct) {
            String[] row = new String[maskedLevels + 2];
            row[0] = value;
            for (int level = 1; level <= maskedLevels; level++) {
                int hidden = Math.min(level, Math.max(0, value.length() - 1));
                row[level] = value.substring(0, value.length() - hidden) + "*".repeat(hidden);
            }
            row[row.length - 1] = "*";
            rows.add(row);
        }
        return Hierarchy.of(name, rows);
    }

    /**
     * Groupings read from a YAML file: {@code levels} is a list, one entry per level above the values, each
     * a mapping from a group label to the labels of the level below it; {@code *} is added on top.
     * <pre>
     * levels:
     *   - en couple: [marié, pacsé, concubinage]
     *     seul: [célibataire, divorcé, veuf]
     * </pre>
     * Every value of the data must be listed at the first level.
     */
    public static Hierarchy groups(Path file, Collection<String> values) {
        ConfigNode root = ConfigNode.load(file).allowOnly("description", "levels");
        List<ConfigNode> levels = root.require("levels").items();
        List<Map<String, String>> parentOf = levels.stream().map(Hierarchies::parentOfMember).toList();
        List<String[]> rows = new ArrayList<>();
        for (String value : distinct(values)) {
            String[] row = new String[levels.size() + 2];
            row[0] = value;
            row[row.length - 1] = "*";
            for (int i = 0; i < levels.size(); i++) {
                String parent = value.isEmpty() ? "" : parentOf.get(i).get(row[i]);
                if (parent == null) {
                    throw new ConfigException(file, "levels[" + i + "]", i == 0
                            ? "a value of the data is not listed in any group"
                            : "a label of level " + i + " is not listed in any group");
                }
                row[i + 1] = parent;
            }
            rows.add(row);
        }
        return Hierarchy.of(file.getFileName().toString(), rows);
    }

    /** One level of groupings: the group of each member, a member listed in two groups refused. */
    private static Map<String, String> parentOfMember(ConfigNode level) {
        Map<String, String> parents = new HashMap<>();
        for (Map.Entry<String, ConfigNode> group : level.entries().entrySet()) {
            for (ConfigNode member : group.getValue().items()) {
                if (parents.put(member.asString(), group.getKey()) != null) {
                    throw member.error("listed in two groups");
                }
            }
        }
        return parents;
    }

    /** Parses a number written with '.' or ',' as decimal separator. */
    static Optional<BigDecimal> parseNumber(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses an ISO or French date. */
    static Optional<LocalDate> parseDate(String value) {
        String text = value.trim();
        try {
            return Optional.of(text.indexOf('/') > 0 ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isDigits(String value) {
        return DIGITS.matcher(value).matches();
    }

    /** The distinct values; an empty column still gets a hierarchy (of the missing value alone). */
    private static List<String> distinct(Collection<String> values) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        if (distinct.isEmpty()) {
            distinct.add("");
        }
        return distinct;
    }
}
