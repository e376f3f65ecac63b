/**
 * Export packages for partner cities: the anonymised table (Parquet and/or CSV), a Frictionless
 * Data Package manifest with the checksum of every data file and the guarantees achieved, and an
 * Ed25519 signature of that manifest. Packages are written atomically and verified file by file.
 *
 * <p>Pure Java: the review workflow (PENDING_REVIEW, approval, outbox) lives in the store; this
 * package only writes, signs and verifies folders.
 */
package fr.vigie.export;
