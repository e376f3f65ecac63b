/**
 * The shared vocabulary of the pipeline stages: enums used in every contract (attribute types,
 * domains, protected attributes), exit codes and the user-facing exceptions. Depends on nothing.
 */
package fr.vigie.model;
