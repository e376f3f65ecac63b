/** The authority's keys in the key folder: the Ed25519 signing key and one pseudonymisation key per partner. */
package fr.vigie.keys;
