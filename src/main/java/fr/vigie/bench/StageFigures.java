package fr.vigie.bench;

/**
 * One measured line of a benchmark: a stage (or a baseline) over some rows.
 *
 * @param key           stable machine name ({@code ingest}, {@code baseline.csvParse}...)
 * @param label         what was measured, for people
 * @param rows          rows processed
 * @param bytes         bytes read (for MB/s), or 0 when a rate in bytes means nothing here
 * @param seconds       elapsed time
 * @param cpuSeconds    process CPU time over the same span (all threads), or -1 when not measured
 * @param peakHeapBytes peak heap during the span (pools' peaks since a reset), or -1 when not measured
 * @param peakOldGenBytes peak of the old generation during the span (flat while streaming), or -1
 */
record StageFigures(String key, String label, long rows, long bytes, double seconds, double cpuSeconds,
        long peakHeapBytes, long peakOldGenBytes) {

    /** A line without an old-generation figure. */
    public StageFigures(String key, String label, long rows, long bytes, double seconds, double cpuSeconds,
            long peakHeapBytes) {
        this(key, label, rows, bytes, seconds, cpuSeconds, peakHeapBytes, -1);
    }

    public double rowsPerSecond() {
        return rows / seconds;
    }

    /** Megabytes (10^6 bytes) per second, or NaN when {@link #bytes()} is 0. */
    public double megabytesPerSecond() {
        return bytes == 0 ? Double.NaN : bytes / 1e6 / seconds;
    }
}
