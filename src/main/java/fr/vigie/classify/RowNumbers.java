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
 * line number is then that column's rank and is not released. Whole numbers rising in file order that skip many
 * (more than maxGapShare), under a name no rule read, in a file about persons, number the persons in a longer list
 * (a rank drawn by lot of which only those who answered are listed, an extract of a register): the person's number in
 * that list, held for review.
 */
final class RowNumbers {
    /** A guess held for review is under 0.6, as failing closed's. */
    private static final double GUESS_CONFIDENCE = 0.45;

    /**
     * The section's settings.
     *
     * @param names       the names of a line's rank, as canonical words ("lp", "num crt", "s num")
     * @param maxGapShare the numbers skipped (deleted lines) at most this share of the values
     * @param minSample   at least this many values
     * @param confidence  the confidence of a line number so read
     * @param sortedMinDistinct a sensitive column in sorted file order with at least this many different values keeps
     *                    the line number unreleased (it carries that column's rank)
     * @param rankInAList what rising numbers skipping more than maxGapShare are held as, in a file about persons (null:
     *                    left as they are)
     */
    record Rules(Dictionary names, double maxGapShare, int minSample, double confidence, int sortedMinDistinct,
            Category rankInAList) {

        /** No section: no line number is read. */
        static Rules none() {
            return new Rules(null, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, null);
        }

        static Rules read(ConfigNode node, Map<String, Dictionary> dictionaries) {
            return read(node, dictionaries, Map.of());
        }

        static Rules read(ConfigNode node, Map<String, Dictionary> dictionaries, Map<String, Category> infoTypes) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("names", "maxGapShare", "minSample", "confidence", "sortedMinDistinct", "rankInAList");
            Category rank = null;
            if (node.has("rankInAList")) {
                rank = FailClosed.Rules.infoType(node.get("rankInAList").allowOnly("infoType"), infoTypes);
                if (rank.attributeType() != AttributeType.IDENTIFYING) {
                    throw node.get("rankInAList").get("infoType").error("a rank in a list of persons must be an"
                        + " IDENTIFYING info type");
                }
            }
            int sortedMinDistinct = node.integer("sortedMinDistinct", 3);
            if (sortedMinDistinct < 2) {
                throw node.get("sortedMinDistinct").error("must be at least 2 (one value is sorted in any order)");
            }
            return new Rules(ClassificationRules.dictionary(node.require("names"), dictionaries),
                node.number("maxGapShare", 0.1, 0, 0.5), node.integer("minSample", 10),
                node.number("confidence", 0.8, 0.6, 1), sortedMinDistinct, rank);
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
        return apply(columns, sampler, null);
    }

    /** As {@link #apply(List, ColumnSampler)}, in a file about {@code subject} (null when unknown). */
    List<ColumnClassification> apply(List<ColumnClassification> columns, ColumnSampler sampler, DataSubject subject) {
        if (rules.names() == null) {
            return columns;
        }
        boolean persons = subject == DataSubject.PERSON || subject == DataSubject.MIXED;
        List<ColumnClassification> out = new ArrayList<>(columns);
        ColumnClassification[] sortedBy = null;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            boolean named = namedAsRowRank(c.name());
            if (c.pinnedBy() != null || !named && !unexplained(c)) {
                continue;
            }
            List<String> values = sampler.sample(i);
            if (!named && persons && rules.rankInAList() != null && risingWithManyGaps(values)) {
                Category rank = rules.rankInAList();
                out.set(i, new ColumnClassification(c.name(), rank.attributeType(), rank.infoType(), rank.domain(),
                    rank.protectedAttribute(), GUESS_CONFIDENCE, c.evidence().withNote("whole numbers rising in file order that skip"
                        + " many (" + values.size() + " values), under a name no rule read, in a file about persons: each"
                        + " person's number in a longer list (a rank drawn by lot, an extract of a register), not the"
                        + " export's line; held as " + rank.infoType() + " until someone decides (pin the column in the"
                        + " job file)"), null, true));
                continue;
            }
            if (!inFileOrder(values)) {
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

    /**
     * Whole numbers rising in the sample's order (each different), at least minSample of them, skipping more than
     * maxGapShare of them: not a line number, which skips only deleted lines.
     */
    private boolean risingWithManyGaps(List<String> values) {
        if (values.size() < rules.minSample()) {
            return false;
        }
        long previous = -1;
        for (String value : values) {
            String v = value.strip();
            if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            long n = Long.parseLong(v);
            if (n <= previous) {
                return false;
            }
            previous = n;
        }
        return previous - values.size() > rules.maxGapShare() * values.size();
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
