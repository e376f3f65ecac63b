package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The weight of a coded survey's respondent: in a file of coded answers sent without its code book (most columns whole
 * numbers, no person named, no free text), a column named as a survey's weight ({@code POIDS}, {@code POND},
 * {@code COEF}, {@code FACTOR}, {@code GEWICHT}) whose values are decimals written to the hundredth or finer, nearly all
 * different, a share of them above any body's weight in kilograms and the largest five times the smallest or more
 * (bodies weighed in pounds reach 250 too, but not that spread), is how many persons each respondent stands for (the
 * sampling weight of the survey's documentation), no body's weight and no sum of money. Only a column so named has its
 * sampled values read (once each); the file's other columns are looked at through their distinct values already
 * counted, once per file that has such a name.
 */
final class SurveyWeights {
    /** A decimal figure and the digits after its separator. */
    private static final Pattern DECIMAL = Pattern.compile("\\s*(\\d{1,7})[.,](\\d+)\\s*");

    /**
     * The section's settings.
     *
     * @param names           the words of a survey's weight, one of which must begin the column's name
     * @param units           words of a unit of mass: a name carrying one is a body's or a thing's weight
     * @param minCodedShare   at least this share of the file's other columns holds only whole numbers (coded answers)
     * @param notBeside       info types of a named register (a person's name, free text): beside one, no survey
     * @param minDecimals     every value written with at least this many decimals
     * @param minDistinctRatio at least this share of the sampled values different
     * @param bodyMax         a body's weight in kilograms lies under this
     * @param minBeyondBody   at least this share of the values above bodyMax
     * @param minSample       at least this many values
     * @param maxPaddedShare  at most this share of the values whose last decimal is a zero: a weight computed to the
     *                        hundredth ends in zero one time in ten, a measure of whole grams or of tenths of a pound
     *                        padded to two decimals by its format ("3250,00", "187.40") every time
     * @param minSpread       the largest value at least this many times the smallest: the bodies of one population
     *                        weigh within a factor of about four (40 to 160 kg, in pounds as in kilograms), a survey's
     *                        strata are weighted five to twenty times apart
     */
    record Rules(Dictionary names, Dictionary units, double minCodedShare, Set<String> notBeside, int minDecimals,
            double minDistinctRatio, double bodyMax, double minBeyondBody, int minSample, double maxPaddedShare,
            double minSpread) {

        /** No section: no survey's weight is read from a coded file. */
        static Rules none() {
            return new Rules(null, null, 1, Set.of(), 2, 1, Double.MAX_VALUE, 1, Integer.MAX_VALUE, 0, Double.MAX_VALUE);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("names", "units", "minCodedShare", "notBeside", "minDecimals", "minDistinctRatio", "bodyMax",
                "minBeyondBody", "minSample", "maxPaddedShare", "minSpread");
            Set<String> notBeside = new LinkedHashSet<>();
            for (ConfigNode item : node.require("notBeside").items()) {
                notBeside.add(FailClosed.Rules.infoType(item, infoTypes).infoType());
            }
            return new Rules(ClassificationRules.dictionary(node.require("names"), dictionaries),
                ClassificationRules.dictionary(node.require("units"), dictionaries),
                node.number("minCodedShare", 0.6, 0.5, 1), Set.copyOf(notBeside), node.integer("minDecimals", 2),
                node.number("minDistinctRatio", 0.9, 0.5, 1), node.number("bodyMax", 250, 100, 1000),
                node.number("minBeyondBody", 0.05, 0.01, 1), node.integer("minSample", 30),
                node.number("maxPaddedShare", 0.5, 0.2, 0.9), node.number("minSpread", 5, 2, 100));
        }
    }

    private final Rules rules;

    SurveyWeights(Rules rules) {
        this.rules = rules;
    }

    /** The columns with a coded survey's weight released (same order). */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided) {
        if (rules.names() == null) {
            return columns;
        }
        List<ColumnClassification> out = null;
        Boolean coded = null;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (c.pinnedBy() != null || c.attributeType() == AttributeType.INSENSITIVE && c.domain() == null
                    || !namedAsWeight(c.name())) {
                continue;
            }
            if (coded == null) {
                coded = codedFile(columns, decided, i);
            }
            if (!coded || !weights(decided.get(i).evidence())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(columns);
            }
            out.set(i, new ColumnClassification(c.name(), AttributeType.INSENSITIVE, null, null, null, 0.9,
                c.evidence().decidedBy("coded-survey-weight", "decimals to the hundredth or finer, nearly all different,"
                    + " some above any body's weight, under a survey weight's name in a file of coded answers with no"
                    + " person named: how many persons each respondent stands for, not a body's weight or money"),
                null, false));
        }
        return out == null ? columns : out;
    }

    private boolean namedAsWeight(String name) {
        List<String> tokens = Text.nameTokens(name);
        if (tokens.isEmpty() || !rules.names().matchesExact(tokens.get(0))) {
            return false;
        }
        return rules.units().countPhrases(tokens.toArray(String[]::new), true) == 0;
    }

    /** Most other columns whole numbers (coded answers), none a person's name or free text. */
    private boolean codedFile(List<ColumnClassification> columns, List<DataSubjects.Column> decided, int weight) {
        int others = 0;
        int whole = 0;
        for (int j = 0; j < columns.size(); j++) {
            String type = columns.get(j).infoType();
            if (type != null && rules.notBeside().contains(type)) {
                return false;
            }
            ColumnEvidence ev = decided.get(j).evidence();
            if (j == weight || ev.sampled == 0) {
                continue;
            }
            others++;
            if (CodedMicrodata.allWholeNumbers(ev.distinctCounts)) {
                whole++;
            }
        }
        return others > 0 && whole >= rules.minCodedShare() * others;
    }

    /**
     * Decimals of minDecimals digits or more that carry the figure's precision (not zeros a format added to whole
     * grams), nearly all different, a share of them above a body's weight in kilograms, spread wider than bodies are.
     */
    private boolean weights(ColumnEvidence ev) {
        if (ev.sampled < rules.minSample() || ev.distinct < rules.minDistinctRatio() * ev.sampled) {
            return false;
        }
        int beyond = 0;
        int padded = 0;
        double least = Double.MAX_VALUE;
        double most = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            var m = DECIMAL.matcher(e.getKey());
            if (!m.matches() || m.group(2).length() < rules.minDecimals()) {
                return false;
            }
            double value = Double.parseDouble(m.group(1) + "." + m.group(2));
            least = Math.min(least, value);
            most = Math.max(most, value);
            if (value > rules.bodyMax()) {
                beyond += e.getValue();
            }
            if (m.group(2).endsWith("0")) {
                padded += e.getValue();
            }
        }
        return beyond >= rules.minBeyondBody() * ev.sampled && padded <= rules.maxPaddedShare() * ev.sampled
            && most >= rules.minSpread() * least;
    }
}
