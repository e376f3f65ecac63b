package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides what an unknown column of a file about persons is held as, by its value profile. Codes different on every
 * row, a household's key, lettered keys, codes of digit groups and whole numbers of one width (a phone in its national
 * form whose country the file does not tell, an account, a file number: no count or amount keeps one width) are held as
 * {@code personNumber}. Any other unknown column of codes or categories (a few different values) may be a special
 * category written in codes ("PH010" 1-5, "Statut", a reason in a language no dictionary holds: "cukrzyca"): it is
 * held as {@code held} (SENSITIVE) in coded microdata, as {@code categories} in a file whose columns the rules
 * understand, and as part of the matter in the file of a sensitive matter. Numbers under a name that says nothing are
 * held whatever their spread; whole numbers spread like ages are held as an age. Values every one of which has a
 * shape known to be harmless ({@link HarmlessShapes}: measures with a decimal part, dates and times, answers that
 * reveal nothing) are not held.
 */
final class HeldValueProfiles {
    private final FailClosed.Rules rules;
    private final Predicate<String> namesACount;

    /** Holds with {@code rules}; {@code namesACount} tells a name that says what its numbers count ("Voix 1", "nb_2"). */
    HeldValueProfiles(FailClosed.Rules rules, Predicate<String> namesACount) {
        this.rules = rules;
        this.namesACount = namesACount;
    }

    /**
     * An unknown column of codes or categories held for review: in the file of a sensitive matter, as part of
     * it (whatever its number of values: hours served, a measure); in a file mostly unknown, as {@code held};
     * in a file the rules understand, as {@code categories}; unless every value has a harmless shape.
     */
    ColumnClassification held(ColumnClassification c, ColumnEvidence ev, ColumnClassification matter,
            boolean understood, Set<Domain> domains, boolean ageKnown, Domain survey, boolean paid) {
        if (understood && IdentifierShapes.uniqueCodes(ev, rules.minSample())) {
            return guess(c, rules.personNumber(), "a code different on every row (" + ev.distinct + " of " + ev.sampled
                + " sampled values) under a name no rule knows, in a file about persons: may be a national number whose"
                + " check the rules do not know, or the person's file number; held as "
                + rules.personNumber().infoType() + " until someone decides (pin the column in the job file)");
        }
        if (IdentifierShapes.shortFixedCodes(ev, rules.minSample())) {
            return guess(c, rules.personNumber(), "codes of capitals and digits all of one length, different on every row ("
                + ev.distinct + " of " + ev.sampled + " sampled values), in a file about persons: a personal code of a"
                + " national scheme whose check the rules do not know, or the person's file number; held as "
                + rules.personNumber().infoType() + " until someone decides (pin the column in the job file)");
        }
        if (understood && IdentifierShapes.householdKeys(ev, rules.minSample())) {
            return guess(c, rules.personNumber(), "a long code shared by only a few rows each (" + ev.distinct + " of "
                + ev.sampled + " sampled values) under a name no rule knows, in a file about persons: may be the key of a"
                + " household or a case gathering its members; held as " + rules.personNumber().infoType()
                + " until someone decides (pin the column in the job file)");
        }
        // Codes of a letter and three digits spread as no diagnoses are (a member's B270, a room's A202): not ICD-10
        // codes, but a key or a locator of the person, whatever the file's other columns.
        if (ev.letteredKeys && rules.personNumber() != null) {
            return guess(c, rules.personNumber(), "codes of a letter and three digits (" + ev.distinct + " different of "
                + ev.sampled + " sampled values, few letters, none frequent), in a file about persons: diagnoses repeat a"
                + " few frequent codes, a member's number or a room does not; held as " + rules.personNumber().infoType()
                + " until someone decides (pin the column in the job file)");
        }
        // Whatever the file's other columns: a coded file the rules mostly do not read holds its persons' certificates
        // as much as any other.
        if (IdentifierShapes.digitGroupCodes(ev, rules.minSample())) {
            return guess(c, rules.personNumber(), "a code of digits in groups different on nearly every row (" + ev.distinct
                + " of " + ev.sampled + " sampled values), no date, time, range or amount, in a file about persons: a"
                + " certificate's, a card's or a file's number; held as " + rules.personNumber().infoType()
                + " until someone decides (pin the column in the job file)");
        }
        if (IdentifierShapes.fixedWidthNumbers(ev, rules.minSample())) {
            return guess(c, rules.personNumber(), "whole numbers all " + IdentifierShapes.digitsOf(ev.distinctCounts.keySet().iterator().next()
                .strip()).length() + " digits long (" + ev.distinct + " different values) under a name no rule knows, in a file about"
                + " persons: no count or measure keeps one width, a phone in its national form, an account or a file"
                + " number does; held as " + rules.personNumber().infoType() + " until someone decides (pin the column in"
                + " the job file)");
        }
        if (ev.distinct < 2) {
            return c;
        }
        if (ev.anyDenied() && matter == null) {
            // The name said what the column is and the values deny it: whatever it is, nothing explains it, and many
            // different values do not clear it ("Lön" of salaries); values of a harmless shape (months, times) do.
            Category heldAs = understood ? rules.categories() : rules.held();
            boolean harmless = rules.harmless().explainAll(c.name(), rules.opaque(c.name()), ev.distinctCounts, domains);
            return heldAs == null || harmless ? c : guess(c, heldAs, "the name reads as a type its values deny, and no rule explains"
                + " the values, in a file about persons: held as " + heldAs.attributeType() + " until someone decides"
                + " (pin the column in the job file)");
        }
        if (heldOfList(c, ev, understood)) {
            // In the file of a sensitive matter the list is part of it, as any other column held there.
            Category heldAs = matter != null ? new Category(null, rules.held().attributeType(), matter.domain(), null)
                : understood ? rules.categories() : rules.held();
            return guess(c, heldAs, "a list under a name of its family (documents, waste, pests, pets), one part of which"
                + " at least is no term of the list that tells nothing (a medical certificate says why the request was"
                + " made, care waste a treatment, an assistance dog a disability), in a file about persons: held as " + heldAs.attributeType() + " until someone decides (pin the"
                + " column in the job file)");
        }
        // Numbers under a name that says nothing are held whatever their spread: nothing tells what they measure (a
        // family quotient, an income, a disability rate), unless they are years (when, not how much).
        boolean opaqueNumbers = rules.number() != null && rules.opaque(c.name()) && !namesACount.test(c.name())
            && ev.distinctCounts.keySet().stream().allMatch(v -> rules.number().matcher(v).matches())
            && !(CodedMicrodata.allWholeNumbers(ev.distinctCounts)
                && CodedMicrodata.allYears(ev.distinctCounts, Year.now().getValue() + 1));
        // Lists of a few items ("lääkehoito, haavanhoito"): the items are the categories, not their combinations.
        Map<String, Integer> items = FreeTextAndLists.listItems(ev.distinctCounts);
        boolean listOfCategories = items != null && items.size() < ev.distinct && items.size() <= rules.maxDistinct()
            && (double) items.size() / ev.sampled <= rules.maxDistinctRatio() && !FreeTextAndLists.properNouns(ev.distinctCounts);
        Map<String, Integer> profile = listOfCategories ? items : ev.distinctCounts;
        // Words of a script no rule reads: names, addresses and diagnoses look alike, so their number clears nothing.
        boolean unreadWords = FreeTextAndLists.mostlyUnread(ev.distinctCounts);
        // In the file of a sensitive matter, numbers no rule explains are measured on its persons (hours of community
        // service beside a sentence, a dose beside a diagnosis): their spread clears nothing.
        boolean numbersOfTheMatter = matter != null && rules.number() != null
            && ev.distinctCounts.keySet().stream().allMatch(v -> rules.number().matcher(v).matches())
            && !rules.harmless().explainAll(c.name(), rules.opaque(c.name()), ev.distinctCounts, domains);
        if (ev.distinctRatio() > rules.maxDistinctRatio() && !ev.anyDenied() && !opaqueNumbers && !listOfCategories
                && !unreadWords && !numbersOfTheMatter) {
            return c;
        }
        if (matter != null && rules.harmless().explainThingInMatter(c.name(), profile, domains)) {
            return c;
        }
        if (matter != null) {
            return guess(c, new Category(null, rules.held().attributeType(), matter.domain(), null),
                "values that no rule explains, in a file about " + matter.infoType() + " (column " + matter.name()
                    + "): held as its kind until someone decides (pin the column in the job file)");
        }
        OpaqueAge age = rules.age();
        if (age != null && !ageKnown && age.yearsOfAPerson(c.name(), ev.distinctCounts)) {
            return guess(c, age.category(), "whole numbers of years (" + ev.distinct + " different values, none nought)"
                + " under a name counting years, in a file about persons with no age: a person's age or the time since an"
                + " event of their life, not a harmless duration; held as " + age.category().infoType()
                + " until someone decides (pin the column in the job file)");
        }
        if (age != null && !ageKnown && age.adultAges(c.name(), ev.distinctCounts)) {
            return guess(c, age.category(), "whole numbers in the range of adults' ages (" + ev.distinct + " different"
                + " values, none a child's, spread over decades), in a file about persons with no age: read as an age (a"
                + " protected attribute), not a count, which starts at nought; held as " + age.category().infoType()
                + " until someone decides (pin the column in the job file)");
        }
        // More different whole numbers than codes are let through below as counts, unless they could be ages.
        if (age != null && ev.distinct > rules.maxDistinct() && CodedMicrodata.allWholeNumbers(ev.distinctCounts)
                && age.withinAges(ev.distinctCounts) && rules.opaque(c.name())) {
            return guess(c, age.category(), "whole numbers all within 0-" + age.max() + " (" + ev.distinct + " different"
                + " values) under a name that says nothing, in a file about persons: a possible age (a protected"
                + " attribute), not a count; held as " + age.category().infoType() + " until someone decides (pin the column"
                + " in the job file, e.g. columns: {\"" + c.name() + "\": {attributeType: INSENSITIVE}} with the reason)");
        }
        Category heldAs = heldIn(understood ? rules.categories() : rules.held(), survey);
        if (opaqueNumbers && paid && rules.paid().aboveCounts(ev.distinctCounts)) {
            heldAs = heldIn(heldAs, Domain.FINANCIAL);
        }
        // In a file the rules understand, the number of words does not bound the doubt: a list of diagnoses has
        // hundreds. Many different whole numbers are counts or measures (a consumption, trips in a month); among the
        // many unknown columns of coded microdata, the bound keeps measures and identifiers apart.
        boolean tooMany = ev.distinct > rules.maxDistinct() && (!understood || CodedMicrodata.allWholeNumbers(ev.distinctCounts))
            && !opaqueNumbers && !listOfCategories && !unreadWords;
        if (heldAs == null || tooMany || rules.harmless().explainAll(c.name(), rules.opaque(c.name()), profile, domains)) {
            return c;
        }
        if (opaqueNumbers && (ev.distinctRatio() > rules.maxDistinctRatio() || ev.distinct > rules.maxDistinct())) {
            return guess(c, heldAs, "numbers (" + ev.distinct + " different values) under a name that says nothing, in a"
                + " file about persons: an amount, an income, a quotient or a rate may be financial or health data, and no"
                + " value says what they measure; held as " + heldAs.attributeType() + " until someone decides (pin the"
                + " column in the job file, e.g. columns: {\"" + c.name() + "\": {attributeType: INSENSITIVE}} with the"
                + " reason)");
        }
        if (unreadWords) {
            return guess(c, heldAs, "words in a script no rule reads (" + ev.distinct + " different values), in a file"
                + " about persons: names, addresses and diagnoses look alike to the rules, however many their values;"
                + " held as " + heldAs.attributeType() + " until someone decides (pin the column in the job file)");
        }
        return guess(c, heldAs, "codes or categories that no rule explains (" + (listOfCategories ? items.size()
            + " different items in lists of them" : ev.distinct + " different values") + ", repeated),"
            + " in a file about persons" + (understood ? "" : " whose columns the rules mostly do not recognise")
            + ": a reason, a status or a code in words or numbers no list holds may be a special category (health,"
            + " beliefs, offences); held as " + heldAs.attributeType() + " until someone decides (pin the column in the"
            + " job file, e.g. columns: {\"" + c.name() + "\": {attributeType: INSENSITIVE}} with the reason)");
    }

    /** Whether an unknown column is a list named as documents that the list of harmless documents refuses. */
    private boolean heldOfList(ColumnClassification c, ColumnEvidence ev, boolean understood) {
        Category heldAs = understood ? rules.categories() : rules.held();
        return heldAs != null && ev.sampled > 0
            && rules.harmless().namedListRefused(c.name(), rules.opaque(c.name()), ev.distinctCounts);
    }

    /** The category a column is held as: the survey's matter given to a sensitive one that has no domain. */
    private static Category heldIn(Category heldAs, Domain survey) {
        if (heldAs == null || survey == null || heldAs.domain() != null
                || heldAs.attributeType() != AttributeType.SENSITIVE) {
            return heldAs;
        }
        return new Category(heldAs.infoType(), heldAs.attributeType(), survey, heldAs.protectedAttribute());
    }

    private ColumnClassification guess(ColumnClassification c, Category category, String note) {
        return FailClosed.guess(c, category, rules.confidence(), note);
    }
}
