package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the values of an info type look like, written loosely, so that values which plainly deny a type read from a
 * column's name drop it ("Lön", a Swedish salary of whole numbers, is no longitude "lon"; "IP" holding Oui/Non is no
 * IP address): a name is a guess about the values, and the values are the evidence. A type is denied when, of the
 * different sampled values, fewer than {@code maxFit} fit one of its shapes. Some types are denied only in a column of
 * categories (a handful of values repeated over many rows): persons' names are many, and a few names repeated are
 * still names when they are written as names (a social worker on every third row), so only the values that are not
 * written as names deny them ("română", "maghiară" repeated over hundreds of rows are an origin, not persons).
 *
 * @param shapes  per info type, how its values are written
 * @param minSample fewer sampled values than this deny nothing
 */
record NameShapes(Map<String, Shape> shapes, int minSample) {

    /**
     * The values of one info type.
     *
     * @param fitBy            value rules any one of which a value of the type passes
     * @param maxFit           the type is denied when fewer than this share of the different values fit
     * @param maxDistinct      only columns of at most this many different values are checked (0: all)
     * @param maxDistinctRatio only columns whose distinct/sampled ratio is at most this are checked (1: all)
     */
    record Shape(String infoType, List<Integer> fitBy, double maxFit, int maxDistinct, double maxDistinctRatio) {
        /** Whether the values of {@code ev} plainly deny the type. */
        boolean deniedBy(ColumnEvidence ev) {
            if (maxDistinct > 0 && ev.distinct > maxDistinct || ev.distinctRatio() > maxDistinctRatio) {
                return false;
            }
            int fitting = 0;
            for (int rule : fitBy) {
                fitting = Math.max(fitting, ev.distinctMatches(rule));
            }
            return fitting < maxFit * ev.distinct;
        }
    }

    /** No section: a name's type is never denied by its values (only its rules' confirmBy and rejectBy apply). */
    static NameShapes none() {
        return new NameShapes(Map.of(), Integer.MAX_VALUE);
    }

    /** Whether the sampled values of {@code ev} plainly deny {@code infoType} (false for a type with no shape). */
    boolean denies(String infoType, ColumnEvidence ev) {
        Shape shape = infoType == null ? null : shapes.get(infoType);
        return shape != null && ev.sampled >= minSample && ev.distinct > 0 && shape.deniedBy(ev);
    }

    /** Reads the {@code nameShapes} section; value rules are named by id and must exist. */
    static NameShapes read(ConfigNode node, Set<String> infoTypes, List<ValueRule> valueRules, int minSample) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("maxFit", "types");
        double maxFit = node.number("maxFit", 0.5, 0.01, 1);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < valueRules.size(); i++) {
            ids.put(valueRules.get(i).id(), i);
        }
        Map<String, Shape> shapes = new HashMap<>();
        for (ConfigNode type : node.require("types").items()) {
            Shape shape = shape(type, infoTypes, ids, maxFit);
            if (shapes.put(shape.infoType(), shape) != null) {
                throw type.get("infoType").error("info type '" + shape.infoType() + "' has a shape already");
            }
        }
        return new NameShapes(Map.copyOf(shapes), minSample);
    }

    private static Shape shape(ConfigNode type, Set<String> infoTypes, Map<String, Integer> ids, double maxFit) {
        type.allowOnly("infoType", "fitBy", "maxFit", "maxDistinct", "maxDistinctRatio");
        ConfigNode id = type.require("infoType");
        if (!infoTypes.contains(id.asString())) {
            throw id.error("unknown info type '" + id.asString() + "' (declare it under infoTypes)");
        }
        List<Integer> fitBy = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigNode rule : type.require("fitBy").items()) {
            Integer index = ids.get(rule.asString());
            if (index == null || !seen.add(rule.asString())) {
                throw rule.error(index == null ? "unknown value rule '" + rule.asString() + "'" : "listed twice");
            }
            fitBy.add(index);
        }
        if (fitBy.isEmpty()) {
            throw type.get("fitBy").error("name at least one value rule");
        }
        return new Shape(id.asString(), List.copyOf(fitBy), type.number("maxFit", maxFit, 0.01, 1),
            type.integer("maxDistinct", 0), type.number("maxDistinctRatio", 1, 0, 1));
    }
}
