package fr.vigie.store;

import java.util.List;

/** The result of checking the audit chain: the problems found, each naming the entry. */
public record AuditVerification(long entries, List<String> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }
}
