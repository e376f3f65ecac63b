package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.Objects;

/**
 * What the classification found about one column, as the bias scan needs it.
 *
 * @param name                the column name, as in the header
 * @param identifying         a direct identifier (never scanned as a protected column; still a proxy candidate)
 * @param protectedAttribute  the protected attribute it carries, or null
 */
public record ColumnFacts(String name, boolean identifying, ProtectedAttribute protectedAttribute) {
    public ColumnFacts {
        Objects.requireNonNull(name, "name");
    }
}
