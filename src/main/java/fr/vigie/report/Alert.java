package fr.vigie.report;

/**
 * One line of the {@code alerts} section.
 *
 * @param message French, then English; names columns and partners, never a value
 */
public record Alert(Level level, Code code, String message) {

    /** How urgent: HIGH goes to what needs a decision, HIGH and MEDIUM make the run AMBER. */
    public enum Level { HIGH, MEDIUM, LOW, INFO }

    /** What the alert is about. */
    public enum Code {
        HEALTH_FINANCE_CROSSING, DPIA_REQUIRED, PROTECTED_ATTRIBUTES, POLICY_DECISION_REQUIRED, POLICY_NOT_MET,
        POLICY_OVERRIDES_CLASSIFICATION, PERSONAL_DATA_IN_DOCUMENTS, UNREADABLE_DOCUMENTS, ROWS_QUARANTINED
    }
}
