package fr.vigie.ingest;

/**
 * Limits that keep a hostile document (zip bomb, deep nesting, huge file) from exhausting memory or
 * the stack. Every path that reads a document (a {@code format: document} job, {@code vigie classify
 * FILE}) applies the same ones, and the container checks run before any parser builds a tree.
 *
 * @param maxChars most characters of text extracted; the rest is cut (see {@link DocumentText#truncated()})
 * @param maxFileBytes largest file accepted at all
 * @param maxDepth deepest XML/element nesting accepted
 * @param maxPackageEntryDepth deepest nesting of embedded documents (a document in a document...)
 * @param maxCompressionRatio highest ratio of expanded to compressed size of a part before it counts as a zip bomb
 * @param maxExpandedBytes most bytes the parts of a document package (DOCX, ODT...) may expand to, together
 * @param maxEntries most parts a document package may hold
 */
public record DocumentLimits(int maxChars, long maxFileBytes, int maxDepth, int maxPackageEntryDepth,
                             long maxCompressionRatio, long maxExpandedBytes, int maxEntries) {

    /**
     * 10 million characters, 200 MB files, depth 100, 3 levels of embedding, ratio 100, 256 MB expanded,
     * 10,000 parts.
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(10_000_000, 200L * 1024 * 1024, 100, 3, 100, 256L * 1024 * 1024, 10_000);
    }

    public DocumentLimits withMaxChars(int value) {
        return new DocumentLimits(value, maxFileBytes, maxDepth, maxPackageEntryDepth, maxCompressionRatio,
                maxExpandedBytes, maxEntries);
    }

    public DocumentLimits withMaxFileBytes(long value) {
        return new DocumentLimits(maxChars, value, maxDepth, maxPackageEntryDepth, maxCompressionRatio,
                maxExpandedBytes, maxEntries);
    }

    public DocumentLimits withMaxDepth(int value) {
        return new DocumentLimits(maxChars, maxFileBytes, value, maxPackageEntryDepth, maxCompressionRatio,
                maxExpandedBytes, maxEntries);
    }

    public DocumentLimits withMaxCompressionRatio(long value) {
        return new DocumentLimits(maxChars, maxFileBytes, maxDepth, maxPackageEntryDepth, value,
                maxExpandedBytes, maxEntries);
    }

    public DocumentLimits withMaxExpandedBytes(long value) {
        return new DocumentLimits(maxChars, maxFileBytes, maxDepth, maxPackageEntryDepth, maxCompressionRatio,
                value, maxEntries);
    }
}
