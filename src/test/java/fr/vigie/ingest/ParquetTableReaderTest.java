package fr.vigie.ingest;

import fr.vigie.testing.ParquetFixtures;
import static fr.vigie.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.ingest.IngestFixtures.ReadResult;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableReaderTest {
    private static final String SCHEMA = """
            message aides {
              required binary nom (STRING);
              optional int32 naissance (DATE);
              optional int64 montant (DECIMAL(12,2));
              optional int64 saisie (TIMESTAMP(MILLIS,true));
              optional double taux;
              optional boolean accorde;
              optional int32 enfants;
              optional fixed_len_byte_array(16) ref (UUID);
              optional binary brut;
            }""";

    private static Path sample(Path dir, int rows) throws IOException {
        return ParquetFixtures.write(dir.resolve("aides.parquet"), SCHEMA, rows, 64 * 1024, (g, i) -> {
            g.add("nom", "Élodie " + i);
            if (i % 2 == 0) {
                g.add("naissance", (int) LocalDate.of(1985, 3, 12).toEpochDay());
            }
            g.add("montant", 123450L + i);
            g.add("saisie", 1_700_000_000_000L);
            g.add("taux", 0.25);
            g.add("accorde", i % 3 == 0);
            g.add("enfants", i % 4);
            g.add("ref", Binary.fromConstantByteArray(new byte[16]));
            g.add("brut", Binary.fromConstantByteArray(new byte[] {(byte) 0xFF, 0}));
        });
    }

    @Test
    void readsEveryTypeAsText(@TempDir Path dir) throws IOException {
        ReadResult result = readAll(sample(dir, 3), ReadOptions.defaults());

        assertThat(result.header()).containsExactly("nom", "naissance", "montant", "saisie", "taux", "accorde",
                "enfants", "ref", "brut");
        assertThat(result.dialect()).isNull();
        assertThat(result.rows().get(0).values()).containsExactly("Élodie 0", "1985-03-12", "1234.50",
                "2023-11-14T22:13:20Z", "0.25", "true", "0", "00000000-0000-0000-0000-000000000000", "/wA=");
        assertThat(result.rows().get(1).values()[1]).isEmpty();
        assertThat(result.rows()).extracting(SourceRecord.Row::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void detectsParquetByContentAndStreamsManyRowGroups(@TempDir Path dir) throws IOException {
        Path file = sample(dir, 5_000);
        Path renamed = Files.move(file, dir.resolve("export.bin"));

        assertThat(TableReaders.detectFormat(renamed)).isEqualTo(SourceFormat.PARQUET);
        ReadResult result = readAll(renamed, ReadOptions.defaults());
        assertThat(result.rows()).hasSize(5_000);
        assertThat(result.rows().get(4_999).values()[2]).isEqualTo(new BigDecimal("1284.49").toPlainString());
    }

    @Test
    void rejectsATruncatedFile(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample(dir, 100));
        Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(bytes, bytes.length - 20));

        assertThatThrownBy(() -> TableReaders.open(cut, ReadOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("cut.parquet")
                .hasMessageContaining("truncated");
    }

    @Test
    void skipResumesAfterTheRecordsAlreadyRead(@TempDir Path dir) throws IOException {
        Path file = sample(dir, 50);
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.skip(42)).isEqualTo(42);
            SourceRecord next = reader.next();
            assertThat(next.line()).isEqualTo(43);
            assertThat(((SourceRecord.Row) next).values()[0]).isEqualTo("Élodie 42");
        }
    }
}
