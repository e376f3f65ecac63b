package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.Objects;

/**
 * A column of the dataset that carries a protected attribute, as found by the classification or
 * declared in the job.
 *
 * @param column    the column name, as in the header
 * @param attribute what the column tells about a person
 */
public record ProtectedColumn(String column, ProtectedAttribute attribute) {
    public ProtectedColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(attribute, "attribute");
    }
}
