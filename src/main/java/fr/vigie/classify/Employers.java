package fr.vigie.classify;

import fr.vigie.classify.DataSubjects.Column;
import fr.vigie.config.ConfigNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rows' employer (section {@code dataSubject.employers}). An organisation column under a name holding
 * one of {@code words} ("SIRET employeur", "Employer Name", "Arbeitgeber") whose values come back on many rows (at
 * most {@code maxDistinctRatio} of them different, over at least {@code minSample}) names whom the rows work for:
 * the rows are persons employed or their cases (occupational diseases, injuries at work), not the organisation.
 * Employers' own returns, one employer a row, stay an organisation file.
 */
record Employers(Set<String> words, double maxDistinctRatio, int minSample) {
    static Employers none() {
        return new Employers(Set.of(), 0, Integer.MAX_VALUE);
    }

    static Employers read(ConfigNode node) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("words", "maxDistinctRatio", "minSample");
        Set<String> words = new LinkedHashSet<>();
        for (String word : node.strings("words")) {
            words.addAll(Text.canonicalWords(Text.normalize(word)));
        }
        if (words.isEmpty()) {
            throw node.get("words").error("at least one word is needed");
        }
        double ratio = node.number("maxDistinctRatio", 0.5);
        if (ratio <= 0 || ratio >= 1) {
            throw node.get("maxDistinctRatio").error("must be in (0, 1): an employer on every row is the row's own");
        }
        int minSample = node.integer("minSample", 10);
        if (minSample < 2) {
            throw node.get("minSample").error("must be at least 2");
        }
        return new Employers(Set.copyOf(words), ratio, minSample);
    }

    /** Whether the column, giving an organisation hint, names the employer of the rows, the same on many rows. */
    boolean of(Column c) {
        ColumnEvidence ev = c.evidence();
        return c.hint() == DataSubject.ORGANISATION && ev != null && ev.sampled >= minSample
            && ev.distinctRatio() <= maxDistinctRatio
            && Text.nameTokens(c.classification().name()).stream().anyMatch(words::contains);
    }
}
