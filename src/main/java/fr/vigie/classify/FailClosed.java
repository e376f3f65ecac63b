package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Fails closed on the columns no rule understands, in a file about persons (dataSubject PERSON or MIXED).
 * A column is <em>unknown</em> when no rule decided it ({@link UnknownColumns}): that is not evidence that it is
 * harmless. Next rounds of data will use words the rules have never seen, so the value profile decides. A file is
 * mostly unknown when most of its columns are (coded microdata) or when its headers are placeholders ("Champ 1",
 * "col7"): there, unknown codes and categories are held whatever the file is about. In this order:
 * <ul>
 *   <li>in a file about persons only, numbers an organisation's check reads are the persons' own ({@link OwnNumbers});</li>
 *   <li>coded microdata: the person's number, birth years and sex are read from the values ({@link CodedMicrodata});
 *       a column named as another's flag ("PY010G_F") is left as it is;</li>
 *   <li>a blood pressure is read by its shape; any other unknown column is held or released by its value profile
 *       ({@link HeldValueProfiles}), then by the shapes of persons' names, shared keys, sparse notes and long unique
 *       numbers ({@link PersonValueShapes}, {@link IdentifierShapes});</li>
 *   <li>free text in which no rule found anything sensitive is held as {@code freeText} (SENSITIVE), lists being
 *       judged by their items ({@link FreeTextAndLists}); a column whose name reads as free text ("suivi") but whose
 *       values are a code different on every row is the record's number ({@code personNumber}), not text;</li>
 *   <li>in a file the rules understand, a few words only are held as {@code categories}; in any file about persons,
 *       a flag (one value set on some persons only, the other rows empty: "oui" under "Tiers-temps") marks those
 *       persons and is held;</li>
 *   <li>percentages no rule decided are held as {@code percentages} (a share that varies per person, set by their
 *       means), unless the name says a harmless rate ({@link Percentages}).</li>
 * </ul>
 * Every such decision is a guess: its confidence is under 0.6 and it is flagged {@code reviewNeeded}, so
 * the run turns amber and the column waits for a pin in the job file.
 */
final class FailClosed {
    private static final Pattern SINGLE_LETTER = Pattern.compile("\\s*\\p{L}\\s*");
    // The info type of a birth date read by the dataset context (settings.birthDateProfile).
    private static final String BIRTH_DATE = "DATE_OF_BIRTH";

    private final Rules rules;
    private final FreeTextAndLists text;
    private final HeldValueProfiles profiles;
    private final UnknownColumns unknowns;
    private final Predicate<String> namesACount;

    /**
     * Fails closed with {@code rules}; free text is what {@link ColumnEvidence#isFreeText} says with these settings;
     * {@code namesACount} tells a name that says what its numbers count ("Voix 1", "nb_2"), however short.
     */
    FailClosed(Rules rules, double freeTextMinAverageLength, double freeTextMinShare,
            Predicate<String> namesACount) {
        this.rules = rules;
        this.text = new FreeTextAndLists(rules, freeTextMinAverageLength, freeTextMinShare);
        this.profiles = new HeldValueProfiles(rules, namesACount);
        this.unknowns = new UnknownColumns(rules);
        this.namesACount = namesACount;
    }

    /**
     * The failClosed section of the rules.
     *
     * @param mostlyUnknown    from this share of unknown columns, the file is mostly unknown (coded microdata)
     * @param maxDistinct      an unknown column of at most this many different values is held (in the file of a
     *                         sensitive matter, any number: a measure of a child in a health file; in a file the rules
     *                         understand, any number of values that are not all whole numbers: a list of diagnoses)
     * @param maxDistinctRatio ...and at most this share of different values among the sampled ones
     * @param minSample        columns with fewer sampled values are left as they are
     * @param confidence       the confidence of a held or guessed column (under 0.6)
     * @param held             what an unknown column of codes or categories is held as, when the file is mostly
     *                         unknown (coded microdata) or is about one of the {@code matters} (a column of these
     *                         info types: an offence, a diagnosis code, whose other categories may be steps of it)
     * @param personNumber     whole numbers different on every row
     * @param birthYear        years spread over at least {@code minYearSpan} years
     * @param sex              the most balanced column of the codes 1 and 2, each at least {@code sexMinShare}
     * @param freeText         what free text about persons that no rule read as sensitive is held as (null: left as it is)
     * @param categories       what an unknown column of codes or categories is held as in a file about persons whose
     *                         columns the rules understand (null: left as it is)
     * @param harmless         the shapes of values that are never held (but in the file of a sensitive matter)
     * @param age              how whole numbers spread like ages under an opaque name are held (null: never)
     * @param opaqueNameLetters a name of only numbers and words of at most this many letters ("EF44", "V12"), a single
     *                         letter ("K"), or a placeholder ("Champ 1", "col7"), says nothing of its column
     * @param number           the shape of a number (a count, an amount, a measure, a rate): under a name that says
     *                         nothing, in a file about persons, numbers are held whatever their spread (null: never)
     * @param percentages      how percentages that no rule decided are held (null: left as they are)
     * @param procedures       the names of procedures (a disciplinary board, a medical committee) that make a file's
     *                         decisions steps of them when its own name or a column's says it records one
     * @param unprovenNameRules name rules whose reading, when the values did not confirm it, proves nothing of the
     *                         column: a role word ("Enfant", "Patient") read as initials says nothing once the values are
     *                         no initials, and the column is as unknown as if no rule had matched it
     * @param surveys          the names of surveys whose file name tells the matter of the answers held for review
     * @param ownNumbers       numbers an organisation's check reads that are, in a file about persons, the persons' own
     *                         (null: none)
     * @param paid             how a file that pays or charges its persons is told (a bank account and a means of
     *                         payment): there, numbers held under a name that says nothing are held as money (FINANCIAL)
     * @param shapes           shapes of values that say what a column about to be released is, whatever its header:
     *                         family names beside first names, a blood pressure, a key shared by a few rows
     */
    record Rules(double mostlyUnknown, int maxDistinct, double maxDistinctRatio, int minSample, double confidence, Category held,
            Set<String> matters,
            Category personNumber, Category birthYear, int minYearSpan, Category sex, double sexMinShare, Category freeText,
            Category categories, HarmlessShapes harmless, OpaqueAge age, int opaqueNameLetters, Pattern number,
            Percentages percentages, ProcedureNames procedures, Set<String> unprovenNameRules, ProcedureNames surveys,
            OwnNumbers ownNumbers, Paid paid, PersonValueShapes.Rules shapes) {

        /** No section: no column is ever unknown, they stay as they were decided (INSENSITIVE). */
        static Rules none() {
            return new Rules(1, 0, 0, Integer.MAX_VALUE, 0.45, null, Set.of(), null, null, 30, null, 0.4, null, null,
                HarmlessShapes.none(), null, 4, null, null, ProcedureNames.none(), Set.of(), ProcedureNames.none(), null,
                Paid.none(), PersonValueShapes.Rules.none());
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, Map<String, Dictionary> dictionaries,
                Set<String> nameRuleIds) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("mostlyUnknown", "maxDistinct", "maxDistinctRatio", "minSample", "confidence", "held",
                "sensitiveMatters", "personNumber", "birthYear", "sex", "freeText", "categories", "sensitiveNames", "harmlessShapes",
                "age", "opaqueNameLetters", "opaqueNumber", "percentages", "procedureNames", "unprovenNameRules",
                "surveyNames", "personsOwnNumber", "opaqueNumberPaidBeside", "valueShapes");
            Set<String> matters = new LinkedHashSet<>();
            for (ConfigNode item : node.require("sensitiveMatters").items()) {
                matters.add(infoType(item, infoTypes).infoType());
            }
            ConfigNode birth = node.require("birthYear").allowOnly("infoType", "minYearSpan");
            ConfigNode sex = node.require("sex").allowOnly("infoType", "minShare");
            return new Rules(node.number("mostlyUnknown", 0.6, 0, 1), node.integer("maxDistinct", 50), node.number("maxDistinctRatio", 0.5, 0, 1),
                node.integer("minSample", 10), node.number("confidence", 0.45, 0, 0.59),
                heldAs(node.require("held"), null, "a column held for review"), Set.copyOf(matters),
                infoType(node.require("personNumber").allowOnly("infoType"), infoTypes),
                infoType(birth, infoTypes), birth.integer("minYearSpan", 30),
                infoType(sex, infoTypes), sex.number("minShare", 0.4, 0, 0.5),
                node.has("freeText") ? heldAs(node.get("freeText"), Classifier.FREE_TEXT, "free text held for review") : null,
                node.has("categories") ? heldAs(node.get("categories"), null, "categories held for review") : null,
                node.has("harmlessShapes") ? HarmlessShapes.read(node.get("harmlessShapes"), node.get("sensitiveNames"), dictionaries) : HarmlessShapes.none(),
                node.has("age") ? OpaqueAge.read(node.get("age"), infoTypes, dictionaries) : null,
                node.integer("opaqueNameLetters", 4),
                node.has("opaqueNumber") ? ClassificationRules.compile(node.get("opaqueNumber")) : null,
                node.has("percentages") ? Percentages.read(node.get("percentages")) : null,
                ProcedureNames.read(node.get("procedureNames"), dictionaries), unprovenNameRules(node, nameRuleIds),
                ProcedureNames.read(node.get("surveyNames"), dictionaries),
                node.has("personsOwnNumber") ? OwnNumbers.read(node.get("personsOwnNumber"), infoTypes) : null,
                Paid.read(node.get("opaqueNumberPaidBeside"), infoTypes, dictionaries),
                PersonValueShapes.Rules.read(node.get("valueShapes"), infoTypes));
        }

        /** The ids of {@code unprovenNameRules}, each a name rule of the file. */
        private static Set<String> unprovenNameRules(ConfigNode node, Set<String> nameRuleIds) {
            Set<String> ids = new LinkedHashSet<>();
            if (node.has("unprovenNameRules")) {
                for (ConfigNode item : node.get("unprovenNameRules").items()) {
                    if (!nameRuleIds.contains(item.asString())) {
                        throw item.error("unknown name rule '" + item.asString() + "'");
                    }
                    ids.add(item.asString());
                }
            }
            return Set.copyOf(ids);
        }

        /**
         * Whether the name says nothing: a placeholder ("Champ 1", "col7"), a single letter (a spreadsheet's column "K"),
         * or a code, made of numbers and words of a few letters with a number among them ("EF44", "V12", "Q3B"); short
         * words alone ("Czas_h", "prix") say something.
         */
        boolean opaque(String name) {
            if (CodedMicrodata.PLACEHOLDER.matcher(name).matches() || SINGLE_LETTER.matcher(name).matches()) {
                return true;
            }
            if (Text.readOnlyThroughLists(name)) {
                // Read only through the lists of the rules: a Korean, Hebrew or Armenian name none matched says nothing.
                return true;
            }
            List<String> tokens = Text.nameTokens(name);
            if (tokens.isEmpty()) {
                // A name in a script no rule reads says nothing of what it holds.
                return Text.unread(name);
            }
            return tokens.stream().allMatch(t -> t.length() <= opaqueNameLetters || t.chars().allMatch(Character::isDigit))
                && tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isDigit));
        }

        /** Whether the name is one word of at most opaqueNameLetters letters ("Cat", "Typ", "Kat."): an abbreviation. */
        boolean abbreviated(String name) {
            List<String> tokens = Text.nameTokens(name);
            return tokens.size() == 1 && tokens.get(0).length() <= opaqueNameLetters;
        }

        /** {@code {attributeType: ...}}: what a column is held as; never INSENSITIVE, which would let it through. */
        private static Category heldAs(ConfigNode node, String infoType, String what) {
            node.allowOnly("attributeType");
            AttributeType type = node.require("attributeType").asEnum(AttributeType.class);
            if (type == AttributeType.INSENSITIVE) {
                throw node.get("attributeType").error(what + " cannot be INSENSITIVE");
            }
            return new Category(infoType, type, null, null);
        }

        static Category infoType(ConfigNode node, Map<String, Category> infoTypes) {
            ConfigNode id = node.isScalar() ? node : node.require("infoType");
            Category category = infoTypes.get(id.asString());
            if (category == null) {
                throw id.error("unknown info type '" + id.asString() + "' (declare it under infoTypes)");
            }
            return category;
        }
    }

    /** The columns with the unknown ones decided by their profile or held for review (same order). */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        return apply(columns, decided, subject, null);
    }

    /**
     * The columns with the unknown ones decided by their profile or held for review (same order), in a file whose own
     * name ({@code source}: its path or dataset name, null when unknown) may say the procedure it records.
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject, String source) {
        if (subject != DataSubject.PERSON && subject != DataSubject.MIXED) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        if (subject == DataSubject.PERSON && rules.ownNumbers() != null) {
            readOwnNumbers(out, decided);
        }
        List<Integer> unknown = new ArrayList<>();
        Set<String> names = new HashSet<>();
        columns.forEach(c -> names.add(c.name().strip().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < columns.size(); i++) {
            if (unknowns.isUnknown(columns.get(i), decided.get(i).evidence())) {
                unknown.add(i);
            }
        }
        boolean understood = unknown.size() < rules.mostlyUnknown() * columns.size()
            && !CodedMicrodata.placeholderHeaders(columns);
        // The matter must be certain: named so ("NATINF", "CIM-10") and decided, not itself held or in doubt.
        // ...and not a mere status named so: a check every person of the file goes through
        // ("Background Check Status", "Führungszeugnis": a few states such as Clear, Pending, liegt vor, repeated, none
        // read by a value rule) names the matter without recording it, and lent its OFFENCE to T-shirt sizes and tags.
        // A domain given to a held column comes from that column; beside such a check the other columns are held as any
        // unknown column of the file. Offence labels, NATINF or ICD-10 codes (a value rule) or a sitting's dates keep it.
        ColumnClassification matter = null;
        for (int i = 0; i < columns.size() && matter == null; i++) {
            ColumnClassification c = columns.get(i);
            if (c.attributeType() == AttributeType.SENSITIVE && c.infoType() != null
                    && rules.matters().contains(c.infoType()) && !c.reviewNeeded() && c.evidence().nameMatch() != null
                    && !statusNamedAsMatter(c, decided.get(i).evidence())) {
                matter = c;
            }
        }
        // What the rules read in the other columns: a count or an attendance beside a disability allowance is part of it.
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        columns.stream().filter(c -> c.attributeType() == AttributeType.SENSITIVE && c.domain() != null)
            .forEach(c -> domains.add(c.domain()));
        // ...and what the file's own name or its columns' names say it records: a disciplinary board's decisions.
        domains.addAll(rules.procedures().of(source, columns.stream().map(ColumnClassification::name).toList()));
        // A survey whose file name says its matter (a health barometer): the answers held for review are of that matter.
        Domain survey = onlyOne(rules.surveys().of(source, List.of()));
        // A file that pays or charges its persons through a bank account: its numbers under lost names are money.
        boolean paid = rules.paid().by(columns, decided, rules.maxDistinct());
        boolean age = columns.stream().anyMatch(c -> c.protectedAttribute() == ProtectedAttribute.AGE);
        // A birth date read from its values does not stop numbers beside it being read as the age: a pension list gives
        // both, and its ages are no counts. An age in numbers, or years of birth, does.
        boolean ageInNumbers = columns.stream().anyMatch(c -> c.protectedAttribute() == ProtectedAttribute.AGE
            && !(BIRTH_DATE.equals(c.infoType()) && c.evidence().nameMatch() == null));
        boolean sex = columns.stream().anyMatch(c -> c.protectedAttribute() == ProtectedAttribute.GENDER);
        int year = Year.now().getValue();
        // The value profiles of coded microdata are read only where the file is mostly unknown.
        int sexColumn = sex || understood ? -1 : CodedMicrodata.mostBalancedSexCodes(unknown, decided, rules.sexMinShare());
        int personNumber = understood ? -1 : CodedMicrodata.onlyKey(unknown, decided);
        for (int i : unknown) {
            ColumnEvidence ev = decided.get(i).evidence();
            ColumnClassification c = columns.get(i);
            if (CodedMicrodata.isFlagOf(c.name(), names)) {
                continue;
            }
            if (i == personNumber) {
                out.set(i, guess(c, rules.personNumber(), "whole numbers different on every row of a file about persons:"
                    + " read as the person's number"));
            } else if ((!understood || CodedMicrodata.LOST_HEADER.matcher(c.name()).matches()) && !age
                    && CodedMicrodata.birthYears(ev.distinctCounts, year, rules.minYearSpan())) {
                // In a file the rules understand, years under a header the export lost are read as in coded microdata:
                // whole numbers spread over decades under no name are the persons' birth years, not a count let through.
                out.set(i, guess(c, rules.birthYear(), "years spread over decades, none in the future, in a file about"
                    + " persons with no age: read as birth years"));
                age = true;
                ageInNumbers = true;
            } else if (i == sexColumn) {
                out.set(i, guess(c, rules.sex(), "the most balanced column of the codes 1 and 2 in a file about persons"
                    + " with no sex column: read as the sex"));
            } else if (PersonValueShapes.bloodPressures(rules.shapes(), ev, rules.minSample())) {
                out.set(i, read(c, rules.shapes().bloodPressure(), rules.shapes().bloodPressureConfidence(),
                    "two numbers over a slash, the first within a systolic pressure's range and above the second within"
                    + " a diastolic's, in a file about persons: a blood pressure, health data whatever the column is"
                    + " called"));
            } else {
                ColumnClassification held = profiles.held(c, ev, matter, understood, domains, ageInNumbers, survey, paid);
                if (held == c && besideAName(columns, i) && PersonValueShapes.familyNames(rules.shapes(), ev,
                        rules.minSample())) {
                    held = guess(c, rules.shapes().familyName(), "words written as proper nouns, " + ev.distinct + " different"
                        + " of " + ev.sampled + " sampled values, beside a column of persons' names, under a name that"
                        + " says nothing of them: the rest of those names (family names); held as "
                        + rules.shapes().familyName().infoType() + " until someone decides (pin the column in the job file)");
                }
                if (held == c && PersonValueShapes.fullNames(rules.shapes(), ev, rules.minSample())) {
                    held = guess(c, rules.shapes().familyName(), "words written as persons' full names (two to four"
                        + " capitalised words, no digit), " + ev.distinct + " different of " + ev.sampled + " sampled values,"
                        + " under a name that says nothing of them, in a file about persons: a person named (a carer, a"
                        + " representative); held as " + rules.shapes().familyName().infoType() + " until someone decides"
                        + " (pin the column in the job file)");
                }
                if (held == c && rules.personNumber() != null && namedAsKey(ev)
                        && PersonValueShapes.sharedKeys(rules.shapes(), ev, rules.minSample())) {
                    held = guess(c, rules.personNumber(), "numbers under a name of a key, each shared by a few rows ("
                        + ev.distinct + " different of " + ev.sampled + " sampled values), in a file about persons: the key"
                        + " of a record gathering a handful of persons (a vehicle and its occupants, a household and its"
                        + " members); held as " + rules.personNumber().infoType() + " until someone decides (pin the"
                        + " column in the job file)");
                }
                if (held == c && rules.freeText() != null && FreeTextAndLists.sparseNotes(ev, decided)) {
                    held = guess(c, rules.freeText(), "text of several words a cell, varied (" + ev.distinct + " different"
                        + " of " + ev.sampled + " filled cells), on a few rows only, in a file about persons: notes, which"
                        + " tell a person's health, conduct or relatives in words no vocabulary holds; held as "
                        + rules.freeText().attributeType() + " until someone reads them (pin the column in the job file)");
                }
                // Long numbers different on nearly every row are a person's number of some scheme, whatever the name
                // says, unless it says what they measure, count or date and the values fit: released only then.
                if (held == c && rules.personNumber() != null && IdentifierShapes.longUniqueNumbers(ev, rules.minSample())
                        && !namedMeasure(c.name(), ev, domains)) {
                    held = guess(c, rules.personNumber(), "long numbers different on nearly every row (" + ev.distinct
                        + " of " + ev.sampled + " sampled values, seven digits or more, perhaps grouped or with a check"
                        + " letter), in a file about persons, under a name that does not say what they measure: a"
                        + " national or file number of a scheme the rules do not know; held as "
                        + rules.personNumber().infoType() + " until someone decides (pin the column in the job file)");
                }
                out.set(i, held);
            }
        }
        if (rules.freeText() != null) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnEvidence seen = decided.get(i).evidence();
                if (text.isUnreadFreeText(out.get(i), seen) || text.isRefusedList(out.get(i), seen)
                        || FreeTextAndLists.isProtectedTextWithoutReason(out.get(i))) {
                    out.set(i, guess(out.get(i), rules.freeText(), "free text about persons in which no rule found anything"
                        + " sensitive: notes about a person may tell their health, conduct or beliefs in words no vocabulary"
                        + " holds; held as " + rules.freeText().attributeType() + " until someone reads it and decides"
                        + " (pin the column in the job file)"));
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnEvidence ev = decided.get(i).evidence();
            ColumnClassification c = out.get(i);
            // A name read as free text ("suivi") does not beat values that are plainly a code per row.
            if (Classifier.FREE_TEXT.equals(c.infoType()) && c.attributeType() == AttributeType.INSENSITIVE
                    && c.domain() == null && !c.reviewNeeded() && c.evidence().embeddedIdentifiers().isEmpty()
                    && IdentifierShapes.uniqueCodes(ev, rules.minSample())) {
                out.set(i, guess(c, rules.personNumber(), "a code different on every row (" + ev.distinct + " of "
                    + ev.sampled + " sampled values) under a name read as free text, in a file about persons: the"
                    + " record's or the person's number, not text; held as " + rules.personNumber().infoType()
                    + " until someone decides (pin the column in the job file)"));
            }
        }
        if (understood && rules.categories() != null) {
            holdSparseWords(out, decided, domains);
        }
        holdFlags(out, decided, names, understood, domains);
        Percentages percentages = rules.percentages();
        if (percentages != null) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnClassification before = columns.get(i);
                ColumnEvidence ev = decided.get(i).evidence();
                if (before.attributeType() != AttributeType.INSENSITIVE || before.infoType() != null
                        || before.domain() != null || before.evidence().rule() != null || ev.sampled < rules.minSample()
                        || !Percentages.all(ev.distinctCounts)) {
                    continue;
                }
                out.set(i, percentages.namedRate(before.name()) ? before : guess(before, percentages.held(),
                    "percentages that no rule explains, in a file about persons: a share that varies per person (what"
                    + " they pay, set by their means) is " + percentages.held().domain() + "; held as "
                    + percentages.held().attributeType() + " until someone decides (pin the column in the job file)"));
            }
        }
        return out;
    }

    /**
     * Whether the column's name says what its numbers are, a count ("Nb") or a measure with its unit ("Index (Wh)",
     * "Volume (L)"), and a harmless shape asking that name explains every value.
     */
    private boolean namedMeasure(String name, ColumnEvidence ev, Set<Domain> domains) {
        return !rules.opaque(name) && (namesACount.test(name)
            || rules.harmless().explainAllByName(name, ev.distinctCounts, domains));
    }

    /** Reads as the persons' own numbers the columns of {@link OwnNumbers} in a file about persons. */
    private void readOwnNumbers(List<ColumnClassification> out, List<DataSubjects.Column> decided) {
        OwnNumbers own = rules.ownNumbers();
        for (int i = 0; i < out.size(); i++) {
            ColumnClassification c = out.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (c.infoType() != null && own.from().contains(c.infoType()) && c.evidence().nameMatch() == null
                    && c.pinnedBy() == null && ev.sampled >= rules.minSample()
                    && ev.distinct >= IdentifierShapes.NEARLY_EVERY_ROW * ev.sampled) {
                out.set(i, guess(c, own.category(), "numbers whose check is also a " + c.infoType() + "'s, different on"
                    + " nearly every row of a file about persons, under a name no rule read: the persons' own numbers"
                    + " (a national number of the same check), not organisations'; read as " + own.category().infoType()
                    + " until someone decides (pin the column in the job file)"));
            }
        }
    }

    /**
     * Holds the unknown columns of a few words only (fewer than minSample values: a reason given now and then, the rest
     * empty or NR): too few to read a profile from, and words no rule explains in a file about persons may be a
     * diagnosis as well as a remark.
     */
    private void holdSparseWords(List<ColumnClassification> out, List<DataSubjects.Column> decided,
            Set<Domain> domains) {
        for (int i = 0; i < out.size(); i++) {
            ColumnClassification c = out.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (unknowns.unrecognised(c, ev) && ev.sampled > 0 && ev.sampled < rules.minSample()
                    && FreeTextAndLists.allWords(ev.distinctCounts)
                    && !rules.harmless().explainAll(c.name(), rules.opaque(c.name()), ev.distinctCounts, domains)) {
                out.set(i, guess(c, rules.categories(), "only " + ev.sampled + " values, words that no rule explains, in a"
                    + " file about persons: too few to tell a remark from a reason or a diagnosis; held as "
                    + rules.categories().attributeType() + " until someone decides (pin the column in the job file)"));
            }
        }
    }

    /**
     * Holds the unknown columns that are a flag: one value ("oui", "sì", "X") set on some persons only, the other rows
     * empty (at most half as many values as the file's fullest column). A value every person shares says nothing of
     * any of them; one set on a few marks those few, and the name tells what for (extra time at an exam for a
     * disability, a protection measure), in words no list may hold.
     */
    private void holdFlags(List<ColumnClassification> out, List<DataSubjects.Column> decided, Set<String> names,
            boolean understood, Set<Domain> domains) {
        Category heldAs = understood ? rules.categories() : rules.held();
        int fullest = decided.stream().mapToInt(d -> d.evidence().sampled).max().orElse(0);
        for (int i = 0; heldAs != null && i < out.size(); i++) {
            ColumnClassification c = out.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (unknowns.unrecognised(c, ev) && !c.reviewNeeded() && ev.distinct == 1 && 2 * ev.sampled <= fullest
                    && !CodedMicrodata.isFlagOf(c.name(), names)
                    && !rules.harmless().explainAll(c.name(), rules.opaque(c.name()), ev.distinctCounts, domains)) {
                out.set(i, guess(c, heldAs, "one value set on some persons only (" + ev.sampled + " of up to " + fullest
                    + " rows), the others empty, under a name no rule knows, in a file about persons: a flag marking"
                    + " those persons, for what only the name tells (an exam's extra time for a disability, a measure);"
                    + " held as " + heldAs.attributeType() + " until someone decides (pin the column in the job file)"));
            }
        }
    }

    /** The only domain of the set, or null (none, or several: no telling which). */
    private static Domain onlyOne(Set<Domain> domains) {
        return domains.size() == 1 ? domains.iterator().next() : null;
    }

    /**
     * Whether a matter's column is only named so: no value rule read its values, and they are a few
     * states repeated over the persons (a vetting check's Clear, Pending, Expired), words, not dates or codes.
     */
    private boolean statusNamedAsMatter(ColumnClassification c, ColumnEvidence ev) {
        return c.evidence().valueRule() == null && ev.sampled >= rules.minSample() && ev.distinct >= 2
            && ev.distinct <= rules.maxDistinct() && ev.distinctRatio() <= rules.maxDistinctRatio()
            && FreeTextAndLists.allWords(ev.distinctCounts);
    }

    /** Whether the column next to the i-th, on either side, is read as the family names' info type (persons' names). */
    private boolean besideAName(List<ColumnClassification> columns, int i) {
        Category name = rules.shapes().familyName();
        return name != null && (i > 0 && name.infoType().equals(columns.get(i - 1).infoType())
            || i + 1 < columns.size() && name.infoType().equals(columns.get(i + 1).infoType()));
    }

    /** Whether a name rule read the column's name as a record's key before its values denied it. */
    private boolean namedAsKey(ColumnEvidence ev) {
        return rules.personNumber() != null && ev.nameHits.stream()
            .anyMatch(hit -> rules.personNumber().infoType().equals(hit.rule().category().infoType()));
    }

    private ColumnClassification read(ColumnClassification c, Category category, double confidence, String note) {
        return new ColumnClassification(c.name(), category.attributeType(), category.infoType(), category.domain(),
            category.protectedAttribute(), confidence, c.evidence().withNote(note), c.pinnedBy(), false);
    }

    private ColumnClassification guess(ColumnClassification c, Category category, String note) {
        return guess(c, category, rules.confidence(), note);
    }

    /** The column guessed as {@code category} with {@code note}, flagged for review. */
    static ColumnClassification guess(ColumnClassification c, Category category, double confidence, String note) {
        return new ColumnClassification(c.name(), category.attributeType(), category.infoType(), category.domain(),
            category.protectedAttribute(), confidence, c.evidence().withNote(note), c.pinnedBy(), true);
    }
}
