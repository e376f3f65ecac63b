package fr.vigie.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;

/**
 * The classification of one column (the {@code columns[]} items of the {@code vigie classify} contract).
 *
 * @param confidence   between 0 and 1, two decimals
 * @param pinnedBy     the job file that pinned (part of) this classification, or null
 * @param reviewNeeded the evidence was not enough to decide: classified as a precaution (SENSITIVE; or, in
 *                     a coded file that no name explains, what its value profile suggests: a person's
 *                     number, a birth year, a sex), with a confidence under 0.6, until someone decides (a pin
 *                     in the job file)
 */
public record ColumnClassification(
        String name,
        AttributeType attributeType,
        String infoType,
        Domain domain,
        ProtectedAttribute protectedAttribute,
        double confidence,
        Evidence evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pinnedBy,
        boolean reviewNeeded) {

    /** True for direct and indirect identifiers. */
    @JsonIgnore
    public boolean isPersonal() {
        return attributeType == AttributeType.IDENTIFYING || attributeType == AttributeType.QUASI_IDENTIFYING;
    }

    /** The same column with another type, a remark added to its evidence. */
    ColumnClassification withType(AttributeType type, String info, Domain newDomain, ProtectedAttribute attribute,
            String note) {
        return new ColumnClassification(name, type, info, newDomain, attribute, confidence, evidence.withNote(note),
            pinnedBy, reviewNeeded);
    }

    /** The same classification, explained by {@code rule} (a reading of the dataset context) with a remark. */
    ColumnClassification explainedBy(String rule, String note) {
        return new ColumnClassification(name, attributeType, infoType, domain, protectedAttribute, confidence,
            evidence.decidedBy(rule, note), pinnedBy, reviewNeeded);
    }
}
