package fr.vigie.classify;

import fr.vigie.model.ConfigException;
import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coded microdata sent in the layout of a published schema (a road-accident file of ONISR, a travel survey of Cerema, a
 * census detail file of INSEE): the schema's documentation says what each variable is, so a file whose header is
 * mostly one schema's variables is read through that code book. A variable that is the code of a thing (a seat, a
 * trip's purpose, a vehicle's category) is released when its values are a list's codes; one that is a person's sex,
 * age, area or health is given that reading; a record's key is identifying. A file sharing a few variable names with a
 * schema by chance is not read through it, and a column outside the schema keeps what it was. Only the header is read
 * for every file; the sampled values of a matched column are read once each, and only when its reading asks for them.
 */
final class MicrodataSchemas {
    /** The reading of a variable that is the code of a thing: released when its values are codes. */
    static final String CODE = "code";
    /** The reading of a variable that counts towards the match but whose column keeps what it was. */
    static final String KEEP = "keep";

    /**
     * One published schema.
     *
     * @param id       the schema's key in the rules
     * @param source   where its variables are documented
     * @param readings normalised variable name ({@link #key}) to reading: {@link #CODE}, {@link #KEEP} or an info type
     */
    record Schema(String id, String source, Map<String, String> readings) {
    }

    /**
     * The section's settings.
     *
     * @param schemas     the published schemas
     * @param minColumns  a file is read through a schema only when at least this many of its columns are its variables
     * @param minShare    ... and at least this share of its columns
     * @param codeValues  how a code of a list is written (a value rule with a pattern): a code is released only so
     * @param figureValues how a coded answer or figure is written (codes, whole numbers): a held column takes a
     *                    person's reading (sex, age, area) only so, never over words
     * @param maxCodes    a code released has at most this many different values
     * @param infoTypes   the declared info types, for the readings
     * @param confidence  the confidence of a column read through a schema
     */
    record Rules(List<Schema> schemas, int minColumns, double minShare, Pattern codeValues, Pattern figureValues,
            int maxCodes, Map<String, Category> infoTypes, double confidence) {

        /** No section: no schema is read. */
        static Rules none() {
            return new Rules(List.of(), Integer.MAX_VALUE, 1, null, null, 0, Map.of(), 0);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, List<ValueRule> valueRules, Path rulesDir) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("minColumns", "minShare", "codeValues", "figureValues", "maxCodes", "confidence", "schemas");
            int minColumns = node.integer("minColumns", 5);
            if (minColumns < 3) {
                throw node.get("minColumns").error("must be at least 3 (a few names are shared by chance)");
            }
            double minShare = node.number("minShare", 0.6, 0.5, 1);
            Pattern codes = pattern(node, "codeValues", valueRules);
            Pattern figures = node.has("figureValues") ? pattern(node, "figureValues", valueRules) : codes;
            List<Schema> schemas = new ArrayList<>();
            ConfigNode list = node.require("schemas");
            for (Map.Entry<String, ConfigNode> e : list.entries().entrySet()) {
                ConfigNode s = e.getValue().allowOnly("file", "source");
                String source = s.require("source").asString();
                if (source.isBlank()) {
                    throw s.get("source").error("say where the schema's variables are documented");
                }
                schemas.add(new Schema(e.getKey(), source,
                    readings(rulesDir.resolve(s.require("file").asString()), s.get("file"), infoTypes)));
            }
            if (schemas.isEmpty()) {
                throw list.error("name at least one schema");
            }
            return new Rules(List.copyOf(schemas), minColumns, minShare, codes, figures,
                node.integer("maxCodes", 60), Map.copyOf(infoTypes), node.number("confidence", 0.8, 0.6, 1));
        }

        private static Pattern pattern(ConfigNode node, String key, List<ValueRule> valueRules) {
            String id = node.require(key).asString();
            for (ValueRule rule : valueRules) {
                if (rule.id().equals(id)) {
                    if (rule.pattern() == null) {
                        throw node.get(key).error("value rule '" + id + "' has no pattern");
                    }
                    return rule.pattern();
                }
            }
            throw node.get(key).error("unknown value rule '" + id + "'");
        }

        /** Lines {@code variable reading}; {@code #} starts a comment. */
        private static Map<String, String> readings(Path file, ConfigNode where, Map<String, Category> infoTypes) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw where.error("cannot read " + file.getFileName());
            }
            Map<String, String> readings = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                String reading = parts.length == 2 ? parts[1] : null;
                if (reading == null || !CODE.equals(reading) && !KEEP.equals(reading) && !infoTypes.containsKey(reading)) {
                    throw new ConfigException(where.file(), where.path(), file.getFileName() + " line " + (i + 1)
                        + ": unknown reading (expected 'variable reading', the reading " + CODE + ", " + KEEP
                        + " or a declared info type)");
                }
                if (readings.put(key(parts[0]), reading) != null) {
                    throw new ConfigException(where.file(), where.path(), file.getFileName() + " line " + (i + 1)
                        + ": variable listed twice");
                }
            }
            if (readings.isEmpty()) {
                throw where.error("schema is empty: " + file.getFileName());
            }
            return Map.copyOf(readings);
        }
    }

    private final Rules rules;

    MicrodataSchemas(Rules rules) {
        this.rules = rules;
    }

    /** A column's name as a schema's variable: lower case, accents and every non-alphanumeric dropped. */
    static String key(String name) {
        return Text.normalize(name).replace(" ", "");
    }

    /** The columns read through the schema whose variables the header mostly is (same order); as they were if none. */
    List<ColumnClassification> apply(List<ColumnClassification> columns, ColumnSampler sampler) {
        Schema schema = match(columns);
        if (schema == null) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            String reading = schema.readings().get(key(c.name()));
            if (reading == null || KEEP.equals(reading) || c.pinnedBy() != null) {
                continue;
            }
            ColumnClassification read = CODE.equals(reading) ? released(c, sampler.sample(i), schema)
                : readAs(c, rules.infoTypes().get(reading), sampler.sample(i), schema);
            if (read != null) {
                out.set(i, read);
            }
        }
        return out;
    }

    /** The schema with the most of the header's columns among its variables, if enough; null if none. */
    private Schema match(List<ColumnClassification> columns) {
        if (rules.schemas().isEmpty() || columns.size() < rules.minColumns()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (ColumnClassification c : columns) {
            names.add(key(c.name()));
        }
        Schema best = null;
        int bestCount = 0;
        for (Schema schema : rules.schemas()) {
            int count = 0;
            for (String name : names) {
                if (schema.readings().containsKey(name)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = schema;
                bestCount = count;
            }
        }
        return bestCount >= rules.minColumns() && bestCount >= rules.minShare() * columns.size() ? best : null;
    }

    /** A code of a thing: released only from a doubt (held or guessed), and only when every value is a list's code. */
    private ColumnClassification released(ColumnClassification c, List<String> sample, Schema schema) {
        if (!inDoubt(c) || !written(sample, rules.codeValues(), rules.maxCodes())) {
            return null;
        }
        return new ColumnClassification(c.name(), AttributeType.INSENSITIVE, null, null, null, rules.confidence(),
            c.evidence().decidedBy("microdata-schema", "a variable of " + schema.source() + " coded as a list of things"
                + " (" + schema.id() + "): codes, released"), null, false);
    }

    /**
     * A person's sex, age, area, a record's key or a health variable: given over a doubt when the values are coded
     * answers, and over a column let through as harmless whatever they are (it raises the protection); never over a
     * reading a rule gave.
     */
    private ColumnClassification readAs(ColumnClassification c, Category reading, List<String> sample, Schema schema) {
        boolean harmless = c.attributeType() == AttributeType.INSENSITIVE && c.domain() == null && !c.reviewNeeded();
        boolean raises = rank(reading.attributeType()) > rank(c.attributeType());
        if (!(harmless && raises) && !(inDoubt(c) && (raises || written(sample, rules.figureValues(), Integer.MAX_VALUE)))) {
            return null;
        }
        if (!raises && c.attributeType() != reading.attributeType() && reading.attributeType() == AttributeType.INSENSITIVE) {
            return null;
        }
        return new ColumnClassification(c.name(), reading.attributeType(), reading.infoType(), reading.domain(),
            reading.protectedAttribute(), rules.confidence(), c.evidence().decidedBy("microdata-schema",
                "a variable of " + schema.source() + " (" + schema.id() + "): " + reading.infoType()), null, false);
    }

    /** Held for review or guessed from its values, with no domain and no name a rule read. */
    private static boolean inDoubt(ColumnClassification c) {
        return c.reviewNeeded() && c.domain() == null && c.evidence().nameMatch() == null;
    }

    /** How much a type protects: a reading may always raise it. */
    private static int rank(AttributeType type) {
        return switch (type) {
            case INSENSITIVE -> 0;
            case QUASI_IDENTIFYING -> 1;
            case SENSITIVE -> 2;
            case IDENTIFYING -> 3;
        };
    }

    /** Every non-blank value written so, at least one, at most {@code maxDistinct} different. */
    private static boolean written(List<String> sample, Pattern pattern, int maxDistinct) {
        Set<String> distinct = new HashSet<>();
        Matcher m = pattern.matcher("");
        for (String v : sample) {
            if (v == null || v.isBlank() || !distinct.add(v)) {
                continue;
            }
            if (distinct.size() > maxDistinct || !m.reset(v).matches()) {
                return false;
            }
        }
        return !distinct.isEmpty();
    }
}
