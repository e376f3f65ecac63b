package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.parallel.OrderedWork;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Cuts a staging file (a file Vigie wrote in {@link StagingFile#FORMAT}) into chunks of whole rows, in file order,
 * without parsing them: a row ends at a line feed outside double quotes, which is exact for the files Vigie writes
 * (a value holding a quote, a carriage return or a line feed is quoted, its quotes doubled). The cutting is a scan
 * for two bytes; the parsing of each chunk ({@link Chunk#rows}) can then run on another thread, and the chunks'
 * rows, put back in order, are the rows {@link StagingFile#forEachRow} reads.
 */
final class StagingChunks {
    /** The bytes of a chunk, at most: big enough that handing it to a thread costs nothing, small enough to hold a few. */
    static final int MAX_CHUNK_BYTES = 256 << 10;
    /** The bytes of a chunk, at least (a small file is cut in chunks of this size, so its threads share it). */
    static final int MIN_CHUNK_BYTES = 32 << 10;
    /** Chunks per thread, at least, when the file is big enough: threads that finish early find more work. */
    private static final int CHUNKS_PER_THREAD = 8;

    /**
     * Whole rows of a staging file.
     *
     * @param firstRow the index (0-based, header excluded) of its first row in the file
     * @param count    the rows the scan found in it
     */
    record Chunk(Path file, long firstRow, int count, byte[] bytes) {
        /** Parses the chunk's rows; fails, naming the file and the row, when the parser does not find the scan's rows. */
        List<String[]> rows() {
            List<String[]> rows = new ArrayList<>(count);
            try (CSVParser parser = StagingFile.FORMAT.parse(
                    new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                for (CSVRecord record : parser) {
                    rows.add(record.values());
                }
            } catch (IOException | UncheckedIOException e) {
                throw new VigieException(ExitCode.FAILED, file + ": rows " + (firstRow + 1) + " to "
                        + (firstRow + count) + " cannot be read again (" + e.getClass().getSimpleName() + ")", e);
            }
            if (rows.size() != count) {
                throw new VigieException(ExitCode.FAILED, file + ": rows " + (firstRow + 1) + " to "
                        + (firstRow + count) + " hold " + rows.size() + " records, not " + count
                        + ": not a staging file Vigie wrote");
            }
            return rows;
        }
    }

    private StagingChunks() {
    }

    /**
     * Gives every chunk of {@code file}'s data rows (its header skipped), in order, to {@code sink}; returns the rows.
     * The chunks' size depends on the file's and on the {@code threads} that will parse them, never on their content.
     */
    static long read(Path file, int threads, Consumer<Chunk> sink) {
        return readInChunksOf(file, chunkBytes(file, threads), sink);
    }

    /**
     * Hands every data row of {@code file} (its header skipped) to {@code sink} on the calling thread, in file order;
     * returns the rows. With more than one thread, chunks of the file are parsed on {@code threads} threads
     * ({@link OrderedWork}) while the sink works on the rows of the chunks before: the sink sees the rows
     * {@link StagingFile#forEachRow} reads, in the same order, whatever the number of threads.
     */
    static long forEachRow(Path file, int threads, Consumer<String[]> sink) {
        return threads <= 1 ? StagingFile.forEachRow(file, sink)
                : forEachRow(file, threads, chunkBytes(file, threads), sink);
    }

    /** {@link #forEachRow(Path, int, Consumer)} on {@code threads} threads, in chunks of about {@code chunkBytes}. */
    static long forEachRow(Path file, int threads, int chunkBytes, Consumer<String[]> sink) {
        long[] rows = {0};
        OrderedWork.<Chunk, List<String[]>>run("vigie-rows", threads,
                chunks -> readInChunksOf(file, chunkBytes, chunks), Chunk::rows,
                parsed -> {
                    for (String[] row : parsed) {
                        sink.accept(row);
                    }
                    rows[0] += parsed.size();
                });
        return rows[0];
    }

    /** The size of the chunks {@link #read} cuts {@code file} into for {@code threads}. */
    static int chunkBytes(Path file, int threads) {
        long wanted = FileSizes.size(file) / ((long) Math.max(1, threads) * CHUNKS_PER_THREAD);
        return (int) Math.max(MIN_CHUNK_BYTES, Math.min(MAX_CHUNK_BYTES, wanted));
    }

    /** Chunks of about {@code chunkBytes} (a row longer than that makes a longer one). */
    static long readInChunksOf(Path file, int chunkBytes, Consumer<Chunk> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            Scanner scanner = new Scanner(file, sink);
            byte[] block = new byte[chunkBytes];
            int n;
            while ((n = in.readNBytes(block, 0, block.length)) > 0) {
                scanner.add(block, n);
            }
            scanner.finish();
            return scanner.rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Carries the bytes of an unfinished row from one block to the next. */
    private static final class Scanner {
        private final Path file;
        private final Consumer<Chunk> sink;
        private byte[] pending = new byte[0];
        private int pendingLength;
        private boolean quoted;
        private boolean inHeader = true;
        private long rows;

        Scanner(Path file, Consumer<Chunk> sink) {
            this.file = file;
            this.sink = sink;
        }

        void add(byte[] block, int length) {
            int from = pendingLength;
            if (pending.length < pendingLength + length) {
                pending = Arrays.copyOf(pending, Math.max(pendingLength + length, pending.length * 2));
            }
            System.arraycopy(block, 0, pending, pendingLength, length);
            pendingLength += length;
            int start = 0;
            int lastEnd = -1;
            int count = 0;
            for (int i = from; i < pendingLength; i++) {
                byte b = pending[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    if (inHeader) {
                        inHeader = false;
                        start = i + 1;
                    } else {
                        count++;
                        lastEnd = i + 1;
                    }
                }
            }
            if (count > 0) {
                emit(Arrays.copyOfRange(pending, start, lastEnd), count);
                start = lastEnd;
            }
            if (start > 0) {
                System.arraycopy(pending, start, pending, 0, pendingLength - start);
                pendingLength -= start;
            }
        }

        /** A last row without its line feed is a row. */
        void finish() {
            if (!inHeader && pendingLength > 0) {
                emit(Arrays.copyOf(pending, pendingLength), 1);
            }
        }

        private void emit(byte[] bytes, int count) {
            sink.accept(new Chunk(file, rows, count, bytes));
            rows += count;
        }
    }
}
