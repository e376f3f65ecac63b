package fr.vigie.job;

import fr.vigie.anonymise.DataTable;
import fr.vigie.parallel.OrderedWork;
import java.nio.file.Path;

/**
 * The first reading of a staged anonymisation on several threads: the staging file is cut into chunks of rows
 * ({@link StagingChunks}), each chunk parsed and encoded by one of {@code workers} threads
 * ({@link DataTable.Builder#encode}: the values new to the table with codes of the chunk's own), and the encoded
 * chunks added to the table in file order: the table is, code for code, the one a single thread loads, so the search
 * and the release that follow are the same.
 */
final class StagingLoad {
    private StagingLoad() {
    }

    /** Adds the rows of {@code staging} to {@code builder}, read in chunks of about {@code chunkBytes}. */
    static void load(DataTable.Builder builder, Path staging, String label, int workers, int chunkBytes) {
        Progress progress = Progress.start(label, () -> -1);
        try {
            OrderedWork.<StagingChunks.Chunk, DataTable.Part>run("vigie-load", workers,
                    chunks -> StagingChunks.readInChunksOf(staging, chunkBytes, chunks),
                    chunk -> builder.encode(chunk.firstRow(), chunk.rows()),
                    part -> {
                        builder.add(part);
                        progress.advance(part.rowCount());
                    });
        } finally {
            progress.done();
        }
    }
}
