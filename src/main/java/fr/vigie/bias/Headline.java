package fr.vigie.bias;

/**
 * A line of the scan's summary: the strongest significant disadvantage of one requested protected
 * column, in the order the job lists them.
 *
 * @param attribute the protected attribute
 * @param column    the protected column
 * @param findingId the finding it summarises
 * @param severity  that finding's severity
 * @param messageFr a French sentence naming the column
 * @param messageEn the same in English
 */
public record Headline(String attribute, String column, String findingId, Severity severity, String messageFr,
                       String messageEn) {
}
