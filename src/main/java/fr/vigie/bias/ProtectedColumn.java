package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.Objects;

/**
 * A column of the dataset that carries a protected attribute, as declared in the job (or on the
 * command line) or, when the job declares none, as found by the classification.
 *
 * @param column    the column name, as in the header
 * @param attribute what the column tells about a person
 * @param source    who named it
 */
public record ProtectedColumn(String column, ProtectedAttribute attribute, Source source) {
    /** Who named a protected column. */
    public enum Source {
        /** The job's {@code bias.protected}, or {@code --protected}. */
        DECLARED,
        /** The classification, added because the job names none. */
        CLASSIFICATION
    }

    public ProtectedColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(attribute, "attribute");
        source = source == null ? Source.DECLARED : source;
    }

    /** A declared protected column. */
    public ProtectedColumn(String column, ProtectedAttribute attribute) {
        this(column, attribute, Source.DECLARED);
    }
}
