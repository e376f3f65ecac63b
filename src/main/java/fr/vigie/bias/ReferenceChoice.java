package fr.vigie.bias;

/** How the reference group of a comparison was chosen. */
public enum ReferenceChoice {
    /** Named in the job. */
    DECLARED,
    /**
     * The most favoured group with enough data (the default, as Aequitas and AIF360 frame disparate
     * impact): a ratio below 1 always means the group compared is disadvantaged. A group is taken as
     * more favoured than the largest one only when its rate is significantly higher (Bonferroni over
     * every pair of groups), so that a small lucky group is never the yardstick.
     */
    MOST_FAVOURED,
    /** The largest group: when there is no outcome to be favoured by. */
    LARGEST,
    /** An external reference population (census shares), for representation checks. */
    POPULATION
}
