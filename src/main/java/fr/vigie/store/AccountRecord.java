package fr.vigie.store;

import fr.vigie.model.Role;
import java.time.Instant;

/**
 * A user account as the store keeps it.
 *
 * @param partner the partner id a {@link Role#PARTNER} account is tied to; null for other roles
 * @param passwordHash the BCrypt hash for {@link AccountLogin#PASSWORD} accounts; null otherwise
 * @param failedLogins consecutive failed logins since the last success
 * @param lockedUntil the end of a lock-out after too many failures, or null
 */
public record AccountRecord(String name, Role role, String partner, AccountLogin login, String passwordHash,
        boolean enabled, int failedLogins, Instant lockedUntil, Instant createdAt, Instant passwordChangedAt,
        Instant lastLoginAt) {

    /** Whether a lock-out is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Disabled wins over locked: unlocking a disabled account does not let it in. */
    public AccountState stateAt(Instant now) {
        return !enabled ? AccountState.DISABLED : lockedAt(now) ? AccountState.LOCKED : AccountState.ACTIVE;
    }
}
