package fr.vigie.store;

/** Whether an account may sign in now. */
public enum AccountState {
    ACTIVE,
    /** Locked out for a while after too many failed logins. */
    LOCKED,
    /** Disabled by an administrator until enabled again. */
    DISABLED
}
