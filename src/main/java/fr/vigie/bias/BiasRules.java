package fr.vigie.bias;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.ConfigException;
import fr.vigie.model.ProtectedAttribute;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Thresholds, severity scales, codings, roll-ups and reference populations of the bias scan,
 * read from {@code rules/bias.yml} and {@code rules/reference/*.csv} and validated on load.
 */
public final class BiasRules {
    private static final String FILE = "bias.yml";
    /** Latin letters with diacritics → their base letter (é → e), for the cheap first-letter test. */
    private static final char[] BASE_LETTERS = new char[0x250];

    static {
        for (char c = 0; c < BASE_LETTERS.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            BASE_LETTERS[c] = Character.toLowerCase(decomposed.charAt(0));
        }
    }
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final int minGroupSize;
    private final int minPositives;
    private final int minNegatives;
    private final int minPublishedCount;
    private final double confidenceLevel;
    private final double significanceLevel;
    private final Severity notSignificantMax;
    private final double fisherBelowExpected;
    private final int maxGroups;
    private final int proxyMaxCategories;
    private final int proxyMinCategoryCount;
    private final int proxyNumericBins;
    private final double proxyMaxRareShare;
    private final double missingMinDifference;
    private final int[] ageBands;
    private final LocalDate ageAsOf;
    private final Set<String> missingTokens;
    private final boolean[] tokenStarts;
    private final int maxTokenLength;
    private final Map<String, SeverityScale> scales;
    private final GroupCodings codings;
    private final String referencePopulation;
    private final Map<ProtectedAttribute, Map<String, Double>> reference;

    private BiasRules(Builder b) {
        this.minGroupSize = b.minGroupSize;
        this.minPositives = b.minPositives;
        this.minNegatives = b.minNegatives;
        this.minPublishedCount = b.minPublishedCount;
        this.confidenceLevel = b.confidenceLevel;
        this.significanceLevel = b.significanceLevel;
        this.notSignificantMax = b.notSignificantMax;
        this.fisherBelowExpected = b.fisherBelowExpected;
        this.maxGroups = b.maxGroups;
        this.proxyMaxCategories = b.proxyMaxCategories;
        this.proxyMinCategoryCount = b.proxyMinCategoryCount;
        this.proxyNumericBins = b.proxyNumericBins;
        this.proxyMaxRareShare = b.proxyMaxRareShare;
        this.missingMinDifference = b.missingMinDifference;
        this.ageBands = b.ageBands.clone();
        this.ageAsOf = b.ageAsOf;
        this.missingTokens = Set.copyOf(b.missingTokens);
        this.tokenStarts = new boolean[128];
        int longest = 0;
        for (String token : missingTokens) {
            longest = Math.max(longest, token.length());
            if (!token.isEmpty()) {
                char c = token.charAt(0);
                // Accented first letters fold to ASCII: mark the non-ASCII range as possible too.
                if (c < 128) {
                    tokenStarts[c] = true;
                    tokenStarts[Character.toUpperCase(c) < 128 ? Character.toUpperCase(c) : c] = true;
                }
            }
        }
        this.maxTokenLength = longest;
        this.scales = Map.copyOf(b.scales);
        this.codings = b.codings;
        this.referencePopulation = b.referencePopulation;
        this.reference = Collections.unmodifiableMap(new EnumMap<>(b.reference));
    }

    /**
     * Loads {@code rulesDir/bias.yml} and the reference populations in {@code rulesDir/reference/*.csv}.
     *
     * @throws ConfigException naming the file and key of the first problem
     */
    public static BiasRules load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        ConfigNode root = ConfigNode.load(file).allowOnly("minGroupSize", "minPositives", "minNegatives",
                "minPublishedCount", "confidenceLevel", "significanceLevel", "notSignificantMaxSeverity",
                "fisherBelowExpected", "maxGroupsPerAttribute", "proxy", "missing", "age", "severity", "codings",
                "rollups", "referencePopulation");
        Builder b = new Builder();
        readThresholds(root, b);
        readProxy(root.get("proxy"), b);
        readMissing(root.get("missing"), b);
        readAge(root.get("age"), b);
        loadScales(root.require("severity"), b);
        b.codings = GroupCodings.read(root.get("codings"), root.get("rollups"));
        b.referencePopulation = root.string("referencePopulation", null);
        loadReferences(rulesDir.resolve("reference"), b);
        return new BiasRules(b);
    }

    private static void readThresholds(ConfigNode root, Builder b) {
        b.minGroupSize = positive(root, "minGroupSize", 30);
        b.minPositives = positive(root, "minPositives", 5);
        b.minNegatives = positive(root, "minNegatives", 5);
        b.minPublishedCount = positive(root, "minPublishedCount", 10);
        b.confidenceLevel = root.number("confidenceLevel", 0.95, 0.5, 0.999);
        b.significanceLevel = root.number("significanceLevel", 0.05, 0.0001, 0.5);
        b.notSignificantMax = root.optEnum("notSignificantMaxSeverity", Severity.class).orElse(Severity.INFO);
        b.fisherBelowExpected = root.number("fisherBelowExpected", 5, 0, 1000);
        b.maxGroups = positive(root, "maxGroupsPerAttribute", 100);
    }

    private static void readProxy(ConfigNode proxy, Builder b) {
        if (proxy.isMissing()) {
            return;
        }
        proxy.allowOnly("maxCategories", "minCategoryCount", "numericBins", "maxRareShare");
        b.proxyMaxCategories = positive(proxy, "maxCategories", b.proxyMaxCategories);
        b.proxyMinCategoryCount = positive(proxy, "minCategoryCount", b.proxyMinCategoryCount);
        b.proxyNumericBins = positive(proxy, "numericBins", b.proxyNumericBins);
        b.proxyMaxRareShare = proxy.number("maxRareShare", b.proxyMaxRareShare, 0, 1);
    }

    private static void readMissing(ConfigNode missing, Builder b) {
        if (missing.isMissing()) {
            return;
        }
        missing.allowOnly("tokens", "minDifference");
        b.missingTokens = new HashSet<>();
        for (String token : missing.strings("tokens")) {
            b.missingTokens.add(normalise(token));
        }
        b.missingMinDifference = missing.number("minDifference", b.missingMinDifference, 0, 1);
    }

    private static void readAge(ConfigNode age, Builder b) {
        if (age.isMissing()) {
            return;
        }
        age.allowOnly("bands", "asOf");
        List<ConfigNode> bands = age.require("bands").items();
        b.ageBands = new int[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            b.ageBands[i] = bands.get(i).asInt();
            if (b.ageBands[i] <= 0 || b.ageBands[i] > 120 || (i > 0 && b.ageBands[i] <= b.ageBands[i - 1])) {
                throw bands.get(i).error("age band limits must increase, between 1 and 120");
            }
        }
        b.ageAsOf = age.optString("asOf").map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw age.get("asOf").error("expected a date yyyy-MM-dd");
            }
        }).orElse(null);
    }

    private static int positive(ConfigNode node, String key, int defaultValue) {
        int value = node.integer(key, defaultValue);
        if (value < 1) {
            throw node.get(key).error("must be at least 1");
        }
        return value;
    }

    private static void loadScales(ConfigNode severity, Builder b) {
        severity.allowOnly(Metric.ALL.toArray(String[]::new));
        for (String metric : Metric.ALL) {
            b.scales.put(metric, readScale(severity.require(metric)));
        }
    }

    /** One metric's scale: the thresholds of its levels, reached from {@code below} or from {@code above}. */
    private static SeverityScale readScale(ConfigNode scale) {
        scale.allowOnly("below", "above");
        boolean below = scale.has("below");
        if (below == scale.has("above")) {
            throw scale.error("give exactly one of below or above");
        }
        ConfigNode levels = scale.get(below ? "below" : "above");
        Map<Severity, Double> thresholds = readThresholds(levels);
        checkMonotone(levels, thresholds, below);
        return new SeverityScale(below, thresholds);
    }

    private static Map<Severity, Double> readThresholds(ConfigNode levels) {
        Map<Severity, Double> thresholds = new EnumMap<>(Severity.class);
        for (Map.Entry<String, ConfigNode> level : levels.entries().entrySet()) {
            Severity s = ConfigNodeEnum.parse(level.getValue(), level.getKey(), Severity.class);
            if (s == Severity.INFO) {
                throw level.getValue().error("INFO needs no threshold");
            }
            thresholds.put(s, level.getValue().asDouble());
        }
        if (thresholds.isEmpty()) {
            throw levels.error("at least one severity threshold is needed");
        }
        return thresholds;
    }

    /** Thresholds must be monotone so that a more severe level is always harder to reach. */
    private static void checkMonotone(ConfigNode levels, Map<Severity, Double> thresholds, boolean below) {
        Double previous = null;
        for (Map.Entry<Severity, Double> entry : thresholds.entrySet()) {
            if (previous != null && (below ? entry.getValue() > previous : entry.getValue() < previous)) {
                throw levels.get(entry.getKey().name()).error("thresholds must be "
                        + (below ? "lower" : "higher") + " for more severe levels");
            }
            previous = entry.getValue();
        }
    }

    private static void loadReferences(Path dir, Builder b) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.csv")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ConfigException(dir, null, "cannot list reference files: " + e.getMessage());
        }
        Collections.sort(files);
        for (Path file : files) {
            loadReference(file, b);
        }
    }

    private static void loadReference(Path file, Builder b) {
        Map<ProtectedAttribute, Map<String, Double>> read = readShares(file, b);
        for (Map.Entry<ProtectedAttribute, Map<String, Double>> entry : read.entrySet()) {
            double sum = entry.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 0.01) {
                throw new ConfigException(file, entry.getKey().name(),
                        String.format(Locale.ROOT, "shares add up to %.3f instead of 1", sum));
            }
            b.reference.put(entry.getKey(), Collections.unmodifiableMap(entry.getValue()));
        }
    }

    /** The shares of one reference file, by attribute then group; an attribute given by an earlier file is refused. */
    private static Map<ProtectedAttribute, Map<String, Double>> readShares(Path file, Builder b) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        Map<ProtectedAttribute, Map<String, Double>> read = new EnumMap<>(ProtectedAttribute.class);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().containsAll(List.of("attribute", "group", "share"))) {
                throw new ConfigException(file, "header", "expected columns attribute, group, share");
            }
            for (CSVRecord record : parser) {
                addShare(file, "line " + parser.getCurrentLineNumber(), record, read, b);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigException(file, null, "cannot read: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(file, null, "not a valid reference CSV (" + e.getMessage() + ")");
        }
        return read;
    }

    private static void addShare(Path file, String key, CSVRecord record,
            Map<ProtectedAttribute, Map<String, Double>> read, Builder b) {
        ProtectedAttribute attribute = referenceAttribute(file, key, record);
        double share = referenceShare(file, key, record);
        if (b.reference.containsKey(attribute) && !read.containsKey(attribute)) {
            throw new ConfigException(file, key + ".attribute", "already given in another reference file");
        }
        if (read.computeIfAbsent(attribute, a -> new LinkedHashMap<>()).put(record.get("group"), share) != null) {
            throw new ConfigException(file, key + ".group", "group listed twice");
        }
    }

    private static ProtectedAttribute referenceAttribute(Path file, String key, CSVRecord record) {
        try {
            return ProtectedAttribute.valueOf(record.get("attribute").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, key + ".attribute", "unknown protected attribute");
        }
    }

    private static double referenceShare(Path file, String key, CSVRecord record) {
        double share;
        try {
            share = Double.parseDouble(record.get("share"));
        } catch (NumberFormatException e) {
            throw new ConfigException(file, key + ".share", "expected a number");
        }
        if (!(share > 0 && share < 1)) {
            throw new ConfigException(file, key + ".share", "must be between 0 and 1");
        }
        return share;
    }

    /** Lower case, no accents, single spaces: how raw values and aliases are compared. */
    static String normalise(String text) {
        String t = text.trim();
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            plain = c < 128 && !Character.isWhitespace(c);
        }
        if (plain) {
            return t.toLowerCase(Locale.ROOT);
        }
        String stripped = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    public int minPositives() {
        return minPositives;
    }

    public int minNegatives() {
        return minNegatives;
    }

    /** Published counts below this are suppressed (small-cell suppression). */
    public int minPublishedCount() {
        return minPublishedCount;
    }

    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** A finding is significant when its BH-adjusted q-value is below this. */
    public double significanceLevel() {
        return significanceLevel;
    }

    /** The highest severity a finding that is not significant may have. */
    public Severity notSignificantMax() {
        return notSignificantMax;
    }

    /** Fisher's exact test replaces the z-test when an expected 2x2 cell count is below this. */
    public double fisherBelowExpected() {
        return fisherBelowExpected;
    }

    public int maxGroups() {
        return maxGroups;
    }

    public int proxyMaxCategories() {
        return proxyMaxCategories;
    }

    public int proxyMinCategoryCount() {
        return proxyMinCategoryCount;
    }

    public int proxyNumericBins() {
        return proxyNumericBins;
    }

    /** A candidate column whose rows mostly (over this share) hold rare values is unique per row. */
    public double proxyMaxRareShare() {
        return proxyMaxRareShare;
    }

    public double missingMinDifference() {
        return missingMinDifference;
    }

    /** Lower limits of the age bands after the first, e.g. [25, 40, 55, 65] for <25, 25-39, ... 65+. */
    public int[] ageBands() {
        return ageBands.clone();
    }

    /** The date ages are computed at, null for today. */
    public LocalDate ageAsOf() {
        return ageAsOf;
    }

    /** Whether a raw cell counts as missing (empty, NA, inconnu...). Called for every cell: kept cheap. */
    public boolean isMissing(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        int length = raw.length();
        if (length > maxTokenLength + 2) {
            return raw.isBlank();
        }
        char first = Character.toLowerCase(raw.charAt(0));
        if (first >= 128 && first < BASE_LETTERS.length) {
            first = BASE_LETTERS[first];
        }
        if (first < 128 && !tokenStarts[first] && !Character.isWhitespace(first)) {
            return false;
        }
        return raw.isBlank() || missingTokens.contains(normalise(raw));
    }

    public SeverityScale scale(String metric) {
        SeverityScale scale = scales.get(metric);
        if (scale == null) {
            throw new IllegalArgumentException("no scale for metric " + metric);
        }
        return scale;
    }

    /** The codings and roll-ups of the values of protected columns. */
    GroupCodings codings() {
        return codings;
    }

    public String referencePopulation() {
        return referencePopulation;
    }

    /** Shares of each group in the reference population for {@code attribute}; empty when unknown. */
    public Map<String, Double> reference(ProtectedAttribute attribute) {
        return reference.getOrDefault(attribute, Map.of());
    }

    private static final class Builder {
        int minGroupSize;
        int minPositives;
        int minNegatives;
        int minPublishedCount;
        double confidenceLevel;
        double significanceLevel;
        Severity notSignificantMax;
        double fisherBelowExpected;
        int maxGroups;
        int proxyMaxCategories = 5000;
        int proxyMinCategoryCount = 5;
        int proxyNumericBins = 10;
        double proxyMaxRareShare = 0.5;
        double missingMinDifference = 0.02;
        int[] ageBands = {25, 40, 55, 65};
        LocalDate ageAsOf;
        Set<String> missingTokens = new HashSet<>(Set.of("", "na", "n/a", "null", "nan", "-", "?"));
        final Map<String, SeverityScale> scales = new TreeMap<>();
        GroupCodings codings;
        String referencePopulation;
        final Map<ProtectedAttribute, Map<String, Double>> reference = new EnumMap<>(ProtectedAttribute.class);
    }
}
