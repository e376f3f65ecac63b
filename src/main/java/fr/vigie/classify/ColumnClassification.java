package fr.vigie.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;

/**
 * The classification of one column (the {@code columns[]} items of the {@code vigie classify} contract).
 *
 * @param confidence between 0 and 1, two decimals
 * @param pinnedBy   the job file that pinned (part of) this classification, or null
 */
public record ColumnClassification(
        String name,
        AttributeType attributeType,
        String infoType,
        Domain domain,
        ProtectedAttribute protectedAttribute,
        double confidence,
        Evidence evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String pinnedBy) {

    /** True for direct and indirect identifiers. */
    @JsonIgnore
    public boolean isPersonal() {
        return attributeType == AttributeType.IDENTIFYING || attributeType == AttributeType.QUASI_IDENTIFYING;
    }
}
