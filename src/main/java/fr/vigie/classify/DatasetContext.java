package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the other columns of a dataset tell about a column, once each column is decided on its own:
 * <ul>
 *   <li>staff: a work unit (service, department) describes a person's work when the rows are staff (a
 *       column tells their profession or grade); otherwise it names an organisation;</li>
 *   <li>procedures: when the rows are a sensitive procedure (a column holds disciplinary sanctions,
 *       offences or disability rights), the columns naming one of its steps (a decision, an appeal, a
 *       class, a fine...) or holding decisions ("Accord", "Rejet") are of the same kind;</li>
 *   <li>money: a price that takes a few levels is a list price unless the file holds an income column (then
 *       it is a tariff set by income); in a file about persons, a column of money amounts that no name
 *       explains is money tied to a person;</li>
 *   <li>birth dates: in a file about persons with no birth date or age, the unnamed date column spread over
 *       the most years is the birth date (a headerless export of pupils).</li>
 * </ul>
 */
final class DatasetContext {
    /** The deciding rule of figures read as marks on a scale (a reading of the context, not a rule of the file). */
    static final String MARKS = "marks-on-a-scale";
    private static final Pattern BARE_FIGURE = Pattern.compile("\\s*\\d{1,3}(?:[.,]\\d{1,2})?\\s*");
    /** An amount of nothing: 0, 0,00, 0.00 €, £0, a currency's sign or code before or after. */
    private static final Pattern NOTHING = Pattern.compile(
        "\\s*(?:[$€£¥₣]|(?i:eur|gbp|chf|usd))?\\s*0+(?:[.,]0{1,2})?\\s*(?:[$€£¥]|(?i:eur|euros?|gbp|chf|usd))?\\s*");
    /** A grid of tariffs has a few levels; more different labels are something else (free text, names). */
    private static final int MAX_TARIFF_LEVELS = 10;
    private final Rules rules;

    DatasetContext(Rules rules) {
        this.rules = rules;
    }

    /**
     * The context section of the rules.
     *
     * @param staffInfoTypes    a column of one of these makes the rows staff
     * @param unitRule          the id of the name rule of a work unit (service, department), read as
     *                          {@code organisationName} when the rows are not staff
     * @param organisationName  the info type of an organisation's name
     * @param recordKeys        info types of a record's key whose domain (offence, health) says the rows are inmates or
     *                          patients: a unit beside such a key is where the person is held or cared for, not an
     *                          organisation's name (none: never)
     * @param anchors           info types that make the rows a sensitive procedure
     * @param stepWords         name words of a step of such a procedure
     * @param decisionRule      index of the value rule matching decisions, or -1
     * @param fineWords         name words of a fine: in an offence procedure, its domain is the offence's
     * @param flagRule          index of the value rule of yes/no answers, or -1: an anchor whose values are all answers
     *                          is a flag of the person (an RQTH yes/no), not the procedure the file records
     * @param flagMinShare      the share of such answers that makes an anchor a flag
     * @param anchorMinFilled   an anchor filled on fewer than this share of the sampled rows is a trait of some persons
     *                          (a school scheme on a pupil in six), not the procedure every row records: it anchors nothing
     * @param incomeInfoTypes   info types of an income column
     * @param priceRule         the id of the name rule of prices
     * @param listPriceLevels   a price with at most this many levels and no income column is a list price...
     * @param meansTestedRule   index of the value rule of the words of a means-tested tariff level ("Tarif social"),
     *                          or -1: a price named so whose levels are such labels is a tariff set by income
     * @param meansTested       the category of such a price
     * @param moneyRule         index of the value rule matching money amounts, or -1
     * @param money             the category of money tied to a person
     * @param markScaleTop      figures that no name explains, never above this and never negative, written with no
     *                          currency, are marks or scores on a scale (a mark out of 20, a grade average), not money;
     *                          0: never
     * @param markMinDistinct   ...when they take at least this many different values (a fee of a few levels is money)
     * @param markStep          ...and go by this step (quarter points): a wage under 20, or a price set per family by
     *                          its means, takes any cents
     * @param birthDates        how unnamed date columns are read as birth dates (may be null)
     * @param projectBudgets    how a project's budget is told from a person's money (never: {@link ProjectBudgets#none()})
     * @param units             units of measure a name may carry: figures so named measure a thing, they are no money
     * @param pupilsOnlyRule    the id of a value rule that reads a pupil's class (several levels taught together), or
     *                          null: in a file of staff the class is where a staff member works, within the school
     *                          named beside it, and that rule does not make it a pupil's class
     */
    record Rules(Set<String> staffInfoTypes, String unitRule, Category organisationName, Set<String> recordKeys,
            Set<String> anchors,
            Set<String> stepWords, int decisionRule, Set<String> fineWords, int flagRule, double flagMinShare,
            double anchorMinFilled, Set<String> incomeInfoTypes, String priceRule,
            int listPriceLevels, int meansTestedRule, Category meansTested, int moneyRule, Category money,
            double markScaleTop, int markMinDistinct, double markStep, ClassificationRules.BirthDateProfile birthDates,
            ProjectBudgets projectBudgets, MeasureUnits units, String pupilsOnlyRule) {

        static Rules none() {
            return new Rules(Set.of(), null, null, Set.of(), Set.of(), Set.of(), -1, Set.of(), -1, 1, 0, Set.of(), null, 0, -1, null, -1,
                null, 0, 0, 0, null, ProjectBudgets.none(), MeasureUnits.none(), null);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, List<ValueRule> valueRules,
                ClassificationRules.BirthDateProfile birthDates, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("staff", "procedures", "money");
            ConfigNode staff = node.require("staff").allowOnly("infoTypes", "unitRule", "otherwise", "recordKeys",
                "pupilsOnlyRule");
            ConfigNode procedures = node.require("procedures").allowOnly("anchors", "stepWords", "decisionRule", "fineWords",
                "flagRule", "flagMinShare", "anchorMinFilled");
            ConfigNode money = node.require("money")
                .allowOnly("incomeInfoTypes", "priceRule", "listPriceLevels", "meansTestedRule", "moneyRule", "infoType",
                    "markScaleTop", "markMinDistinct", "markStep", "projectBudgets", "units");
            int meansTested = money.has("meansTestedRule")
                ? DataSubjects.Rules.valueRule(money.get("meansTestedRule"), valueRules) : -1;
            return new Rules(infoTypes(staff, "infoTypes", infoTypes), staff.require("unitRule").asString(),
                infoTypes.get(infoType(staff.get("otherwise"), infoTypes)),
                staff.has("recordKeys") ? infoTypes(staff, "recordKeys", infoTypes) : Set.of(),
                infoTypes(procedures, "anchors", infoTypes),
                words(procedures, "stepWords"), DataSubjects.Rules.valueRule(procedures.require("decisionRule"), valueRules),
                words(procedures, "fineWords"),
                procedures.has("flagRule") ? DataSubjects.Rules.valueRule(procedures.get("flagRule"), valueRules) : -1,
                procedures.number("flagMinShare", 0.95, 0.5, 1), procedures.number("anchorMinFilled", 0, 0, 1),
                infoTypes(money, "incomeInfoTypes", infoTypes),
                money.require("priceRule").asString(), money.integer("listPriceLevels", 3),
                meansTested, meansTested < 0 ? null : valueRules.get(meansTested).category(),
                DataSubjects.Rules.valueRule(money.require("moneyRule"), valueRules),
                infoTypes.get(infoType(money.require("infoType"), infoTypes)),
                money.number("markScaleTop", 0, 0, 1000), money.integer("markMinDistinct", 12),
                money.number("markStep", 0.25, 0.01, 1), birthDates, ProjectBudgets.read(money.get("projectBudgets")),
                MeasureUnits.read(money.get("units"), dictionaries),
                staff.has("pupilsOnlyRule")
                    ? valueRules.get(DataSubjects.Rules.valueRule(staff.get("pupilsOnlyRule"), valueRules)).id() : null);
        }

        /** The value rules this context reads on a column of this info type if it may anchor a procedure. */
        List<Integer> anchorRules(String infoType) {
            return flagRule >= 0 && infoType != null && anchors.contains(infoType) ? List.of(flagRule) : List.of();
        }

        /** The value rules this context reads once the columns are decided. */
        List<Integer> valueRules() {
            List<Integer> all = new ArrayList<>();
            if (decisionRule >= 0) {
                all.add(decisionRule);
            }
            if (flagRule >= 0) {
                all.add(flagRule);
            }
            if (moneyRule >= 0) {
                all.add(moneyRule);
            }
            if (meansTestedRule >= 0) {
                all.add(meansTestedRule);
            }
            return all;
        }

        private static Set<String> words(ConfigNode node, String key) {
            Set<String> out = new LinkedHashSet<>();
            for (String word : node.strings(key)) {
                out.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            return Set.copyOf(out);
        }

        private static String infoType(ConfigNode node, Map<String, Category> known) {
            if (!known.containsKey(node.asString())) {
                throw node.error("unknown info type '" + node.asString() + "' (declare it under infoTypes)");
            }
            return node.asString();
        }

        private static Set<String> infoTypes(ConfigNode node, String key, Map<String, Category> known) {
            Set<String> out = new LinkedHashSet<>();
            for (ConfigNode item : node.require(key).items()) {
                out.add(infoType(item, known));
            }
            return Set.copyOf(out);
        }
    }

    /**
     * A project's budget (section {@code context.money.projectBudgets}): money under a name holding one of
     * {@code budgetWords} ("Budget total", "presupuesto"), none of {@code ownerWords} (a household's, a person's
     * budget), in a file where another column is named for a project ({@code projectWords}) and another holds the
     * funding asked or given for it (money of the person), is what the project costs, not the means of the person who
     * carries it. A file where a column names a loan to the person ({@code loanWords}: the project is the borrower's
     * purchase) releases no budget.
     */
    record ProjectBudgets(Set<String> budgetWords, Set<String> projectWords, Set<String> ownerWords,
            Set<String> loanWords) {
        static ProjectBudgets none() {
            return new ProjectBudgets(Set.of(), Set.of(), Set.of(), Set.of());
        }

        static ProjectBudgets read(ConfigNode node) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("budgetWords", "projectWords", "ownerWords", "loanWords");
            ProjectBudgets read = new ProjectBudgets(Rules.words(node, "budgetWords"), Rules.words(node, "projectWords"),
                node.has("ownerWords") ? Rules.words(node, "ownerWords") : Set.of(),
                node.has("loanWords") ? Rules.words(node, "loanWords") : Set.of());
            if (read.budgetWords().isEmpty()) {
                throw node.get("budgetWords").error("at least one word is needed");
            }
            if (read.projectWords().isEmpty()) {
                throw node.get("projectWords").error("at least one word is needed");
            }
            for (String word : read.loanWords()) {
                if (read.budgetWords().contains(word) || read.projectWords().contains(word)) {
                    // a loan's word that is also a budget's or a project's would keep every project's budget
                    throw node.get("loanWords").error("'" + word + "' is a budget's or a project's word, not a loan's");
                }
            }
            return read;
        }

        /**
         * Whether a budget beside a project may be released in this file: another column holds the funding asked or
         * given ({@code amountInfoType}, the person's money: without it the budget is the only money and is what the
         * person is allotted), and no column names a loan to the person (a micro-credit's project is the borrower's own
         * purchase).
         */
        boolean releasable(List<ColumnClassification> columns, String amountInfoType) {
            boolean funding = false;
            for (ColumnClassification c : columns) {
                List<String> tokens = Text.nameTokens(c.name());
                if (tokens.stream().anyMatch(loanWords::contains)) {
                    return false;
                }
                funding |= amountInfoType != null && amountInfoType.equals(c.infoType())
                    && c.attributeType() == AttributeType.SENSITIVE && c.domain() == Domain.FINANCIAL
                    && tokens.stream().noneMatch(budgetWords::contains);
            }
            return funding;
        }

        /** Whether a column other than the budget is named for a project. */
        boolean projectNamed(List<ColumnClassification> columns) {
            return !projectWords.isEmpty() && columns.stream()
                .anyMatch(c -> Text.nameTokens(c.name()).stream().anyMatch(projectWords::contains)
                    && Text.nameTokens(c.name()).stream().noneMatch(budgetWords::contains));
        }

        /** Whether the column's name says a budget and does not say whose (a household's). */
        boolean budget(ColumnClassification c) {
            List<String> tokens = Text.nameTokens(c.name());
            return tokens.stream().anyMatch(budgetWords::contains) && tokens.stream().noneMatch(ownerWords::contains);
        }
    }

    /** The columns as the context makes them (same order), the rows being {@code subject}, with no sampled rows. */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        return apply(columns, decided, subject, List.of());
    }

    /**
     * The columns as the context makes them (same order), the rows being {@code subject}; {@code rows} are whole rows
     * sampled from the file (cells in column order), which tell how a column's dates lie against the row's others.
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject, List<List<String>> rows) {
        boolean persons = subject == DataSubject.PERSON || subject == DataSubject.MIXED;
        boolean staff = columns.stream().anyMatch(c -> c.infoType() != null && rules.staffInfoTypes().contains(c.infoType()));
        // In a file about organisations or places, a column held for review is in doubt of being a person's at all: it
        // anchors no procedure.
        // A yes/no flag of the person (an RQTH, a disability answered yes or no) records no procedure: a duration or a
        // decision beside it is the file's own (a volunteer's contract), not a step of it.
        ColumnClassification anchor = null;
        for (int i = 0; i < columns.size() && anchor == null; i++) {
            ColumnClassification c = columns.get(i);
            if (c.attributeType() == AttributeType.SENSITIVE && c.infoType() != null && rules.anchors().contains(c.infoType())
                    && (persons || !c.reviewNeeded()) && !isFlag(decided.get(i).evidence()) && filled(rows, i)) {
                anchor = c;
            }
        }
        boolean income = columns.stream()
            .anyMatch(c -> c.attributeType() == AttributeType.SENSITIVE && c.infoType() != null
                && rules.incomeInfoTypes().contains(c.infoType()));
        // A file recording a procedure of disability or offence (a compensation decided by the CDAPH) releases no
        // budget: its money is the procedure's.
        boolean project = anchor == null && rules.projectBudgets().projectNamed(columns)
            && rules.projectBudgets().releasable(columns, rules.money() == null ? null : rules.money().infoType());
        List<ColumnClassification> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (!staff && rules.unitRule() != null && rules.unitRule().equals(c.evidence().rule())) {
                Domain held = persons ? heldOrCaredFor(columns, i, rules.recordKeys()) : null;
                if (held != null) {
                    c = c.withType(AttributeType.QUASI_IDENTIFYING, null, held, null, "a unit in a file of persons keyed"
                        + " by a record of " + held + ": where the person is held or cared for, not an organisation's name");
                } else {
                    Category org = rules.organisationName();
                    c = c.withType(org.attributeType(), org.infoType(), org.domain(), org.protectedAttribute(),
                        "no column tells the rows are staff: an organisation's name, not a person's workplace");
                }
            } else if (staff && rules.pupilsOnlyRule() != null && rules.pupilsOnlyRule().equals(c.evidence().valueRule())) {
                c = c.withType(AttributeType.INSENSITIVE, null, null, null, "a class of several levels in a file of staff:"
                    + " where a staff member works within the school named beside it, not a pupil's class");
            } else if (anchor != null && c != anchor) {
                c = inProcedure(c, ev, anchor);
            }
            if (rules.priceRule() != null && rules.priceRule().equals(c.evidence().rule()) && !income
                    && c.attributeType() == AttributeType.SENSITIVE && ev.distinct <= rules.listPriceLevels()
                    && !waivedForSome(ev)) {
                c = c.withType(AttributeType.INSENSITIVE, c.infoType(), null, null, "a price of " + ev.distinct
                    + " levels and no income column in the file: a list price, not tied to a person's means");
            } else if (persons && meansTested(c, decided.get(i))) {
                Category tariff = rules.meansTested();
                c = c.withType(tariff.attributeType(), tariff.infoType(), tariff.domain(), tariff.protectedAttribute(),
                    "levels of a price, one of them means-tested: a tariff set by the person's means");
            } else if (persons && c.attributeType() == AttributeType.INSENSITIVE && c.infoType() == null
                    && c.evidence().nameMatch() == null && rules.moneyRule() >= 0 && ev.sampled >= 10
                    && ev.matchShare(rules.moneyRule()) >= 0.9 && !rules.units().measures(c.name())) {
                if (onAScale(ev)) {
                    c = c.explainedBy(MARKS, "bare figures never above " + fmt(rules.markScaleTop())
                        + ", no currency: marks or scores on a scale, not money");
                } else {
                    Category money = rules.money();
                    c = c.withType(money.attributeType(), money.infoType(), money.domain(), money.protectedAttribute(),
                        "money amounts that no name explains, in a file about persons: money tied to a person");
                }
            }
            if (project && c.domain() == Domain.FINANCIAL && c.attributeType() == AttributeType.SENSITIVE
                    && !c.reviewNeeded() && rules.projectBudgets().budget(c)) {
                c = c.withType(AttributeType.INSENSITIVE, null, null, null, "a budget beside a column naming a project:"
                    + " what the project costs, not the means of the person who carries it");
            }
            out.add(c);
        }
        if (persons) {
            onlyBirthDate(out, decided, rows);
        }
        return out;
    }

    /**
     * The domain, offence or health, of a record key of a file of persons that no one is asked to review (a committal
     * number, a patient's record of a domain): the rows are inmates or patients, and a unit beside it (a
     * prison's wing, a ward) is where the person is held or cared for, which locates them among a few and tells that
     * domain. A health column that is no key (a diet, notes beside a canteen's service) says nothing of the unit. Null when
     * there is none.
     */
    private static Domain heldOrCaredFor(List<ColumnClassification> columns, int unit, Set<String> recordKeys) {
        for (int j = 0; j < columns.size(); j++) {
            ColumnClassification other = columns.get(j);
            if (j != unit && !other.reviewNeeded() && other.infoType() != null && recordKeys.contains(other.infoType())
                    && (other.domain() == Domain.OFFENCE || other.domain() == Domain.HEALTH)) {
                return other.domain();
            }
        }
        return null;
    }

    /**
     * Whether every value is a bare figure (no currency, no sign) of at most {@code markScaleTop} by {@code markStep}
     * (quarter points), at least {@code markMinDistinct} different ones: marks on a scale (12,50 out of 20), which money
     * tied to a person (an income, a benefit) is not kept under; a fee under it takes a few levels, a wage or a price set
     * by the family's means any cents. A grade average with any cents (4,67 out of 5) cannot be told from such a price
     * and is left as money.
     */
    /**
     * Whether a price of a few levels has a level of nothing beside others: a price waived for some persons (an
     * exemption, a free rate for those on a minimum income) tells their means, which a list price of a hall or a room
     * never does. A price of nothing for everyone tells nothing.
     */
    static boolean waivedForSome(ColumnEvidence ev) {
        boolean free = false;
        boolean paid = false;
        for (String value : ev.distinctCounts.keySet()) {
            if (value.isBlank()) {
                continue;
            }
            if (NOTHING.matcher(value).matches()) {
                free = true;
            } else {
                paid = true;
            }
        }
        return free && paid;
    }

    private boolean onAScale(ColumnEvidence ev) {
        if (rules.markScaleTop() <= 0) {
            return false;
        }
        int figures = 0;
        for (String value : ev.distinctCounts.keySet()) {
            if (value.chars().noneMatch(Character::isDigit)) {
                continue;   // a mark of absence ("ABS", "n.s.")
            }
            figures++;
            if (!BARE_FIGURE.matcher(value).matches()) {
                return false;
            }
            double figure = Double.parseDouble(value.strip().replace(',', '.'));
            double steps = figure / rules.markStep();
            if (figure > rules.markScaleTop() || Math.abs(steps - Math.rint(steps)) > 1e-6) {
                return false;
            }
        }
        return figures >= rules.markMinDistinct();
    }

    private static String fmt(double top) {
        return top == Math.rint(top) ? String.valueOf((long) top) : String.valueOf(top);
    }

    /**
     * A price's name whose values are labels of a few tariff levels (no amounts), one of which says it is
     * means-tested ("Tarif standard", "Tarif social eau", "Tarif professionnel").
     */
    private boolean meansTested(ColumnClassification c, DataSubjects.Column decided) {
        ColumnEvidence ev = decided.evidence();
        // Context rules were kept only for the columns decided harmless.
        return rules.meansTestedRule() >= 0 && c.attributeType() == AttributeType.INSENSITIVE && c.domain() == null
            && decided.classification().attributeType() == AttributeType.INSENSITIVE && ev.distinct <= MAX_TARIFF_LEVELS
            && ev.nameHits.stream().anyMatch(hit -> hit.rule().id().equals(rules.priceRule()))
            && ev.matches(rules.meansTestedRule()) > 0;
    }

    /**
     * With no birth date or age in the file, the unnamed date column spread over the most years, if any; or else the
     * one lying years before the file's events (see {@link ClassificationRules.BirthDateProfile}).
     */
    private void onlyBirthDate(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            List<List<String>> rows) {
        ClassificationRules.BirthDateProfile profile = rules.birthDates();
        if (profile == null) {
            return;
        }
        if (columns.stream().anyMatch(c -> c.protectedAttribute() == ProtectedAttribute.AGE)) {
            besideAnAge(columns, decided, profile, rows);
            return;
        }
        int best = -1;
        int bestSpan = profile.minYearSpanOfTheOnlyOne() - 1;
        int year = Year.now().getValue();
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (profile.dateInfoType().equals(c.infoType()) && c.evidence().nameMatch() == null) {
                int span = BirthDates.yearSpan(decided.get(i).evidence().distinctCounts, year);
                if (span > bestSpan) {
                    best = i;
                    bestSpan = span;
                }
            }
        }
        String why = "the only date column spread over " + bestSpan
            + " years in a file about persons with no birth date: read as birth dates";
        if (best < 0 && profile.beforeEvents() != null) {
            best = beforeEvents(columns, decided, profile, year);
            why = "dates one a person, spread over years that all lie years before the file's other dates (or today),"
                + " in a file about persons with no birth date: read as birth dates";
        }
        if (best < 0 && profile.beforeRowEvents() != null && profile.beforeEvents() != null) {
            best = beforeRowEvents(columns, decided, profile, year, rows);
            why = "dates one a person that, row by row, come before the row's other dates, by "
                + profile.beforeRowEvents().minMedianDays() + " days or more in the middle of the rows, in a file about"
                + " persons with no birth date: read as birth dates (a child's birth before its request)";
        }
        if (best >= 0) {
            Category birth = profile.birthDate();
            columns.set(best, columns.get(best).withType(birth.attributeType(), birth.infoType(), birth.domain(),
                birth.protectedAttribute(), why));
        }
    }

    /**
     * In a file with an age and no birth date, the date column whose year plus the row's age is, row after row, one
     * year (see {@link ClassificationRules.BesideAnAge}), spread over years, none in the future: the persons' birth
     * dates, whatever their name says (a generic date's name does not tell which date it is). Event dates spread as
     * persons' ages are do not add up with them to one year.
     */
    private static void besideAnAge(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            ClassificationRules.BirthDateProfile profile, List<List<String>> rows) {
        ClassificationRules.BesideAnAge beside = profile.besideAnAge();
        Category birth = profile.birthDate();
        if (beside == null || rows == null || rows.size() < beside.minRows()
                || columns.stream().anyMatch(c -> birth.infoType().equals(c.infoType()))) {
            return;
        }
        int year = Year.now().getValue();
        for (int a = 0; a < columns.size(); a++) {
            if (columns.get(a).protectedAttribute() != ProtectedAttribute.AGE) {
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                ColumnClassification c = columns.get(i);
                if (!profile.dateInfoType().equals(c.infoType()) || c.pinnedBy() != null
                        || BirthDates.yearSpan(decided.get(i).evidence().distinctCounts, year) < profile.minYearSpanOfTheOnlyOne()) {
                    continue;
                }
                RowDates.WithAge lie = RowDates.withAge(rows, i, a);
                if (lie.rows() >= beside.minRows() && lie.share() >= beside.minShare() && lie.year() <= year + 1) {
                    columns.set(i, c.withType(birth.attributeType(), birth.infoType(), birth.domain(),
                        birth.protectedAttribute(), "dates whose year plus the row's age (" + columns.get(a).name()
                        + ") is " + lie.year() + " or the year before on " + Math.round(lie.share() * 100) + " % of "
                        + lie.rows() + " sampled rows, in a file about persons: the ages were counted from these dates,"
                        + " read as birth dates"));
                    return;
                }
            }
        }
    }

    /**
     * The unnamed date column whose values are different days (one a person), spread over a few years, all years
     * before the latest year of the file's other dates, or of today when it has none; the earliest such if several;
     * -1 if none. Event dates run up to the file's time; a person's birth lies years before it.
     */
    private static int beforeEvents(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            ClassificationRules.BirthDateProfile profile, int year) {
        ClassificationRules.BeforeEvents before = profile.beforeEvents();
        int best = -1;
        int bestLast = Integer.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (!profile.dateInfoType().equals(c.infoType()) || c.evidence().nameMatch() != null) {
                continue;
            }
            ColumnEvidence ev = decided.get(i).evidence();
            BirthDates.Spread spread = BirthDates.spread(ev.distinctCounts, year);
            if (spread == null || spread.span() < before.minYearSpan()) {
                continue;
            }
            long days = 366L * (spread.span() + 1);
            boolean onePerPerson = ev.distinct >= before.minDistinctShare() * Math.min(ev.sampled, days);
            int events = -1;
            for (int j = 0; j < columns.size(); j++) {
                if (j != i && profile.dateInfoType().equals(columns.get(j).infoType())) {
                    events = Math.max(events, BirthDates.latestYear(decided.get(j).evidence().distinctCounts));
                }
            }
            int reference = events < 0 ? year : events;
            if (onePerPerson && reference - spread.last() >= before.minYears() && spread.last() < bestLast) {
                best = i;
                bestLast = spread.last();
            }
        }
        return best;
    }

    /**
     * The unnamed date column whose values are different days (one a person) and which, in the sampled rows, comes
     * before the row's other dates (see {@link ClassificationRules.BeforeRowEvents}); the one furthest before them if
     * several; -1 if none.
     */
    private static int beforeRowEvents(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            ClassificationRules.BirthDateProfile profile, int year, List<List<String>> rows) {
        ClassificationRules.BeforeRowEvents before = profile.beforeRowEvents();
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (profile.dateInfoType().equals(columns.get(i).infoType())) {
                dates.add(i);
            }
        }
        int best = -1;
        long bestGap = -1;
        for (int i : dates) {
            ColumnClassification c = columns.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            BirthDates.Spread spread = BirthDates.spread(ev.distinctCounts, year);
            if (c.evidence().nameMatch() != null || spread == null) {
                continue;
            }
            long days = 366L * (spread.span() + 1);
            if (ev.distinct < profile.beforeEvents().minDistinctShare() * Math.min(ev.sampled, days)) {
                continue;
            }
            List<Integer> others = dates.stream().filter(j -> j != i).toList();
            RowDates.Lie lie = RowDates.of(rows, i, others);
            if (lie.rows() >= before.minRows() && lie.beforeLatest() >= before.minShare()
                    && lie.medianGapDays() >= before.minMedianDays() && lie.medianGapDays() > bestGap) {
                best = i;
                bestGap = lie.medianGapDays();
            }
        }
        return best;
    }

    /** Whether column {@code i} holds a value on at least {@code anchorMinFilled} of the sampled rows (true with none). */
    private boolean filled(List<List<String>> rows, int i) {
        if (rules.anchorMinFilled() <= 0 || rows == null || rows.isEmpty()) {
            return true;
        }
        int filled = 0;
        for (List<String> row : rows) {
            if (i < row.size() && row.get(i) != null && !row.get(i).isBlank()) {
                filled++;
            }
        }
        return filled >= rules.anchorMinFilled() * rows.size();
    }

    /** Whether the column's values are yes/no answers (at least {@code flagMinShare} of them, over ten values or more). */
    private boolean isFlag(ColumnEvidence ev) {
        return rules.flagRule() >= 0 && ev != null && ev.sampled >= 10 && ev.matchShare(rules.flagRule()) >= rules.flagMinShare();
    }

    /** A step of the procedure the anchor column belongs to, or the column as it was. */
    private ColumnClassification inProcedure(ColumnClassification c, ColumnEvidence ev, ColumnClassification anchor) {
        List<String> tokens = Text.nameTokens(c.name());
        if (c.attributeType() == AttributeType.SENSITIVE && c.domain() != anchor.domain()
                && tokens.stream().anyMatch(rules.fineWords()::contains) && anchor.domain() == Domain.OFFENCE) {
            return c.withType(c.attributeType(), c.infoType(), anchor.domain(), c.protectedAttribute(),
                "a fine of an offence: " + anchor.domain());
        }
        boolean harmless = c.attributeType() == AttributeType.INSENSITIVE && c.domain() == null
            && !"DATE".equals(c.infoType()) && !Classifier.FREE_TEXT.equals(c.infoType());
        if (!harmless) {
            return c;
        }
        boolean step = tokens.stream().anyMatch(rules.stepWords()::contains);
        boolean decisions = rules.decisionRule() >= 0 && ev.sampled >= 10
            && ev.matchShare(rules.decisionRule()) >= 0.8;
        if (!step && !decisions) {
            return c;
        }
        return c.withType(anchor.attributeType(), anchor.infoType(), anchor.domain(), anchor.protectedAttribute(),
            "a step of the procedure of column " + anchor.name() + " (" + anchor.infoType() + ")");
    }
}
