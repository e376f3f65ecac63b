package fr.vigie.anonymise;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;

/**
 * No transformation meets the policy's privacy models within its suppression limit (exit code 3). The
 * message says which constraint failed and the best achievable values; {@link #report()} describes the best
 * attempt (the most general transformation). Neither holds a value of the data.
 */
public class PolicyRefusedException extends VigieException {
    private static final long serialVersionUID = 1L;
    private final transient AnonymisationReport report;

    public PolicyRefusedException(String message, AnonymisationReport report) {
        super(ExitCode.REFUSED_BY_POLICY, message);
        this.report = report;
    }

    /** The report of the best attempt. */
    public AnonymisationReport report() {
        return report;
    }
}
