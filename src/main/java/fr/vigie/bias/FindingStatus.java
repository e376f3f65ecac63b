package fr.vigie.bias;

/** Whether a check could be evaluated. */
public enum FindingStatus {
    EVALUATED,
    /** The group (or its reference) is below the minimum size: never a pass, nothing can be concluded. */
    INSUFFICIENT_DATA
}
