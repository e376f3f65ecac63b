package fr.vigie.store;

/** One column's classification in a run, flattened for the database; {@code evidence} is JSON without raw values. */
public record ClassificationRow(int position, String columnName, String attributeType, String infoType,
        String domain, String protectedAttribute, double confidence, String pinnedBy, String evidence) {
}
