package fr.vigie.ingest;

/**
 * Limits that keep a hostile document (zip bomb, deep nesting, huge file) from exhausting memory.
 *
 * @param maxChars most characters of text extracted; the rest is cut (see {@link DocumentText#truncated()})
 * @param maxFileBytes largest file accepted at all
 * @param maxDepth deepest XML/element nesting accepted
 * @param maxPackageEntryDepth deepest nesting of embedded documents (a document in a document...)
 * @param maxCompressionRatio highest ratio of extracted to compressed size before it counts as a zip bomb
 */
public record DocumentLimits(int maxChars, long maxFileBytes, int maxDepth, int maxPackageEntryDepth,
                             long maxCompressionRatio) {

    /** 10 million characters, 200 MB files, depth 100, 3 levels of embedding, ratio 100. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(10_000_000, 200L * 1024 * 1024, 100, 3, 100);
    }

    public DocumentLimits withMaxChars(int value) {
        return new DocumentLimits(value, maxFileBytes, maxDepth, maxPackageEntryDepth, maxCompressionRatio);
    }

    public DocumentLimits withMaxFileBytes(long value) {
        return new DocumentLimits(maxChars, value, maxDepth, maxPackageEntryDepth, maxCompressionRatio);
    }

    public DocumentLimits withMaxDepth(int value) {
        return new DocumentLimits(maxChars, maxFileBytes, value, maxPackageEntryDepth, maxCompressionRatio);
    }

    public DocumentLimits withMaxCompressionRatio(long value) {
        return new DocumentLimits(maxChars, maxFileBytes, maxDepth, maxPackageEntryDepth, value);
    }
}
