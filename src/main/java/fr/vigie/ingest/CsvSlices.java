package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * Cuts one CSV file into byte ranges that start and end on record boundaries, so that several threads
 * can read it at once and, read one after the other, give exactly the records of one stream.
 *
 * <p>A boundary is only placed where one pass over the bytes, following the quotes as the record
 * splitter does, proves that a record starts: a line break inside a quoted field is not one. Where that
 * proof ends — an unbalanced quote, a line or a quoted record longer than the reader's caps, an encoding
 * whose line breaks are not single bytes, a file without a header row — no later boundary is placed: the
 * file gets fewer slices (one at worst), never a misread one.
 */
public final class CsvSlices {
    /** Encodings in which a line break, a separator and a quote are single bytes that mean only that. */
    private static final Set<String> BYTE_SAFE = Set.of("UTF-8", "US-ASCII", "ISO-8859-1", "ISO-8859-15",
            "windows-1252");

    private CsvSlices() {
    }

    /**
     * Up to {@code count} slices of a CSV file, in file order; a single {@link SourceSlice#whole()} when the file
     * cannot be cut safely or is too small to cut.
     *
     * @throws InputException when the file cannot be read (as {@link TableReaders#open} would say)
     */
    public static List<SourceSlice> plan(Path file, ReadOptions options, int count) {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        CsvSniffer.Sniffed sniffed = CsvSniffer.sniff(file, opts);
        try (TableReader whole = new CsvTableReader(file, opts)) {
            whole.header(); // the header is checked once, here, with the file's own messages
        }
        if (count <= 1 || !cuttable(sniffed.dialect())) {
            return List.of(SourceSlice.whole());
        }
        CsvDialect dialect = sniffed.dialect();
        int maxField = opts.effectiveMaxFieldChars();
        CsvBoundaryScan scan = new CsvBoundaryScan(dialect.separator(), dialect.quote(), dialect.headerLine(),
                maxLineChars(maxField), maxField, opts.effectiveMaxRecordLines());
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(sniffed.bomBytes());
            return scan.slices(in, sniffed.bomBytes(), Files.size(file), count);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Opens one slice of a file planned by {@link #plan}: its records only, numbered by their line in the
     * file, read with the file's dialect and header.
     */
    public static TableReader open(Path file, ReadOptions options, SourceSlice slice) {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        if (slice.isWhole()) {
            return TableReaders.open(file, opts);
        }
        CsvSniffer.Sniffed sniffed = CsvSniffer.sniff(file, opts);
        List<String> header;
        try (TableReader whole = new CsvTableReader(file, opts)) {
            header = whole.header();
        }
        return new CsvTableReader(file, opts, sniffed, new CsvTableReader.Range(slice, header));
    }

    /** The longest line the reader keeps whole for this field limit (the same rule as the reader's). */
    static int maxLineChars(int maxField) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1_000_000L, maxField * 2L));
    }

    private static boolean cuttable(CsvDialect dialect) {
        Charset charset = dialect.charset();
        boolean asciiMarks = dialect.separator() < 0x80 && (dialect.quote() == null || dialect.quote() < 0x80);
        return dialect.headerLine() > 0 && asciiMarks && BYTE_SAFE.contains(charset.name());
    }

    /** The bytes {@code [start, end)} of a file, as a stream. */
    static InputStream range(Path file, long start, long end) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(start);
        InputStream in = Channels.newInputStream(channel);
        return new InputStream() {
            private long left = end - start;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(buffer, off, (int) Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
