/**
 * The authority's local store: database access through JDBC (runs, classifications, findings,
 * exports, reviews, the hash-chained audit log), Flyway migrations under {@code db/migration}, and
 * the layout of the files kept next to the database.
 */
package fr.vigie.store;
