package fr.vigie.export;

/**
 * The type of an exported column, named as in the Frictionless Table Schema. Anonymised values are
 * often generalised into text ("1980-1989", "34***"), so {@link #STRING} is the usual choice; the
 * typed ones are for columns the caller knows hold plain values.
 */
public enum FieldType {
    STRING("string"),
    /** Whole numbers, written to Parquet as INT64. */
    INTEGER("integer"),
    /** Decimal numbers, written to Parquet as DOUBLE. */
    NUMBER("number"),
    /** ISO-8601 dates (yyyy-MM-dd), written to Parquet as DATE (INT32). */
    DATE("date"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean");

    private final String frictionless;

    FieldType(String frictionless) {
        this.frictionless = frictionless;
    }

    /** The Table Schema type name. */
    public String frictionlessName() {
        return frictionless;
    }

    /** The type for a Table Schema name; unknown names are {@link #STRING}. */
    public static FieldType fromFrictionless(String name) {
        for (FieldType type : values()) {
            if (type.frictionless.equals(name)) {
                return type;
            }
        }
        return STRING;
    }
}
