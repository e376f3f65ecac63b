/**
 * {@code vigie bench}: each stage's benchmark and the end-to-end one, printing figures with a baseline
 * measured in the same run. Outside the stages: the pipeline never loads it.
 */
package fr.vigie.bench;
