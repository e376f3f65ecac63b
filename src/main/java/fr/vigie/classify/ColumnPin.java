package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;

/**
 * A classification a job file imposes on one column. Each null field is left to the classifier;
 * each non-null field replaces what the classifier found.
 *
 * @param pinnedBy who pinned it, usually the job file path; shown in the result
 */
public record ColumnPin(AttributeType attributeType, String infoType, Domain domain,
        ProtectedAttribute protectedAttribute, String pinnedBy) {

    /** True when this pin sets at least one field. */
    public boolean pinsAnything() {
        return attributeType != null || infoType != null || domain != null || protectedAttribute != null;
    }
}
