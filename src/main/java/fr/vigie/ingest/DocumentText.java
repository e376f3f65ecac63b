package fr.vigie.ingest;

/**
 * Text extracted from a document.
 *
 * @param text the text (holds personal data: never log it)
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param truncated whether {@link DocumentLimits#maxChars()} cut the text
 */
public record DocumentText(String text, String mediaType, boolean truncated) {
    @Override
    public String toString() {
        return "DocumentText[mediaType=" + mediaType + ", chars=" + text.length() + ", truncated=" + truncated + "]";
    }
}
