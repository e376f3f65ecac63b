package fr.vigie.store;

/** How an account proves who it is. */
public enum AccountLogin {
    /** A password, kept as a BCrypt hash. */
    PASSWORD,
    /** The operating-system user of the same name (CLI only: no password, never the web console). */
    OS_USER
}
