/**
 * Deterministic synthetic department datasets (social aid, health prevention, water billing...)
 * for demos, tests and benchmarks. Every value is generated: names come from lists of common
 * French names, identifiers (NIR, IBAN) pass their checks but are random, phone numbers come from
 * the blocks ARCEP reserves for fiction, e-mail domains are reserved example domains.
 *
 * <p>Entry point: {@link fr.vigie.sample.SampleData}. Same seed and row count give byte-identical
 * files; rows are generated one at a time, so any size streams in constant memory.
 */
package fr.vigie.sample;
