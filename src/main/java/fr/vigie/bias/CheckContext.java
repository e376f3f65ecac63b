package fr.vigie.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What every check reads and writes: the scan's tables, the groups folded from them, the rules, the
 * shared wording; the drafts of findings and the notes the checks add.
 */
final class CheckContext {
    final BiasScan scan;
    final BiasRules rules;
    final BiasRequest request;
    final Wording wording;
    /** Per protected column of the request: its own values. */
    final List<GroupSet> values = new ArrayList<>();
    /** Extra roll-up views (France / EU / non-EU), when they group anything. */
    final List<GroupSet> rollups = new ArrayList<>();
    final List<GroupSet> intersections = new ArrayList<>();
    final List<FindingDraft> drafts = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<ProxyTest> proxyTests = new ArrayList<>();

    CheckContext(BiasScan scan) {
        this.scan = scan;
        this.rules = scan.rules;
        this.request = scan.request;
        this.wording = new Wording(rules, request);
    }

    /** A count as published: null under the publication minimum (small-cell suppression). */
    Long published(long count) {
        return count < rules.minPublishedCount() ? null : count;
    }

    /** Below the minimum size (and, for a binary outcome, too few positives or negatives). */
    boolean insufficient(Cell c) {
        if (request.binaryOutcome()) {
            return c.outcomeRows < rules.minGroupSize() || c.positives < rules.minPositives()
                    || c.negatives() < rules.minNegatives();
        }
        if (request.numericOutcome()) {
            return c.outcomeRows < rules.minGroupSize();
        }
        return c.n < rules.minGroupSize();
    }

    Cell newCell() {
        return new Cell(request.header().size(), request.numericOutcome());
    }

    static double rate(Cell c) {
        return c.outcomeRows == 0 ? Double.NaN : (double) c.positives / c.outcomeRows;
    }

    void note(Note.Kind kind, String column, String fr, String en) {
        notes.add(new Note(kind, column, fr, en));
    }

    /** Each group of {@code set} but its reference, compared with the reference by {@code compare}. */
    static List<FindingDraft> againstReference(GroupSet set, IntFunction<FindingDraft> compare) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (int g = 0; g < set.size() && set.reference >= 0; g++) {
            if (g != set.reference) {
                drafts.add(compare.apply(g));
            }
        }
        return drafts;
    }

    FindingDraft draft(Check check, GroupSet set, String metric) {
        FindingDraft d = new FindingDraft(check, set.attribute, set.column, metric, set.view);
        d.set = set;
        drafts.add(d);
        return d;
    }
}
