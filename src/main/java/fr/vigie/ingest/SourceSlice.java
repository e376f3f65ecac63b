package fr.vigie.ingest;

/**
 * One range of the records of a file, for reading a file in parts at once: bytes of a CSV file cut at
 * record boundaries ({@link CsvSlices}), or row groups of a Parquet file ({@link ParquetSlices}).
 *
 * @param index     its place among the slices, from 0
 * @param start     the offset of its first byte (CSV) or its first row group (Parquet); -1 for the whole file
 * @param end       the offset after its last byte, or the row group after its last one (-1 with {@code start})
 * @param firstLine the line (CSV) or record (Parquet) its first record starts on, for messages about it
 */
public record SourceSlice(int index, long start, long end, long firstLine) {
    /** The whole file, read by the ordinary reader. */
    public static SourceSlice whole() {
        return new SourceSlice(0, -1, -1, 1);
    }

    /** Whether this slice is the whole file. */
    public boolean isWhole() {
        return start < 0;
    }
}
