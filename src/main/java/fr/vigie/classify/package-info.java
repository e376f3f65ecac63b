/**
 * Classification of columns and documents: which fields identify a person, which are
 * quasi-identifiers, which hold sensitive data (health, financial...) or protected attributes.
 *
 * <p>Pure Java, no Spring. Rules are data ({@code rules/classification.yml} and
 * {@code rules/dictionaries/}), loaded by {@link fr.vigie.classify.ClassificationRules}; the
 * {@link fr.vigie.classify.Classifier} samples rows with a {@link fr.vigie.classify.ColumnSampler}
 * and produces a {@link fr.vigie.classify.ClassificationResult}. No raw value from the data ever
 * leaves this package: results hold counts, ratios and rule names only.
 */
package fr.vigie.classify;
