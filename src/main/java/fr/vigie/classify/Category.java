package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;

/** What a detector concludes about a column: the four fields of the contract. */
record Category(String infoType, AttributeType attributeType, Domain domain, ProtectedAttribute protectedAttribute) {
}
