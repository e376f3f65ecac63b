package fr.vigie.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Vigie's users. Each account has exactly one; what it may do is fixed here, checked on
 * the server for every page and action, and by the review workflow itself.
 */
public enum Role {
    /** The data-protection officer: decides on exports (law 10: the final decision stays human). */
    DPO(EnumSet.of(Permission.VIEW_EXPORTS, Permission.DECIDE_EXPORTS, Permission.VIEW_RUNS, Permission.VIEW_AUDIT,
            Permission.VIEW_JOBS)),
    /** A data engineer: watches runs, reports and jobs; never decides on an export. */
    ENGINEER(EnumSet.of(Permission.VIEW_RUNS, Permission.VIEW_AUDIT, Permission.VIEW_JOBS)),
    /** An auditor: reads everything the DPO reads, decides nothing. */
    AUDITOR(EnumSet.of(Permission.VIEW_EXPORTS, Permission.VIEW_RUNS, Permission.VIEW_AUDIT, Permission.VIEW_JOBS)),
    /** A partner city: only the packages released to it. */
    PARTNER(EnumSet.of(Permission.DOWNLOAD_OWN_RELEASES));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
