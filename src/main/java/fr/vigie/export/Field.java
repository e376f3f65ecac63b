package fr.vigie.export;

import java.util.Objects;

/**
 * One exported column.
 *
 * @param name the column name as the partner will see it
 * @param type its type in the package's table schema
 */
public record Field(String name, FieldType type) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a field name must not be blank");
        }
    }

    /** A text column. */
    public static Field string(String name) {
        return new Field(name, FieldType.STRING);
    }
}
