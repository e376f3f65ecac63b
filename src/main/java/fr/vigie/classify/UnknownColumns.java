package fr.vigie.classify;

import fr.vigie.model.AttributeType;

/**
 * Tells the columns no rule understands. A column is <em>unknown</em> when no name rule matched any word of its name (or
 * the type its name gave was denied by its values, see {@link NameShapes}), no value rule decided it and the dataset
 * context left it as it was: that is not evidence that it is harmless (a column matched by a harmless rule, a date, a
 * count, an organisation's name, is known and stays as it is).
 */
final class UnknownColumns {
    private final FailClosed.Rules rules;

    /** Tells the unknown columns by {@code rules} (their minimal sample, opaque names and unproven name rules). */
    UnknownColumns(FailClosed.Rules rules) {
        this.rules = rules;
    }

    /**
     * No name word known (or the name's type denied by the values), no value rule, no context: INSENSITIVE only because
     * nothing was recognised.
     */
    boolean isUnknown(ColumnClassification c, ColumnEvidence ev) {
        return unrecognised(c, ev) && ev.sampled >= rules.minSample();
    }

    /**
     * INSENSITIVE with no info type, no domain, no deciding rule, and no name rule kept. A name that a name rule matched
     * but the values did not confirm was dropped; when that name was short or opaque ("Cat" read as a civil-service
     * category, holding disability types) or read only in part ("Niveau de risque" read as a class level by "niveau",
     * holding Basse/Haute/Critique), its reading was a guess the values did not bear out, so the column is as unknown as
     * if no rule had matched it; so is a name read as sensitive (see {@link #readAsSensitive}), and so are whole numbers
     * under any name the values did not confirm ("Niveau" of codes 1-3: a class level, or a sanction's group): codes
     * say nothing of themselves. Any other name read whole that the values did not confirm ("genre" of books,
     * "gestionnaire" of organisations) still says what it holds, its words showing what they are.
     */
    boolean unrecognised(ColumnClassification c, ColumnEvidence ev) {
        return c.attributeType() == AttributeType.INSENSITIVE && c.infoType() == null && c.domain() == null
            && c.evidence().rule() == null && (ev.nameHits.isEmpty() || ev.anyDenied() || readAsUnproven(ev)
                || c.evidence().nameMatch() == null
                    && (rules.opaque(c.name()) || rules.abbreviated(c.name()) || ev.namePartlyRead()
                        || readAsSensitive(ev) || CodedMicrodata.allWholeNumbers(ev.distinctCounts)));
    }

    /**
     * Whether a name rule whose unconfirmed reading proves nothing read the name: one of {@code unprovenNameRules}, or
     * any rule of a protected attribute that asks its values to confirm it, when the values are a few
     * ({@code valueShapes.protectedNames.maxDistinct}). A column named for the sex whose values no list knows ("L"/"P",
     * "Me"/"Ke": a language's own abbreviations) is the sex all the same, whatever the language: the values failing a
     * list proves the list short, not the column harmless. Many values ("genre" of books: seven genres) say what they are.
     */
    private boolean readAsUnproven(ColumnEvidence ev) {
        int few = rules.shapes().protectedMaxDistinct();
        return ev.nameHits.stream().anyMatch(hit -> rules.unprovenNameRules().contains(hit.rule().id())
            || hit.rule().category().protectedAttribute() != null && !hit.rule().confirmBy().isEmpty()
                && ev.distinct <= few);
    }

    /**
     * Whether a name rule read the name as sensitive ("Tranche": a band of income) before the values failed to confirm
     * it: codes the rules do not know (a billing software's 00-11) do not make a sensitive reading harmless, only
     * unproven, so the column is as unknown as if no rule had matched it.
     */
    private static boolean readAsSensitive(ColumnEvidence ev) {
        return ev.nameHits.stream().anyMatch(hit -> hit.rule().category().attributeType() == AttributeType.SENSITIVE);
    }
}
