package fr.vigie.identity;

/** Why a sign-in was refused. The user is told only that it failed (or that the account is locked). */
public enum LoginFailure {
    UNKNOWN_USER,
    BAD_PASSWORD,
    /** Too many failures: refused until the lock-out ends, even with the right password. */
    LOCKED,
    DISABLED,
    /** The account signs in another way (an OS_USER account has no password). */
    WRONG_METHOD
}
