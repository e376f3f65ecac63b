package fr.vigie.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.VigieException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package written from chunks of rows on several threads is the package written row by row, byte for byte. */
class PackageWriterInChunksTest {
    private static final int ROWS = 5_000;

    @TempDir
    Path root;

    private final Signer signer = ExportFixtures.newSigner();

    /** Chunks of 1 to 300 rows, sizes varying so that threads finish out of order. */
    private static List<Integer> chunkStarts() {
        List<Integer> starts = new ArrayList<>();
        for (int start = 0, i = 0; start < ROWS; start += 1 + (i++ * 37) % 300) {
            starts.add(start);
        }
        return starts;
    }

    /** The fixture's rows from {@code start} to the next chunk's start. */
    private static PackageWriter.RowBatch batch(List<Integer> starts, int start) {
        int next = starts.indexOf(start) + 1;
        int end = next < starts.size() ? starts.get(next) : ROWS;
        List<String[]> rows = new ArrayList<>();
        for (int i = start; i < end; i++) {
            rows.add(ExportFixtures.row(i));
        }
        return new PackageWriter.RowBatch(start + 1, rows);
    }

    private ExportPackage inChunks(Path exports, int threads, PackageRequest request) {
        List<Integer> starts = chunkStarts();
        return new PackageWriter(exports, signer).<Integer>write(request, threads, chunks -> starts.forEach(chunks),
                start -> batch(starts, start));
    }

    @Test
    void oneTwoAndThreeThreadsWriteTheBytesOfTheRowByRowPackage() {
        ExportPackage rowByRow = new PackageWriter(root.resolve("rows"), signer)
                .write(ExportFixtures.request("run-1"), ExportFixtures.rows(ROWS));
        assertThat(rowByRow.rows()).isEqualTo(ROWS);
        for (int threads = 1; threads <= 3; threads++) {
            ExportPackage chunked = inChunks(root.resolve("chunks-" + threads), threads, ExportFixtures.request("run-1"));
            assertThat(chunked.rows()).isEqualTo(ROWS);
            // data files, manifest and signature (Ed25519 signs deterministically)
            assertThat(chunked.fileSha256()).as(threads + " threads").isEqualTo(rowByRow.fileSha256());
        }
    }

    @Test
    void aValueThatDoesNotParseInOneChunkFailsTheWriteAndLeavesNoPackage() throws IOException {
        PackageRequest request = ExportFixtures.request("run-2");
        Path exports = root.resolve("failing");
        List<Integer> starts = chunkStarts();
        assertThatThrownBy(() -> new PackageWriter(exports, signer).<Integer>write(request, 2,
                chunks -> starts.forEach(chunks), start -> {
                    PackageWriter.RowBatch batch = batch(starts, start);
                    for (int r = 0; r < batch.rows().size(); r++) {
                        if (batch.firstRowNumber() + r == 3_211) {
                            batch.rows().get(r)[2] = "trois"; // household_size is an integer
                        }
                    }
                    return batch;
                }))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("export row 3211, column 'household_size'")
                .hasMessageNotContaining("trois");
        try (Stream<Path> left = Files.walk(exports)) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("no data file, no manifest left").isEmpty();
        }
        assertThat(Files.exists(exports.resolve("nimes/ccas-aides/run-2"))).isFalse();
    }

    @Test
    void aChunkThatCannotBeReadFailsTheWriteWithItsOwnError() throws IOException {
        Path exports = root.resolve("unreadable");
        List<Integer> starts = chunkStarts();
        assertThatThrownBy(() -> new PackageWriter(exports, signer).<Integer>write(ExportFixtures.request("run-3"), 3,
                chunks -> starts.forEach(chunks), start -> {
                    if (start > 2_000) {
                        throw new IllegalStateException("chunk at row " + start + " unreadable");
                    }
                    return batch(starts, start);
                }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unreadable");
        assertThat(Files.exists(exports.resolve("nimes/ccas-aides/run-3"))).isFalse();
        try (Stream<Path> left = Files.list(exports.resolve("nimes/ccas-aides"))) {
            assertThat(left.toList()).as("no temporary folder left").isEmpty();
        }
    }
}
