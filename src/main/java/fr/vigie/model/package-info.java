/**
 * The shared vocabulary of the pipeline stages: enums used in every contract (attribute types,
 * domains, protected attributes), exit codes, the user-facing exceptions, and the guards every writer
 * of text applies (spreadsheet formulas in CSV cells, control characters in names). Depends on nothing.
 */
package fr.vigie.model;
