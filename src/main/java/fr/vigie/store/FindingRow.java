package fr.vigie.store;

/** One bias finding of a run, flattened for the database. */
public record FindingRow(String findingId, String check, String attribute, String group, String referenceGroup,
        String metric, Double value, Double pValue, Double qValue, String severity, String message) {
}
