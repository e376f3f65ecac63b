package fr.vigie.model;

/** Process exit codes, a contract with the scripts and schedulers that run Vigie. */
public final class ExitCode {
    public static final int OK = 0;
    /** The job ran and failed: the report says why. */
    public static final int FAILED = 1;
    /** Bad usage or bad configuration. */
    public static final int BAD_CONFIGURATION = 2;
    /** Refused by policy, e.g. an anonymisation target not reachable within the suppression limit. */
    public static final int REFUSED_BY_POLICY = 3;

    private ExitCode() {
    }
}
