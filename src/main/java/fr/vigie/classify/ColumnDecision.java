package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Combines name and value evidence for one column:
 * <ol>
 *   <li>a name match that needs confirming by values (e.g. "genre" must hold gender values, not book
 *       genres) is dropped when the values do not confirm it;</li>
 *   <li>name and values agreeing gives the highest confidence;</li>
 *   <li>a decisive value match (a checksum-validated identifier) wins over a name of another type;</li>
 *   <li>otherwise the name decides, with a lower confidence when its own value rules fail;</li>
 *   <li>a name that says the column is harmless (a comment, an organisation's name) gives way to a
 *       sensitive vocabulary that the values fit ("motif": "Violences conjugales", "Expulsion"...);</li>
 *   <li>with no name match, a value rule that may decide alone does so;</li>
 *   <li>an unnamed column of categories with some values of a sensitive vocabulary, too few to
 *       decide, is SENSITIVE with a low confidence and flagged for review (safe by default);</li>
 *   <li>free-text columns are scanned for embedded identifiers and sensitive vocabulary.</li>
 * </ol>
 */
final class ColumnDecision {
    private static final double URL_SHARE = 0.8;

    private final ClassificationRules rules;
    private final ColumnEvidence ev;
    private final Function<String, Map<String, Integer>> textScanner;
    private final List<String> notes = new ArrayList<>();
    /** The value rule that made a name match drop out ("nom" holding facility names), or -1. */
    private int rejecting = -1;
    /** The first name rule whose reading the values rejected, or null: a file about persons may take it back. */
    private ColumnEvidence.NameHit rejectedHit;

    ColumnDecision(ClassificationRules rules, ColumnEvidence evidence, Function<String, Map<String, Integer>> textScanner) {
        this.rules = rules;
        this.ev = evidence;
        this.textScanner = textScanner;
    }

    /** What the evidence decided before free text is looked at. */
    private record Outcome(Category category, double confidence, String rule, int valueIndex, DataSubject hint,
            boolean review) {
        Outcome(Category category, double confidence, String rule, int valueIndex, DataSubject hint) {
            this(category, confidence, rule, valueIndex, hint, false);
        }
    }

    /** Decides the column, and what its deciding rule says the rows are. */
    DataSubjects.Column decide() {
        ColumnEvidence.NameHit hit = confirmedNameHit();
        Outcome outcome;
        if (hit != null) {
            outcome = byName(hit);
        } else {
            // A sentence holds many words: one of them being a first name does not make free text a column of names.
            boolean text = ev.isSentences(rules.freeTextMinAverageLength(), rules.freeTextMinShare());
            int alone = aloneRule(text);
            alone = alone >= 0 ? alone : rejecting;
            outcome = alone >= 0 ? byValues(alone)
                : new Outcome(new Category(null, AttributeType.INSENSITIVE, null, null), ev.sampled == 0 ? 0.5 : 0.9, null, -1, null);
        }
        if (outcome.category().attributeType() == AttributeType.INSENSITIVE && outcome.category().domain() == null
                && (hit == null || Classifier.FREE_TEXT.equals(outcome.category().infoType()))) {
            Outcome doubt = inDoubt();
            outcome = doubt != null ? doubt : outcome;
        }
        Category category = told(outcome);
        String rule = outcome.rule();
        List<ValueRule> valueRules = rules.valueRules();
        Map<String, Integer> embedded = Map.of();
        if (isFreeText(category)) {
            embedded = scanEmbedded();
            category = overlayFreeText(category, embedded);
            if (rule == null && !embedded.isEmpty()) {
                rule = "text-scan";
            }
        } else if (category.attributeType() == AttributeType.SENSITIVE && (ev.urlShare >= URL_SHARE || namedAsNotes())) {
            embedded = scanEmbedded();
            category = identifiedInside(category, embedded);
        }
        if (ev.sampled == 0) {
            notes.add("no non-null value sampled");
        }
        // Only the value rule that decided, or the one of the name's own type: others would confuse.
        int shownValue = outcome.valueIndex();
        Evidence evidence = new Evidence(hit == null ? null : hit.pattern(),
            shownValue < 0 ? 0 : round(ev.ratio(shownValue)), ev.sampled, rule,
            shownValue < 0 || ev.matches(shownValue) == 0 ? null : valueRules.get(shownValue).id(),
            embedded, notes);
        ColumnClassification column = new ColumnClassification(ev.name, category.attributeType(), category.infoType(),
            category.domain(), category.protectedAttribute(), round(outcome.confidence()), evidence, null, outcome.review());
        // A name that tells what the rows are ("categorie_etablissement") says it even when values decide the type.
        DataSubject hint = hit != null && hit.rule().subject() != null ? hit.rule().subject() : outcome.hint();
        // The dataset decision asks an organisation's columns about sole traders, and the dataset context asks
        // harmless columns about money and decisions; nothing else after this.
        List<Integer> keep = new ArrayList<>();
        if (hint == DataSubject.ORGANISATION) {
            keep.addAll(rules.subjectRules().soleTraderRules());
        }
        if (category.attributeType() == AttributeType.INSENSITIVE) {
            keep.addAll(rules.contextRules().valueRules());
        }
        keep.addAll(rules.contextRules().anchorRules(category.infoType()));
        keep.addAll(rules.subjectRules().contactRules(category.infoType()));
        keep.addAll(rules.subjectRules().areaTables().valueRules(ev.name));
        ev.release(keep);
        return new DataSubjects.Column(column, ev, hint, hit == null ? null : hit.rule().category(),
            rejectedHit == null ? null : rejectedHit.rule().category());
    }

    /**
     * The outcome's category, with the domain and protected attribute of what the remarks of its deciding rule tell
     * ({@link ValueRule#remarksTell()}): a national number some persons refused on religious grounds stays their
     * identifier, and the refusals tell their belief.
     */
    private Category told(Outcome outcome) {
        Category category = outcome.category();
        if (outcome.valueIndex() < 0 || category.domain() != null) {
            return category;
        }
        ValueRule decided = rules.valueRules().get(outcome.valueIndex());
        if (decided.remarksTell() == null || ev.matches(outcome.valueIndex()) == 0) {
            return category;
        }
        List<ValueRule> valueRules = rules.valueRules();
        for (int i = 0; i < valueRules.size(); i++) {
            ValueRule tell = valueRules.get(i);
            if (tell.id().equals(decided.remarksTell()) && ev.matches(i) > 0) {
                notes.add(ev.matches(i) + " values written instead of the number tell " + label(tell.category())
                    + " of those who wrote them");
                return new Category(category.infoType(), category.attributeType(), tell.category().domain(),
                    tell.category().protectedAttribute());
            }
        }
        return category;
    }

    /**
     * The name decides, unless a decisive value rule of another type matches (a checksum beats a
     * name); agreeing or supporting values raise the confidence, failing form checks lower it.
     */
    private Outcome byName(ColumnEvidence.NameHit hit) {
        List<ValueRule> valueRules = rules.valueRules();
        Category named = hit.rule().category();
        int same = named.infoType() == null ? -1 : bestQualifying(named.infoType(), r -> true);
        boolean ownChecksum = same >= 0 && valueRules.get(same).validator() != null
            && valueRules.get(same).validator() != Validators.ANY;
        if (same < 0) {
            same = bestSupporting(hit.rule());
        }
        // The values narrow what the name says: a "menu" of "Sans porc" and "Végétarien" reveals a belief.
        int confirming = bestQualifying(null, r -> hit.rule().confirmBy().contains(r.id()));
        if (confirming >= 0) {
            Category narrower = valueRules.get(confirming).category();
            if (narrower.attributeType() == named.attributeType() && narrower.infoType() != null
                    && !narrower.infoType().equals(named.infoType())) {
                return new Outcome(narrower, 0.9 + 0.09 * ev.ratio(confirming), hit.rule().id(), confirming,
                    subject(hit.rule(), confirming));
            }
            // Values fitting the code list or profile that confirmed the name agree with it.
            same = same < 0 ? confirming : same;
        }
        // A harmless name ("motif", "etablissement"), a quasi-identifier's ("qualification" holding offences) or a
        // sensitive one whose own values are absent ("prestation" holding "AAH", "PCH", "RQTH") gives way to a
        // sensitive vocabulary the values fit.
        if (same < 0 && named.attributeType() != AttributeType.IDENTIFYING) {
            int vocabulary = bestQualifying(null, r -> r.alone() && r.dictionary() != null
                && r.category().attributeType() == AttributeType.SENSITIVE
                && !Objects.equals(r.category().infoType(), named.infoType()));
            // ...but a name of a person's health or of a special category keeps its domain against a vocabulary of
            // money: "retard" is a payment's delay and a child's language delay, "en retard" an unpaid bill and an
            // overdue vaccination, and the name says which; money never takes the place of a special category.
            if (vocabulary >= 0 && !keepsSpecialCategory(named, valueRules.get(vocabulary).category())) {
                ValueRule winner = valueRules.get(vocabulary);
                notes.add("name suggests " + label(named) + " but values are " + label(winner.category()));
                return new Outcome(winner.category(), 0.6 + 0.35 * ev.ratio(vocabulary), winner.id(), vocabulary,
                    winner.subject());
            }
        }
        int decisive = bestQualifying(null, ValueRule::decisive);
        // A decisive rule overrides a name of another type, unless both say the column is harmless, or the values pass
        // the checksum of the very number the name asks for (a SIREN's nine digits may also pass a personal number's
        // check: the name and its own checksum together say more than another country's check alone).
        if (decisive >= 0 && !Objects.equals(valueRules.get(decisive).category().infoType(), named.infoType())
                && (same < 0 || !valueRules.get(same).decisive() && !ownChecksum)
                && !(named.attributeType() == AttributeType.INSENSITIVE
                    && valueRules.get(decisive).category().attributeType() == AttributeType.INSENSITIVE)) {
            ValueRule winner = valueRules.get(decisive);
            notes.add("name suggests " + label(named) + " but values are " + label(winner.category()));
            return new Outcome(winner.category(), 0.6 + 0.35 * ev.ratio(decisive), winner.id(), decisive,
                checkDigitSubject(winner, hit.rule()));
        }
        if (same >= 0) {
            // A value rule that makes its own type stricter says more than the name: an Eircode names one address where a
            // postal code names a town. A name that makes its type milder (the place of an event) still decides.
            Category agreed = valueRules.get(same).category();
            Category decided = agreed.attributeType() == AttributeType.IDENTIFYING
                && named.attributeType() == AttributeType.QUASI_IDENTIFYING && agreed.infoType() != null
                && rules.infoType(agreed.infoType()).attributeType() == AttributeType.QUASI_IDENTIFYING ? agreed : named;
            return new Outcome(decided, 0.9 + 0.09 * ev.ratio(same), hit.rule().id(), same, agreedSubject(hit.rule(), same));
        }
        double confidence = hit.rule().confidence();
        int own = named.infoType() == null ? -1 : bestOfType(named.infoType());
        // Only a failed exact check lowers confidence: "oui"/"non" in a benefit column is no contradiction.
        if (own >= 0 && valueRules.get(own).validator() != null && ev.sampled >= rules.minSampleToConfirm()
                && ev.ratio(own) < 0.5) {
            confidence = Math.min(confidence, 0.6);
            notes.add("decided on the name: values do not pass " + valueRules.get(own).id());
        }
        return new Outcome(named, confidence, hit.rule().id(), own, subject(hit.rule(), -1));
    }

    /**
     * What a value rule deciding a column says of the rows. A check digit says which number a column could hold, not
     * whose it is (one random number in ten or eleven passes it, and a department's own numbering with a mod-11 key
     * passes every time): an organisation's number known only by its check digit, under no name or under a name of an
     * identifier that says nothing of the rows ("numero_patient", "id", a tax number), does not make them
     * organisations; a name that says so ("siret") or another column must.
     *
     * @param name the name rule the values override, or null when no name said anything
     */
    private static DataSubject checkDigitSubject(ValueRule winner, NameRule name) {
        boolean checkDigit = winner.validator() != null && winner.subject() == DataSubject.ORGANISATION;
        boolean nameSaysWhose = name != null && (name.subject() != null
            || name.category().attributeType() != AttributeType.IDENTIFYING);
        return checkDigit && !nameSaysWhose ? null : winner.subject();
    }

    /**
     * The subject of a name agreed with by values: the name rule's or the agreeing value rule's, or else that of a
     * decisive value rule of the same type the values also qualify for. A school canteen's names ("Restaurant
     * Pasteur") fit the words of places and organisations, which say nothing of the rows, as well as the words of
     * facilities, which say they are places; the first rule in the file should not hide the second.
     */
    private DataSubject agreedSubject(NameRule rule, int valueIndex) {
        DataSubject subject = subject(rule, valueIndex);
        String infoType = rules.valueRules().get(valueIndex).category().infoType();
        if (subject != null || infoType == null) {
            return subject;
        }
        int placed = bestQualifying(infoType, r -> r.decisive() && r.subject() != null);
        return placed < 0 ? null : rules.valueRules().get(placed).subject();
    }

    /** A name rule's subject, or else that of the value rule that confirmed it. */
    private DataSubject subject(NameRule rule, int valueIndex) {
        return rule.subject() != null || valueIndex < 0 ? rule.subject() : rules.valueRules().get(valueIndex).subject();
    }

    /**
     * Safe by default: an unnamed column of categories ("look like free categories": few distinct
     * values, words rather than numbers, short) some of whose values belong to a sensitive vocabulary,
     * too few for its rule to decide. SENSITIVE with a low confidence, flagged for review; null otherwise.
     */
    private Outcome inDoubt() {
        ClassificationRules.ReviewSettings review = rules.review();
        boolean categories = ev.sampled >= rules.minSampleToConfirm() && ev.distinct <= review.maxDistinct()
            && ev.distinctRatio() <= 0.5 && ev.letterShare >= 0.8 && ev.averageLength < rules.freeTextMinAverageLength();
        if (!categories) {
            return null;
        }
        List<ValueRule> valueRules = rules.valueRules();
        int best = -1;
        for (int i = 0; i < valueRules.size(); i++) {
            ValueRule r = valueRules.get(i);
            if (r.review() && ev.matchShare(i) >= review.minShare() && ev.distinctMatches(i) >= review.minDistinct()
                    && (best < 0 || ev.matchShare(i) > ev.matchShare(best))) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        ValueRule r = valueRules.get(best);
        double share = ev.matchShare(best);
        notes.add(String.format(java.util.Locale.ROOT, "%.0f%% of the values belong to %s (%s), too few to decide:"
            + " classified SENSITIVE until someone decides (pin the column in the job file)",
            100 * share, r.dictionary().name(), r.dictionary().source()));
        double confidence = Math.min(review.maxConfidence(), 0.3 + 0.25 * share / r.minRatio());
        return new Outcome(r.category(), confidence, r.id(), best, r.subject(), true);
    }

    /** No name: a value rule allowed to decide alone does, more confidently as more values match. */
    private Outcome byValues(int index) {
        ValueRule r = rules.valueRules().get(index);
        ClassificationRules.BirthDateProfile profile = rules.birthDateProfile();
        if (profile != null && profile.dateInfoType().equals(r.category().infoType())) {
            int span = BirthDates.yearSpan(ev.distinctCounts, java.time.Year.now().getValue());
            if (span >= profile.minYearSpan()) {
                notes.add("dates spread over " + span + " years, none in the future: read as birth dates");
                return new Outcome(profile.birthDate(), 0.5 + 0.25 * ev.ratio(index), r.id(), index, r.subject());
            }
        }
        return new Outcome(r.category(), 0.5 + 0.45 * ev.ratio(index), r.id(), index, checkDigitSubject(r, null));
    }

    /** The most specific name hit whose rule needs no confirmation by values, or gets it. */
    private ColumnEvidence.NameHit confirmedNameHit() {
        List<ValueRule> valueRules = rules.valueRules();
        for (ColumnEvidence.NameHit hit : ev.nameHits) {
            if (ev.sampled >= rules.minSampleToConfirm() && rejected(hit.rule())) {
                notes.add("name matches rule " + hit.rule().id() + " but values belong to another kind");
                rejectedHit = rejectedHit == null ? hit : rejectedHit;
                continue;
            }
            if (hit.rule().confirmBy().isEmpty() || ev.sampled < rules.minSampleToConfirm()) {
                if (standsAgainstValues(hit)) {
                    return hit;
                }
                continue;
            }
            double bestRatio = 0;
            for (int i = 0; i < valueRules.size(); i++) {
                ValueRule r = valueRules.get(i);
                if (hit.rule().confirmBy().contains(r.id()) && r.fitsDistinctRatio(ev.distinctRatio())) {
                    bestRatio = Math.max(bestRatio, ev.ratio(i));
                }
            }
            if (bestRatio < hit.rule().minConfirm()) {
                notes.add("name matches rule " + hit.rule().id() + " but values do not confirm it");
            } else if (standsAgainstValues(hit)) {
                return hit;
            }
        }
        return null;
    }

    /**
     * The best value rule that may decide alone, leaving out those whose type the values deny as a whole (one value of
     * six, "Romana", being a first name does not make an ethnicity a column of names); -1 if none.
     */
    private int aloneRule(boolean text) {
        while (true) {
            int best = bestQualifying(null, r -> r.alone() && !(text && r.match() == ValueRule.MatchMode.TOKEN)
                && !ev.denied(r.category().infoType()));
            if (best < 0 || !deniedByValues(rules.valueRules().get(best).category().infoType(),
                    "value rule " + rules.valueRules().get(best).id() + " matches")) {
                return best;
            }
        }
    }

    /** Whether the type a name hit gives survives the values (see {@link NameShapes}). */
    private boolean standsAgainstValues(ColumnEvidence.NameHit hit) {
        return !deniedByValues(hit.rule().category().infoType(), "name matches rule " + hit.rule().id());
    }

    /** Whether the values deny {@code infoType} (see {@link NameShapes}); if so, noted and remembered in the evidence. */
    private boolean deniedByValues(String infoType, String what) {
        if (!rules.nameShapes().denies(infoType, ev)) {
            return false;
        }
        ev.deny(infoType);
        notes.add(what + " but the values are not written as " + infoType + ": the type is dropped");
        return true;
    }

    /** Whether one of the rule's rejectBy value rules reaches its minRatio (remembered in {@link #rejecting}). */
    private boolean rejected(NameRule rule) {
        List<ValueRule> valueRules = rules.valueRules();
        for (int i = 0; i < valueRules.size(); i++) {
            if (rule.rejectBy().contains(valueRules.get(i).id()) && ev.reaches(i, valueRules.get(i).minRatio())) {
                rejecting = rejecting < 0 ? i : rejecting;
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the qualifying value rule (of {@code infoType}, or any type when null, and accepted by
     * {@code filter}) with the best ratio; ties go to the first rule; -1 if none.
     */
    private int bestQualifying(String infoType, Predicate<ValueRule> filter) {
        List<ValueRule> valueRules = rules.valueRules();
        int best = -1;
        for (int i = 0; i < valueRules.size(); i++) {
            ValueRule r = valueRules.get(i);
            if (infoType != null && !infoType.equals(r.category().infoType()) || !filter.test(r)) {
                continue;
            }
            if (ev.sampled > 0 && ev.reaches(i, r.minRatio()) && r.fitsDistinctRatio(ev.distinctRatio())
                    && (best < 0 || ev.ratio(i) > ev.ratio(best))) {
                best = i;
            }
        }
        return best;
    }

    /** Index of the qualifying value rule among those that support {@code rule}, with the best ratio; -1 if none. */
    private int bestSupporting(NameRule rule) {
        List<ValueRule> valueRules = rules.valueRules();
        int best = -1;
        for (int i = 0; i < valueRules.size(); i++) {
            ValueRule r = valueRules.get(i);
            if (rule.supportedBy().contains(r.id()) && ev.sampled > 0 && ev.reaches(i, r.minRatio())
                    && r.fitsDistinctRatio(ev.distinctRatio()) && (best < 0 || ev.ratio(i) > ev.ratio(best))) {
                best = i;
            }
        }
        return best;
    }

    /** Index of the value rule (of {@code infoType}, or any when null) with the best ratio, qualifying or not; -1 if none. */
    private int bestOfType(String infoType) {
        List<ValueRule> valueRules = rules.valueRules();
        int best = -1;
        for (int i = 0; i < valueRules.size(); i++) {
            if (infoType != null && !infoType.equals(valueRules.get(i).category().infoType())) {
                continue;
            }
            if (best < 0 || ev.ratio(i) > ev.ratio(best)) {
                best = i;
            }
        }
        return best;
    }

    private boolean isFreeText(Category category) {
        if (Classifier.FREE_TEXT.equals(category.infoType())) {
            return true;
        }
        // Long values from a short list ("Centre de prévention Montpellier Nord") are categories, not text.
        // URLs are read as text: their query strings leak what was typed ("?tel=06...", "?email=...").
        return category.attributeType() == AttributeType.INSENSITIVE && category.infoType() == null
            && (ev.urlShare >= URL_SHARE || ev.isFreeText(rules.freeTextMinAverageLength(), rules.freeTextMinShare()));
    }

    /**
     * Whether a name rule read the name as notes ("Consignes", "Observations") though the values' vocabulary decided the
     * column: instructions naming a child's allergy are health, and the mother's phone beside it still identifies.
     */
    private boolean namedAsNotes() {
        return ev.nameHits.stream().anyMatch(h -> Classifier.FREE_TEXT.equals(h.rule().category().infoType()));
    }

    /** Number of sampled values holding each info type (not the number of occurrences). */
    private Map<String, Integer> scanEmbedded() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            Map<String, Integer> scanned = textScanner.apply(e.getKey());
            for (String infoType : scanned.keySet()) {
                counts.merge(infoType, e.getValue(), Integer::sum);
            }
            // A JSON object's keys are column names inside the column ("pmr": true is a disability).
            for (String infoType : JsonKeys.infoTypes(e.getKey(), rules)) {
                if (!scanned.containsKey(infoType)) {
                    counts.merge(infoType, e.getValue(), Integer::sum);
                }
            }
        }
        return counts;
    }

    private Category overlayFreeText(Category category, Map<String, Integer> embedded) {
        AttributeType type = category.attributeType();
        Domain domain = category.domain();
        // Notes tell several things ("Père incarcéré", "Mère en dépression"): the column takes the domain most of its
        // values tell, not the one met last; a tie goes to the first domain in Domain's order.
        Map<Domain, Integer> sensitiveValues = new EnumMap<>(Domain.class);
        for (Map.Entry<String, Integer> e : embedded.entrySet()) {
            Category found = rules.infoType(e.getKey());
            if (found.attributeType() == AttributeType.IDENTIFYING) {
                type = AttributeType.IDENTIFYING;
                if (domain == null) {
                    domain = found.domain();
                }
            } else if (found.attributeType() == AttributeType.SENSITIVE) {
                if (type != AttributeType.IDENTIFYING) {
                    type = AttributeType.SENSITIVE;
                }
                if (found.domain() != null) {
                    sensitiveValues.merge(found.domain(), e.getValue(), Integer::sum);
                }
            }
        }
        int most = 0;
        for (Map.Entry<Domain, Integer> e : sensitiveValues.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                domain = e.getKey();
            }
        }
        if (!embedded.isEmpty()) {
            notes.add("free text holding " + String.join(", ", embedded.keySet()) + ": redact or drop before sharing");
        } else {
            notes.add("free text: nothing recognised in the sample, review before sharing");
        }
        return new Category(Classifier.FREE_TEXT, type, domain, category.protectedAttribute());
    }

    /**
     * A sensitive column whose cells are objects or pairs a value rule decided (a disability read from the words of
     * {@code nom=...;handicap=moteur}) is also identifying when its keys name a person's identifier: the cell is a
     * person's record, not only a category.
     */
    private Category identifiedInside(Category category, Map<String, Integer> embedded) {
        boolean identifying = embedded.keySet().stream()
            .anyMatch(t -> rules.infoType(t).attributeType() == AttributeType.IDENTIFYING);
        if (!identifying) {
            return category;
        }
        notes.add("structured cells holding " + String.join(", ", embedded.keySet()) + ": a person's record");
        return new Category(category.infoType(), AttributeType.IDENTIFYING, category.domain(), category.protectedAttribute());
    }

    /**
     * Whether a name of a special category (a person's health, beliefs, origin: GDPR art. 9) keeps its domain against
     * values of a vocabulary of money, whose words may have another sense under that name.
     */
    private static boolean keepsSpecialCategory(Category named, Category vocabulary) {
        return (named.domain() == Domain.HEALTH || named.domain() == Domain.SPECIAL_CATEGORY)
            && vocabulary.domain() == Domain.FINANCIAL;
    }

    private static String label(Category c) {
        return c.infoType() != null ? c.infoType() : c.attributeType().name();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
