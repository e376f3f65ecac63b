package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.ParquetFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices of whole row groups, read one after the other, give exactly the records of one reader. */
class ParquetSlicesTest {
    private static final String SCHEMA = """
            message aides {
              required binary nom (STRING);
              optional int32 enfants;
            }""";

    @TempDir
    Path dir;

    private Path sample(int rows, int rowGroupBytes) throws IOException {
        return ParquetFixtures.write(dir.resolve("aides-" + rowGroupBytes + ".parquet"), SCHEMA, rows, rowGroupBytes,
                (g, i) -> {
                    g.add("nom", "Dossier " + i + " de Montpellier Méditerranée Métropole");
                    g.add("enfants", i % 5);
                });
    }

    @Test
    void rowGroupsAreSharedOutAndReadInOrder() throws IOException {
        Path file = sample(30_000, 16 * 1024);

        List<SourceSlice> slices = ParquetSlices.plan(file, ReadOptions.defaults(), 3);

        assertThat(slices).hasSize(3);
        assertThat(slices.get(0).start()).isZero();
        assertThat(slices.get(2).firstLine()).isGreaterThan(slices.get(1).firstLine());
        assertThat(readSlices(file, slices)).containsExactlyElementsOf(readWhole(file));
    }

    @Test
    void aFileOfOneRowGroupIsOneSlice() throws IOException {
        Path file = sample(50, 64 * 1024 * 1024);

        List<SourceSlice> slices = ParquetSlices.plan(file, ReadOptions.defaults(), 4);

        assertThat(slices).containsExactly(SourceSlice.whole());
        assertThat(readSlices(file, slices)).containsExactlyElementsOf(readWhole(file));
    }

    private static List<String> readWhole(Path file) {
        List<String> records = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(describe(r));
            }
        }
        return records;
    }

    private static List<String> readSlices(Path file, List<SourceSlice> slices) {
        List<String> records = new ArrayList<>();
        for (SourceSlice slice : slices) {
            try (TableReader reader = ParquetSlices.open(file, ReadOptions.defaults(), slice)) {
                for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
                    records.add(describe(r));
                }
            }
        }
        return records;
    }

    private static String describe(SourceRecord record) {
        SourceRecord.Row row = (SourceRecord.Row) record;
        return row.line() + "|" + String.join("|", row.values());
    }
}
