package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineWriterTest {

    @Test
    void createsNoFileWhenNothingIsQuarantined(@TempDir Path dir) {
        Path quarantine = dir.resolve("run-1");
        try (QuarantineWriter writer = new QuarantineWriter(quarantine)) {
            assertThat(writer.count()).isZero();
        }
        assertThat(quarantine).doesNotExist();
    }

    @Test
    void writesLineReasonAndRawSoThatTheFileReadsBack(@TempDir Path dir) throws IOException {
        Path quarantine = dir.resolve("run-2");
        try (QuarantineWriter writer = new QuarantineWriter(quarantine)) {
            writer.write(new SourceRecord.Malformed(3, "unbalanced quote", "1;\"Martin;Montpellier"));
            writer.write(new SourceRecord.Malformed(7, "NUL byte in record", "2;Dub\0ois\nsuite"));
            assertThat(writer.count()).isEqualTo(2);
        }
        try (Reader in = Files.newBufferedReader(quarantine.resolve("quarantine.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(in).getRecords();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("line")).isEqualTo("3");
            assertThat(records.get(0).get("reason")).isEqualTo("unbalanced quote");
            assertThat(records.get(0).get("raw")).isEqualTo("1;\"Martin;Montpellier");
            assertThat(records.get(1).get("raw")).isEqualTo("2;Dub\uFFFDois\nsuite");
        }
    }

    @Test
    void neutralisesRawTextASpreadsheetWouldEvaluate(@TempDir Path dir) throws IOException {
        try (QuarantineWriter writer = new QuarantineWriter(dir)) {
            writer.write(new SourceRecord.Malformed(4, "too many fields", "=HYPERLINK(A1);Martin;x;y"));
            writer.write(new SourceRecord.Malformed(5, "too many fields", "@SUM(A1);Dubois;x;y"));
        }
        try (Reader in = Files.newBufferedReader(dir.resolve("quarantine.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(in).getRecords();
            assertThat(records).extracting(r -> r.get("raw"))
                    .containsExactly("'=HYPERLINK(A1);Martin;x;y", "'@SUM(A1);Dubois;x;y");
        }
    }

    @Test
    void keepsMalformedRawOutOfToString() {
        SourceRecord.Malformed m = new SourceRecord.Malformed(3, "too few fields", "Martin;Élodie");

        assertThat(m.toString()).contains("too few fields").doesNotContain("Martin");
    }
}
