/**
 * The DPO's review of export packages: approval or rejection recorded in the store, the package verified and
 * released to the partner's outbox with a signed release statement.
 */
package fr.vigie.review;
