package fr.vigie.job;

import fr.vigie.anonymise.Anonymisation;
import fr.vigie.parallel.OrderedWork;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The second reading of a staged anonymisation on several threads: the staging file is cut into chunks of rows
 * ({@link StagingChunks}), each chunk parsed, released and encoded as CSV by one of {@code workers} threads with a
 * release of its own, and the encoded chunks written in file order: the released file is, byte for byte, the one
 * a single thread writes.
 */
final class ReleaseWrite {
    private ReleaseWrite() {
    }

    /**
     * Writes the released rows of {@code staging} to {@code released}, read in chunks of about {@code chunkBytes};
     * returns the rows read (released or not).
     */
    static long write(Anonymisation result, Path staging, Path released, String label, int workers, int chunkBytes) {
        ThreadLocal<Anonymisation.Release> releases = ThreadLocal.withInitial(result::newRelease);
        long[] read = {0};
        Progress progress = Progress.start(label, result::rowCount);
        try (OutputStream out = Files.newOutputStream(released)) {
            out.write((StagingFile.line(result.header().toArray(String[]::new)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            OrderedWork.<StagingChunks.Chunk, Encoded>run("vigie-release", workers,
                    chunks -> read[0] = StagingChunks.readInChunksOf(staging, chunkBytes, chunks),
                    chunk -> encode(chunk, releases.get(), result.rowCount()),
                    encoded -> {
                        try {
                            out.write(encoded.bytes());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        progress.advance(encoded.rows());
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + released, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        } finally {
            progress.done();
        }
        return read[0];
    }

    /** A chunk's released rows as staging CSV, and the rows it read. */
    private record Encoded(byte[] bytes, int rows) {
    }

    /** The released rows of a chunk as staging CSV; rows past the first reading's count are left to the caller's check. */
    private static Encoded encode(StagingChunks.Chunk chunk, Anonymisation.Release release, int rowCount) {
        List<String[]> rows = chunk.rows();
        StringBuilder csv = new StringBuilder(chunk.bytes().length);
        for (int i = 0; i < rows.size(); i++) {
            long row = chunk.firstRow() + i;
            String[] out = row < rowCount ? release.releasedRow((int) row, rows.get(i)) : null;
            if (out != null) {
                try {
                    StagingFile.FORMAT.printRecord(csv, (Object[]) out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Encoded(csv.toString().getBytes(StandardCharsets.UTF_8), rows.size());
    }
}
