package fr.vigie.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Keeps a bounded, deterministic sample of the non-null values of each column while rows stream
 * past. The first {@code sampleSize} non-null values are kept; after that, reservoir sampling with a
 * fixed seed keeps a uniform sample of the whole column, so the same file always gives the same
 * sample. Blank cells count as null. Beside the columns, a smaller uniform sample of whole rows
 * ({@code rowSampleSize}) keeps what the columns apart lose: which values go together on a row (an age
 * the same for each area over every month). Not thread-safe: one sampler per stream of rows.
 */
public final class ColumnSampler {
    private static final long SEED = 0x5EEDC1A55L;
    private static final long ROW_SEED = 0x5EED0A0L;

    private final List<String> header;
    private final int sampleSize;
    private final List<List<String>> samples;
    private final long[] nonNull;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final int rowSampleSize;
    private final List<List<String>> rowSample;
    // Its own draws: the column samples stay what they were with or without rows kept.
    private final SplittableRandom rowRandom = new SplittableRandom(ROW_SEED);
    private long rows;

    /** A sampler for the columns named in {@code header}, keeping up to {@code sampleSize} values each and no rows. */
    public ColumnSampler(List<String> header, int sampleSize) {
        this(header, sampleSize, 0);
    }

    /**
     * A sampler for the columns named in {@code header}, keeping up to {@code sampleSize} values each and a uniform
     * sample of up to {@code rowSampleSize} whole rows.
     */
    public ColumnSampler(List<String> header, int sampleSize, int rowSampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be at least 1");
        }
        if (rowSampleSize < 0) {
            throw new IllegalArgumentException("row sample size must not be negative");
        }
        this.header = List.copyOf(header);
        this.sampleSize = sampleSize;
        this.rowSampleSize = rowSampleSize;
        this.rowSample = new ArrayList<>(Math.min(rowSampleSize, 1024));
        this.samples = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            samples.add(new ArrayList<>(Math.min(sampleSize, 1024)));
        }
        this.nonNull = new long[header.size()];
    }

    /**
     * Whether a cell only says that the value is missing ("-", "n/a", "NULL", "#N/A", and the French and English
     * marks of an unanswered field "NA", "NR" (non renseigné), "n/d", "N.D." (non disponible)): such marks would make
     * a column of keys look repeated, a column of codes look like another code list and a profile look like free
     * categories. "ND" alone stays a value: it is a mark of statistical secrecy in tables of areas.
     */
    static boolean isMissingMarker(String value) {
        String v = value.strip();
        return switch (v.length()) {
            case 1 -> v.charAt(0) == '-' || v.charAt(0) == '—' || v.charAt(0) == '–';
            case 2 -> v.equals("--") || v.equalsIgnoreCase("na") || v.equalsIgnoreCase("nr");
            case 3 -> v.equalsIgnoreCase("n/a") || v.equalsIgnoreCase("n/d") || v.equalsIgnoreCase("n/r");
            case 4 -> v.equalsIgnoreCase("null") || v.equalsIgnoreCase("#n/a") || v.equalsIgnoreCase("n.d.")
                || v.equalsIgnoreCase("n.r.");
            default -> false;
        };
    }

    /** Takes one row; cells beyond the header are ignored, missing cells are null. */
    public void accept(String[] row) {
        rows++;
        int n = Math.min(row.length, header.size());
        for (int i = 0; i < n; i++) {
            // A zero-width space or Excel's text prefix is no part of what was typed (SpreadsheetCells).
            String value = SpreadsheetCells.value(row[i]);
            if (value == null || value.isBlank() || isMissingMarker(value)) {
                continue;
            }
            long seen = ++nonNull[i];
            List<String> sample = samples.get(i);
            if (seen <= sampleSize) {
                sample.add(value);
            } else {
                long slot = random.nextLong(seen);
                if (slot < sampleSize) {
                    sample.set((int) slot, value);
                }
            }
        }
        if (rows <= rowSampleSize) {
            rowSample.add(copy(row));
        } else if (rowSampleSize > 0) {
            long slot = rowRandom.nextLong(rows);
            if (slot < rowSampleSize) {
                rowSample.set((int) slot, copy(row));
            }
        }
    }

    /** The row's cells in header order, blanks and missing marks as null (the caller may reuse its array). */
    private List<String> copy(String[] row) {
        String[] cells = new String[header.size()];
        int n = Math.min(row.length, cells.length);
        for (int i = 0; i < n; i++) {
            String value = SpreadsheetCells.value(row[i]);
            cells[i] = value == null || value.isBlank() || isMissingMarker(value) ? null : value;
        }
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /** The sampled rows (read-only), cells in header order, null where blank or missing; empty when none are kept. */
    public List<List<String>> rowSample() {
        return Collections.unmodifiableList(rowSample);
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    public int sampleSize() {
        return sampleSize;
    }

    /** Rows seen so far. */
    public long rows() {
        return rows;
    }

    /** Non-null values seen so far in column {@code index}. */
    public long nonNullCount(int index) {
        return nonNull[index];
    }

    /** The sampled values of column {@code index} (read-only view). */
    public List<String> sample(int index) {
        return Collections.unmodifiableList(samples.get(index));
    }

    @Override
    public String toString() {
        // Column names and counts only: never the sampled values.
        return "ColumnSampler" + header + " rows=" + rows + " nonNull=" + Arrays.toString(nonNull);
    }
}
