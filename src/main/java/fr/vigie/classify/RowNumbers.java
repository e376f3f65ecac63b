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
 * on every row under any other name stay the person's number, and numbers out of order under such a name too.
 */
final class RowNumbers {

    /**
     * The section's settings.
     *
     * @param names       the names of a line's rank, as canonical words ("lp", "num crt", "s num")
     * @param maxGapShare the numbers skipped (deleted lines) at most this share of the values
     * @param minSample   at least this many values
     * @param confidence  the confidence of a line number so read
     */
    record Rules(Dictionary names, double maxGapShare, int minSample, double confidence) {

        /** No section: no line number is read. */
        static Rules none() {
            return new Rules(null, 0, Integer.MAX_VALUE, 0);
        }

        static Rules read(ConfigNode node, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("names", "maxGapShare", "minSample", "confidence");
            return new Rules(ClassificationRules.dictionary(node.require("names"), dictionaries),
                node.number("maxGapShare", 0.1, 0, 0.5), node.integer("minSample", 10),
                node.number("confidence", 0.8, 0.6, 1));
        }
    }

    private final Rules rules;

    RowNumbers(Rules rules) {
        this.rules = rules;
    }

    /**
     * The columns with the line numbers released (same order). Only columns so named have their sampled values read,
     * once each: the sample keeps the file's order up to its size, and a larger file's shuffled sample reads as out of
     * order, so its column stays as it was.
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, ColumnSampler sampler) {
        if (rules.names() == null) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (c.pinnedBy() == null && namedAsRowRank(c.name()) && inFileOrder(sampler.sample(i))) {
                out.set(i, new ColumnClassification(c.name(), AttributeType.INSENSITIVE, null, null, null,
                    rules.confidence(), c.evidence().decidedBy("row-number", "named as the line's rank in the list and"
                        + " numbered 1..n in file order: a line number of the export, not the person's"), null, false));
            }
        }
        return out;
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
