package fr.vigie.identity;

/** How a user proved who they are; recorded with every decision. */
public enum LoginMethod {
    /** A local account's password. */
    PASSWORD,
    /** The city's OpenID Connect identity provider. */
    OIDC,
    /** The operating-system user running the command, mapped to a role by an OS_USER account. */
    OS_USER
}
