/**
 * The anonymisation engine: pure Java, written from ARX's published concepts and checked against ARX's
 * results on the Adult data set.
 *
 * <p>Entry points: {@link fr.vigie.anonymise.Policy#load} reads a policy from {@code rules/policies/};
 * {@link fr.vigie.anonymise.Anonymiser#anonymise} applies it to a dictionary-encoded
 * {@link fr.vigie.anonymise.DataTable} given the classification of its columns, and returns an
 * {@link fr.vigie.anonymise.Anonymisation}: released header and rows, and the
 * {@link fr.vigie.anonymise.AnonymisationReport}. What the policy declares for a column wins over the
 * classification, and every disagreement is listed in the report. A policy that cannot be met, or that would
 * release a personal column as is without saying so, throws {@link fr.vigie.anonymise.PolicyRefusedException}
 * (exit code 3).
 *
 * <p>Inside: hierarchies ({@link fr.vigie.anonymise.Hierarchy}, ARX CSV files, and the builders of
 * {@link fr.vigie.anonymise.Hierarchies}); privacy models ({@link fr.vigie.anonymise.PrivacyModel});
 * a full-domain generalisation search over the lattice of levels, optimal with monotonicity pruning, a
 * lower bound of the quality model and roll-up of equivalence classes, best effort on huge lattices or
 * when the time budget runs out, ties broken by a documented rule; quality models
 * ({@link fr.vigie.anonymise.QualityModel}, ARX's definitions and arithmetic); risk measures;
 * pseudonymisation ({@link fr.vigie.anonymise.Pseudonymiser}) and the other column transformations. Nothing
 * here logs, and no message or report holds a value of the data.
 */
package fr.vigie.anonymise;
