package fr.vigie.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of checking the audit chain against itself and against the signed checkpoints.
 *
 * @param entries     the number of entries in the log
 * @param problems    what is wrong, each naming the entry (or the checkpoint) concerned
 * @param lastEntry   the sequence number of the last entry (0 for an empty log)
 * @param vouchedUpTo the last entry a valid signed checkpoint vouches for, entries 1 to it included (0: none)
 * @param latest      the latest signed checkpoint that matches the log, or null
 */
public record AuditVerification(long entries, List<String> problems, long lastEntry, long vouchedUpTo,
        AuditCheckpoint latest) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first entry Vigie can no longer vouch for when the log is not intact; else 0. */
    public long untrustedFrom() {
        return intact() ? 0 : vouchedUpTo + 1;
    }

    /** The same result with more problems (about checkpoint files, found by whoever read them). */
    public AuditVerification withProblems(List<String> more) {
        List<String> all = new ArrayList<>(more);
        all.addAll(problems);
        return new AuditVerification(entries, all, lastEntry, vouchedUpTo, latest);
    }
}
