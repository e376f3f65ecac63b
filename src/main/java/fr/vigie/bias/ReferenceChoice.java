package fr.vigie.bias;

/** How the reference group of a comparison was chosen. */
public enum ReferenceChoice {
    /** Named in the job. */
    DECLARED,
    /** The largest group with enough data (the default). */
    LARGEST,
    /** An external reference population (census shares), for representation checks. */
    POPULATION
}
