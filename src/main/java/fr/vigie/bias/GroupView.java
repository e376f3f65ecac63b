package fr.vigie.bias;

/** Which view of a protected attribute a group (or a finding on it) belongs to. */
public enum GroupView {
    /** The data's own values, with their labels as written (spellings of one coded category merged). */
    VALUE,
    /** An extra view grouping several values (France / EU / non-EU; age bands computed from ages). */
    ROLLUP,
    /** A group of two attributes at once (sex × nationality). */
    INTERSECTION
}
