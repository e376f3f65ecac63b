package fr.vigie.report;

/** How a run ended, as its report and {@code vigie runs} say it (the batch statuses a run can end in). */
public enum RunStatus {
    COMPLETED, FAILED, STOPPED, ABANDONED, STARTING, STARTED, STOPPING, UNKNOWN;

    /** The status of that name, {@link #UNKNOWN} for any other. */
    public static RunStatus of(String name) {
        for (RunStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
