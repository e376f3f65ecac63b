/**
 * Who a user is and what a user may do: local accounts (BCrypt passwords, or the operating-system
 * user for the CLI), the lock-out after repeated failures, password rules, the mapping of an OpenID
 * Connect provider's claims to roles, and the audit of every login. Plain Java over the store, free of
 * Spring MVC: the console ({@code fr.vigie.web}) and the CLI both sign users in through
 * {@link fr.vigie.identity.Accounts}.
 */
package fr.vigie.identity;
