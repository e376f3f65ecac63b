package fr.vigie.anonymise;

import fr.vigie.model.AttributeType;

/**
 * What the classification says about a column; the policy decides its final treatment.
 *
 * @param name          column name, as in the table header
 * @param attributeType ARX attribute type suggested by the classification
 * @param infoType      info type from the classification vocabulary (e.g. {@code POSTAL_CODE}), or null
 */
public record ColumnInfo(String name, AttributeType attributeType, String infoType) {
}
