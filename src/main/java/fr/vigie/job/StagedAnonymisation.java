package fr.vigie.job;

import fr.vigie.anonymise.Anonymisation;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.DataTable;
import fr.vigie.anonymise.PolicyRefusedException;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Anonymises a staging file in two readings, so that memory grows with the columns the policy works on and
 * not with every column: the first reading loads only the columns the search and the transformations read
 * into the engine's table; the second reads every row again, in the same order, and writes the released ones
 * with the columns released as they are taken from the row itself. Used by the run's anonymise step and by
 * the end-to-end benchmark, so that both measure the same thing.
 */
public final class StagedAnonymisation {
    /** Reads the rows of a staging file, in file order, showing progress under a label; returns their number. */
    @FunctionalInterface
    public interface RowReader {
        long read(String label, Path file, Consumer<String[]> sink);
    }

    private StagedAnonymisation() {
    }

    /** Anonymises on one thread: {@link #anonymise(Anonymiser, List, byte[], Path, Path, String, RowReader, int)}. */
    public static Anonymisation anonymise(Anonymiser anonymiser, List<ColumnInfo> columns, byte[] key,
            Path staging, Path released, String label, RowReader rows) {
        return anonymise(anonymiser, columns, key, staging, released, label, rows, 1);
    }

    /**
     * Anonymises the rows of {@code staging} and writes the released ones to {@code released}.
     *
     * @param label   what progress lines call this anonymisation (a partner's id)
     * @param workers the threads that read the staging file: with more than one, it is cut into chunks of rows loaded,
     *                then released, on several threads at once and put back in file order: the same table, the same
     *                search, the same bytes
     * @throws PolicyRefusedException when the policy cannot be met or needs a decision (nothing is written)
     * @throws VigieException         when the staging file changed between the two readings
     */
    public static Anonymisation anonymise(Anonymiser anonymiser, List<ColumnInfo> columns, byte[] key,
            Path staging, Path released, String label, RowReader rows, int workers) {
        return anonymise(anonymiser, columns, key, staging, released, label, rows, workers,
                StagingChunks.chunkBytes(staging, workers));
    }

    /** Anonymises on {@code workers} threads, more than one reading the staging file in chunks of {@code chunkBytes}. */
    static Anonymisation anonymise(Anonymiser anonymiser, List<ColumnInfo> columns, byte[] key, Path staging,
            Path released, String label, RowReader rows, int workers, int chunkBytes) {
        List<String> header = StagingFile.header(staging);
        DataTable.Builder builder = DataTable.builder(header, anonymiser.columnsToLoad(header, columns));
        if (workers > 1) {
            StagingLoad.load(builder, staging, "anonymise " + label + " (load)", workers, chunkBytes);
        } else {
            rows.read("anonymise " + label + " (load)", staging, builder::add);
        }
        Anonymisation result = anonymiser.anonymise(builder.build(), columns, key);
        if (workers > 1) {
            long read = ReleaseWrite.write(result, staging, released, "anonymise " + label + " (write)", workers,
                    chunkBytes);
            requireSameRows(staging, read, result);
            return result;
        }
        int[] row = {0};
        StagingFile.write(released, result.header(), sink -> rows.read("anonymise " + label + " (write)", staging,
                source -> {
                    String[] out = row[0] < result.rowCount() ? result.releasedRow(row[0], source) : null;
                    row[0]++;
                    if (out != null) {
                        sink.accept(out);
                    }
                }));
        requireSameRows(staging, row[0], result);
        return result;
    }

    private static void requireSameRows(Path staging, long read, Anonymisation result) {
        if (read != result.rowCount()) {
            throw new VigieException(ExitCode.FAILED, staging + ": " + read + " rows at the second reading, "
                    + result.rowCount() + " at the first: the staging file changed during the run");
        }
    }
}
