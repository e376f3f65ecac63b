package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;

/**
 * Cuts a Parquet file into slices of whole row groups, as even in rows as the groups allow, so that
 * several threads can read it at once; read one after the other they give the records of one reader.
 * A file of one row group is one slice.
 */
public final class ParquetSlices {
    private ParquetSlices() {
    }

    /**
     * Up to {@code count} slices of row groups, in file order ({@link SourceSlice#start()} and
     * {@link SourceSlice#end()} are row-group indexes, {@link SourceSlice#firstLine()} the first record's
     * number).
     *
     * @throws InputException when the file is not a readable Parquet file
     */
    public static List<SourceSlice> plan(Path file, ReadOptions options, int count) {
        try (TableReader whole = new ParquetTableReader(file, options == null ? ReadOptions.defaults() : options)) {
            whole.header(); // the header is checked once, here, with the file's own messages
        }
        List<Long> rows = groupRows(file);
        if (count <= 1 || rows.size() <= 1) {
            return List.of(SourceSlice.whole());
        }
        long total = rows.stream().mapToLong(Long::longValue).sum();
        List<SourceSlice> slices = new ArrayList<>();
        long before = 0;
        int start = 0;
        for (int group = 0; group < rows.size(); group++) {
            before += rows.get(group);
            boolean full = before * count >= total * (slices.size() + 1L);
            if (full || group == rows.size() - 1) {
                long firstRecord = before - sum(rows, start, group + 1) + 1;
                slices.add(new SourceSlice(slices.size(), start, group + 1, firstRecord));
                start = group + 1;
            }
        }
        return List.copyOf(slices);
    }

    /** Opens one slice planned by {@link #plan}: its row groups only, records numbered as in the file. */
    public static TableReader open(Path file, ReadOptions options, SourceSlice slice) {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        if (slice.isWhole()) {
            return TableReaders.open(file, opts);
        }
        return new ParquetTableReader(file, opts, (int) slice.start(), (int) slice.end());
    }

    private static long sum(List<Long> rows, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += rows.get(i);
        }
        return total;
    }

    private static List<Long> groupRows(Path file) {
        ParquetReadOptions readOptions = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), readOptions)) {
            return reader.getRowGroups().stream().map(BlockMetaData::getRowCount).toList();
        } catch (IOException | RuntimeException e) {
            throw new InputException(file, "not a readable Parquet file (truncated or damaged footer)");
        }
    }
}
