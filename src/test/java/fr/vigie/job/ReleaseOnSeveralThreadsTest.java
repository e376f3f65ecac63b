package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.anonymise.Anonymisation;
import fr.vigie.anonymise.AnonymisationReport;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.Policy;
import fr.vigie.model.AttributeType;
import fr.vigie.model.VigieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staged anonymisation on several threads: the staging file cut into chunks of whole rows, each loaded, then
 * released, on a thread of its own, gives the released file and the report of one thread, byte for byte, with
 * pseudonyms and masks (transformed value by value from the source rows), generalisation and micro-aggregation
 * (from the loaded table), whatever the size of the chunks and wherever a value appears first.
 */
class ReleaseOnSeveralThreadsTest {
    private static final int ROWS = 20_000;
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final List<String> HEADER = List.of("nom", "telephone", "sexe", "age", "revenu", "note");
    private static final List<ColumnInfo> COLUMNS = List.of(
            new ColumnInfo("nom", AttributeType.IDENTIFYING, null),
            new ColumnInfo("telephone", AttributeType.INSENSITIVE, null),
            new ColumnInfo("sexe", AttributeType.QUASI_IDENTIFYING, null),
            new ColumnInfo("age", AttributeType.QUASI_IDENTIFYING, null),
            new ColumnInfo("revenu", AttributeType.INSENSITIVE, null),
            new ColumnInfo("note", AttributeType.INSENSITIVE, null));

    @TempDir
    Path dir;

    private Anonymiser anonymiser() throws IOException {
        Path policy = dir.resolve("policy.yml");
        Files.writeString(policy, """
                id: p
                identifying: pseudonymise
                privacy: {k: 3}
                columns:
                  telephone: {transform: mask, keep: 2}
                  revenu: {transform: micro-aggregation}
                hierarchies:
                  age: {builtin: interval, widths: [5, 10, 20]}
                """);
        return new Anonymiser(Policy.load(policy, dir), dir);
    }

    /** Values with commas, doubled quotes, line breaks and accents, so that chunks are cut between such rows. */
    private static String[] row(int r) {
        String note = switch (r % 7) {
            case 0 -> "ligne\nsuivante " + r;
            case 1 -> "dit \"oui\", puis " + r;
            case 2 -> "";
            case 3 -> "élève à Pérols";
            default -> "n" + r;
        };
        // "X" and the ages past 90 appear first in the last chunks, after the codes of the others are set
        String sex = r >= ROWS - 2_000 && r % 3 == 0 ? "X" : r % 2 == 0 ? "F" : "M";
        int age = r >= ROWS - 1_000 ? 91 + r % 9 : 18 + r % 70;
        return new String[] {"Nom" + r % 9_000, "06" + (10_000_000 + r * 7919 % 90_000_000), sex,
                Integer.toString(age), Integer.toString(500 + r * 31 % 4_000), note};
    }

    private Path staging() {
        Path file = dir.resolve("accepted.csv");
        StagingFile.write(file, HEADER, sink -> {
            for (int r = 0; r < ROWS; r++) {
                sink.accept(row(r));
            }
        });
        return file;
    }

    @Test
    void oneTwoAndThreeThreadsReleaseTheSameBytes() throws IOException {
        Path staging = staging();
        byte[] one = null;
        for (int workers = 1; workers <= 3; workers++) {
            Path released = dir.resolve("released-" + workers + ".csv");
            StagedAnonymisation.anonymise(anonymiser(), COLUMNS, KEY, staging, released, "p",
                    (label, file, sink) -> StagingFile.forEachRow(file, sink), workers);
            byte[] bytes = Files.readAllBytes(released);
            if (one == null) {
                one = bytes;
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(StagingFile.header(released)).containsExactly("nom", "telephone", "sexe", "age", "revenu",
                        "note");
                assertThat(text).doesNotContain("Nom1,").contains("06******").contains("\"dit \"\"oui\"\", puis");
                assertThat(StagingFile.forEachRow(released, r -> { })).isGreaterThan(ROWS * 9L / 10);
            } else {
                assertThat(bytes).as(workers + " threads").isEqualTo(one);
            }
        }
        assertThat(Files.size(staging)).as("several chunks for the threads")
                .isGreaterThan(4L * StagingChunks.MIN_CHUNK_BYTES);
    }

    @Test
    void chunksOfAnySizeDownToOneByteLoadAndReleaseAsOneThreadDoes() throws IOException {
        Path staging = staging();
        Path alone = dir.resolve("released-alone.csv");
        AnonymisationReport expected = anonymise(staging, alone, 1, 0).report();
        assertThat(Files.readString(alone)).as("values first met in the last chunks").contains(",X,9").contains(",M,99,");
        for (int size : new int[] {1, 100, 4_096}) {
            for (int workers = 2; workers <= 3; workers++) {
                Path released = dir.resolve("released-" + workers + "-" + size + ".csv");
                AnonymisationReport report = anonymise(staging, released, workers, size).report();
                assertThat(Files.readAllBytes(released)).as("%d threads, chunks of %d bytes", workers, size)
                        .isEqualTo(Files.readAllBytes(alone));
                assertThat(withoutTimes(report)).as("%d threads, chunks of %d bytes", workers, size)
                        .isEqualTo(withoutTimes(expected));
            }
        }
    }

    private Anonymisation anonymise(Path staging, Path released, int workers, int chunkBytes) throws IOException {
        StagedAnonymisation.RowReader rows = (label, file, sink) -> StagingFile.forEachRow(file, sink);
        return workers == 1 ? StagedAnonymisation.anonymise(anonymiser(), COLUMNS, KEY, staging, released, "p", rows)
                : StagedAnonymisation.anonymise(anonymiser(), COLUMNS, KEY, staging, released, "p", rows, workers,
                        chunkBytes);
    }

    /** The report without the search's durations, which no two runs share. */
    private static AnonymisationReport withoutTimes(AnonymisationReport r) {
        AnonymisationReport.SearchStatistics s = r.search();
        return new AnonymisationReport(r.policyId(), r.rowsIn(), r.rowsReleased(), r.suppressedRows(),
                r.suppressionLimit(), r.columns(), r.transformation(), r.achieved(), r.riskBefore(), r.riskAfter(),
                r.utility(), new AnonymisationReport.SearchStatistics(s.latticeSize(), s.nodesChecked(), 0, 0,
                        s.optimal(), s.strategy()), r.notes(), r.disagreements());
    }

    @Test
    void theChunksHoldTheRowsOfTheFileInOrder() {
        Path staging = staging();
        List<String[]> read = new ArrayList<>();
        StagingFile.forEachRow(staging, read::add);
        for (int size : new int[] {1, 100, 4_096}) {
            List<String[]> chunked = new ArrayList<>();
            long[] next = {0};
            long rows = StagingChunks.readInChunksOf(staging, size, chunk -> {
                assertThat(chunk.firstRow()).isEqualTo(next[0]);
                next[0] += chunk.count();
                chunked.addAll(chunk.rows());
            });
            assertThat(rows).isEqualTo(ROWS);
            assertThat(chunked).hasSize(ROWS);
            for (int r = 0; r < ROWS; r++) {
                assertThat(Arrays.asList(chunked.get(r))).as("row %d, chunks of %d bytes", r, size)
                        .isEqualTo(Arrays.asList(read.get(r)));
            }
        }
    }

    @Test
    void aLastRowWithoutItsLineFeedIsARow() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "a,b\n1,\"x\ny\"\n2,z");
        List<String> rows = new ArrayList<>();
        StagingChunks.readInChunksOf(file, 3, chunk -> chunk.rows().forEach(r -> rows.add(String.join("|", r))));
        assertThat(rows).containsExactly("1|x\ny", "2|z");
    }

    @Test
    void aStagingFileThatIsNotOneVigieWroteStopsTheReleaseNamingTheRows() throws IOException {
        Path file = dir.resolve("odd.csv");
        // a lone carriage return ends a record for the parser, not for the scan: the counts disagree
        Files.writeString(file, "a,b\n1,2\n3,4\r5,6\n");
        assertThatThrownBy(() -> StagingChunks.readInChunksOf(file, 1 << 10, StagingChunks.Chunk::rows))
                .isInstanceOf(VigieException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("rows 1 to 2").hasMessageNotContaining("5,6");
    }
}
