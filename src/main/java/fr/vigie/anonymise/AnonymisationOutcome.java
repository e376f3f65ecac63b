package fr.vigie.anonymise;

/**
 * The result of one partner's anonymisation in a run, handed to the export step and the report.
 *
 * @param policyFile the policy's file, relative to the project
 * @param message    why the policy could not be met (REFUSED), else null
 * @param report     what the anonymisation did, or its best attempt when refused
 */
public record AnonymisationOutcome(String partner, String policyFile, Status status, String message,
        AnonymisationReport report) {

    /** Whether the policy was met. */
    public enum Status {
        /** Released rows are ready for the export. */
        OK,
        /** No transformation meets the policy: nothing is exported (exit code 3). */
        REFUSED
    }
}
