package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A line number: a column named as the row's rank in the list ({@code Lp.}, {@code Nr. crt.}, {@code S. No.},
 * {@code № з/п}, {@code Sıra No}) whose sampled values, in file order, are 1..n with a few gaps. It numbers the
 * lines of the export, not the persons: released. Both the name and the values are needed; whole numbers different
 * on every row under any other name stay the person's number, and numbers out of order under such a name too. A list
 * sorted by a sensitive column (benefits by income, pensions by disability rate) numbers its lines in that order: the
 * line number is then that column's rank and is not released.
 */
final class RowNumbers {

    /**
     * The section's settings.
     *
     * @param names       the names of a line's rank, as canonical words ("lp", "num crt", "s num")
     * @param maxGapShare the numbers skipped (deleted lines) at most this share of the values
     * @param minSample   at least this many values
     * @param confidence  the confidence of a line number so read
     * @param sortedMinDistinct a sensitive column in sorted file order with at least this many different values keeps
     *                    the line number unreleased (it carries that column's rank)
     */
    record Rules(Dictionary names, double maxGapShare, int minSample, double confidence, int sortedMinDistinct) {

        /** No section: no line number is read. */
        static Rules none() {
            return new Rules(null, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
        }

        static Rules read(ConfigNode node, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("names", "maxGapShare", "minSample", "confidence", "sortedMinDistinct");
            int sortedMinDistinct = node.integer("sortedMinDistinct", 3);
            if (sortedMinDistinct < 2) {
                throw node.get("sortedMinDistinct").error("must be at least 2 (one value is sorted in any order)");
            }
            return new Rules(ClassificationRules.dictionary(node.require("names"), dictionaries),
                node.number("maxGapShare", 0.1, 0, 0.5), node.integer("minSample", 10),
                node.number("confidence", 0.8, 0.6, 1), sortedMinDistinct);
        }
    }

    private final Rules rules;

    RowNumbers(Rules rules) {
        this.rules = rules;
    }

    /**
     * The columns with the line numbers released (same order). Only columns so named, or that no rule explained, have
     * their sampled values read, once each: the sample keeps the file's order up to its size, and a larger file's
     * shuffled sample reads as out of order, so its column stays as it was. A line number of a list sorted by a
     * sensitive column is that column's rank: held with its domain, named so or not.
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, ColumnSampler sampler) {
        if (rules.names() == null) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        ColumnClassification[] sortedBy = null;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            boolean named = namedAsRowRank(c.name());
            if (c.pinnedBy() != null || !named && !unexplained(c) || !inFileOrder(sampler.sample(i))) {
                continue;
            }
            if (sortedBy == null) {
                sortedBy = new ColumnClassification[] {sortedSensitive(columns, sampler)};
            }
            if (sortedBy[0] != null) {
                out.set(i, rankOf(c, sortedBy[0]));
            } else if (named) {
                out.set(i, new ColumnClassification(c.name(), AttributeType.INSENSITIVE, null, null, null,
                    rules.confidence(), c.evidence().decidedBy("row-number", "named as the line's rank in the list and"
                        + " numbered 1..n in file order: a line number of the export, not the person's"), null, false));
            }
        }
        return out;
    }

    /** A column released by default: no name rule, no value rule decided it. */
    private static boolean unexplained(ColumnClassification c) {
        return c.attributeType() == AttributeType.INSENSITIVE && c.infoType() == null && c.domain() == null
            && c.evidence().rule() == null && c.evidence().valueRule() == null;
    }

    /** The line number of a list sorted by {@code sorted}: its rank, as sensitive as it is, held for review. */
    private ColumnClassification rankOf(ColumnClassification c, ColumnClassification sorted) {
        return new ColumnClassification(c.name(), AttributeType.SENSITIVE, null, sorted.domain(), null,
            rules.confidence(), c.evidence().decidedBy("row-number-sorted", "numbered 1..n in the order of a sensitive"
                + " column: the line number is that column's rank"), null, true);
    }

    /**
     * The first column decided SENSITIVE with a domain (a column only held for review tells no sensitive matter) that
     * is, in the sample's order, sorted (rising or falling, numbers by their value, other values by their letters)
     * over at least sortedMinDistinct different values; null if none. Read once per file, each sensitive column's
     * sample once.
     */
    private ColumnClassification sortedSensitive(List<ColumnClassification> columns, ColumnSampler sampler) {
        for (int j = 0; j < columns.size(); j++) {
            ColumnClassification other = columns.get(j);
            if (other.attributeType() == AttributeType.SENSITIVE && other.domain() != null
                    && SortedOrder.of(sampler.sample(j), rules.sortedMinDistinct())) {
                return other;
            }
        }
        return null;
    }

    /**
     * The name is one of the names of a line's rank ("Nr. crt." → "num crt"). The signs "#" and "№" are read as words
     * of their own ("hash", "nosign"), so that a header "#" or "№" alone (a Cyrillic table's line number) can be
     * listed without listing a bare "N°" (in a French spreadsheet as often the person's number as the line's).
     */
    boolean namedAsRowRank(String name) {
        String spelled = name.replace("#", " hash ").replace("№", " nosign ");
        return rules.names().matchesExact(String.join(" ", Text.canonicalWords(Text.normalize(spelled))));
    }

    /** Whole numbers rising from 1 (or 2) in the sample's order, the ones skipped at most maxGapShare of them. */
    private boolean inFileOrder(List<String> values) {
        if (values.size() < rules.minSample()) {
            return false;
        }
        long previous = 0;
        long first = -1;
        for (String value : values) {
            String v = value.strip();
            if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(Character::isDigit)) {
                return false;
            }
            long n = Long.parseLong(v);
            if (n <= previous) {
                return false;
            }
            if (first < 0) {
                first = n;
            }
            previous = n;
        }
        long skipped = previous - values.size();
        return first <= 2 && skipped <= rules.maxGapShare() * values.size();
    }
}
