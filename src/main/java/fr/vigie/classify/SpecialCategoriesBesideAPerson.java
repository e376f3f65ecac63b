package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The doubt a person's name casts on a special category in a file about organisations or places (section
 * {@code dataSubject.specialCategories}). There, a diagnosis, a disability, a religion or a union is the organisation's
 * own (a health centre's specialities, a place of worship, a union's local office) and is not personal data; but when
 * another column names a person (a contact, a president, a resident), it may be that person's: a practice's directory
 * with the contact's pathology, a club's list with its members' disabilities. Such a column is held for review
 * (SENSITIVE, its family's domain, confidence under 0.6, reviewNeeded) instead of being let through; the file stays
 * what it is (its other columns, its personal-data figure, keep their reading).
 */
final class SpecialCategoriesBesideAPerson {
    private final Rules rules;

    SpecialCategoriesBesideAPerson(Rules rules) {
        this.rules = rules;
    }

    /**
     * The specialCategories section.
     *
     * @param infoTypes       the info types of the special-category families (health, disability, religion, union,
     *                        politics, sexual orientation, offence, origin); each must be SENSITIVE
     * @param personInfoTypes the info types of a column naming a person (a first name, a surname, a contact's name)
     * @param confidence      the confidence of a held column (under 0.6)
     */
    record Rules(Set<String> infoTypes, Set<String> personInfoTypes, double confidence) {

        /** No section: a special category of an organisation or place file is never held. */
        static Rules none() {
            return new Rules(Set.of(), Set.of(), 0.45);
        }

        static Rules read(ConfigNode node, Map<String, Category> known) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("infoTypes", "personInfoTypes", "confidence");
            Set<String> families = infoTypes(node.require("infoTypes"), known);
            for (ConfigNode item : node.get("infoTypes").items()) {
                if (known.get(item.asString()).attributeType() != AttributeType.SENSITIVE) {
                    throw item.error("info type '" + item.asString() + "' is not SENSITIVE: no special category");
                }
            }
            return new Rules(families, infoTypes(node.require("personInfoTypes"), known),
                node.number("confidence", 0.45, 0, 0.59));
        }

        private static Set<String> infoTypes(ConfigNode list, Map<String, Category> known) {
            Set<String> out = new LinkedHashSet<>();
            for (ConfigNode item : list.items()) {
                if (!known.containsKey(item.asString())) {
                    throw item.error("unknown info type '" + item.asString() + "' (declare it under infoTypes)");
                }
                out.add(item.asString());
            }
            return Set.copyOf(out);
        }
    }

    /** The name of the first column naming a person, or null. */
    String personColumn(List<ColumnClassification> columns) {
        for (ColumnClassification c : columns) {
            if (c.infoType() != null && rules.personInfoTypes().contains(c.infoType())) {
                return c.name();
            }
        }
        return null;
    }

    /** Whether the column is of a special-category family, which a person named beside it puts in doubt. */
    boolean inDoubt(ColumnClassification c, String person) {
        return person != null && !person.equals(c.name()) && c.infoType() != null
            && rules.infoTypes().contains(c.infoType());
    }

    /** Whether free text beside a column naming a person holds a special category, which may be that person's. */
    boolean inDoubt(Set<String> textFinds, String person) {
        return person != null && textFinds.stream().anyMatch(rules.infoTypes()::contains);
    }

    /** The column held for review: SENSITIVE with its family's domain, under 0.6, reviewNeeded, and why. */
    ColumnClassification hold(ColumnClassification c, String person, DataSubject subject) {
        String rows = subject.name().toLowerCase(Locale.ROOT) + "s";
        return new ColumnClassification(c.name(), AttributeType.SENSITIVE, c.infoType(), c.domain(),
            c.protectedAttribute(), rules.confidence(), c.evidence().withNote("rows are " + rows + ", but column "
                + person + " names a person: " + c.infoType() + " here may be that person's (a special category), not"
                + " the organisation's own; held as SENSITIVE until someone decides (pin the column in the job file,"
                + " e.g. columns: {\"" + c.name() + "\": {attributeType: INSENSITIVE}} with the reason)"),
            c.pinnedBy(), true);
    }
}
