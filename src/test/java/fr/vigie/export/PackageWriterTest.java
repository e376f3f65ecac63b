package fr.vigie.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.VigieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PackageWriterTest {
    @TempDir
    Path root;

    private final Signer signer = ExportFixtures.newSigner();

    @Test
    void writesDataFilesManifestAndSignatureIntoThePartnerDatasetRunFolder() throws IOException {
        ExportPackage pkg = new PackageWriter(root, signer).write(ExportFixtures.request("run-1"), ExportFixtures.rows(50));

        assertThat(pkg.dir()).isEqualTo(root.resolve("nimes/ccas-aides/run-1"));
        assertThat(pkg.rows()).isEqualTo(50);
        assertThat(names(pkg.dir())).containsExactlyInAnyOrder("data.parquet", "data.csv", "datapackage.json",
                "datapackage.json.sig");
        assertThat(pkg.fileSha256()).containsKeys("data.parquet", "data.csv", "datapackage.json",
                "datapackage.json.sig");
        assertThat(pkg.manifestSha256()).isEqualTo(Sha256.hex(pkg.dir().resolve("datapackage.json")));
        assertThat(pkg.signingKeySha256()).isEqualTo(signer.publicKeySha256());
    }

    @Test
    void manifestIsAFrictionlessDataPackageWithHashesSchemaLicenceAndProvenance() throws IOException {
        ExportPackage pkg = new PackageWriter(root, signer).write(ExportFixtures.request("run-1"), ExportFixtures.rows(20));
        JsonNode manifest = Manifest.parse(Files.readAllBytes(pkg.dir().resolve("datapackage.json")));

        assertThat(manifest.path("name").asString()).isEqualTo("ccas-aides-nimes-run-1");
        assertThat(manifest.path("licenses").get(0).path("name").asString()).isEqualTo("etalab-2.0");
        assertThat(manifest.path("rows").asLong()).isEqualTo(20);
        assertThat(manifest.path("provenance").path("guarantees").path("k").asInt()).isEqualTo(5);
        assertThat(manifest.path("provenance").path("suppressedRows").asInt()).isEqualTo(12);
        JsonNode resources = manifest.path("resources");
        assertThat(resources).hasSize(2);
        for (JsonNode resource : resources) {
            String file = resource.path("path").asString();
            assertThat(resource.path("hash").asString()).isEqualTo("sha256:" + pkg.fileSha256().get(file));
            assertThat(resource.path("bytes").asLong()).isEqualTo(Files.size(pkg.dir().resolve(file)));
            assertThat(resource.path("schema").path("fields").get(2).path("type").asString()).isEqualTo("integer");
        }
        JsonNode csv = resources.get(1);
        assertThat(csv.path("format").asString()).isEqualTo("csv");
        assertThat(csv.path("dialect").path("delimiter").asString()).isEqualTo(",");
        assertThat(csv.path("encoding").asString()).isEqualTo("utf-8");
    }

    @Test
    void csvIsRfc4180Utf8WithFormulaCellsNeutralised() throws IOException {
        ExportPackage pkg = new PackageWriter(root, signer)
                .write(ExportFixtures.request("run-1", EnumSet.of(ExportFormat.CSV)), ExportFixtures.rows(7));
        String text = Files.readString(pkg.dir().resolve("data.csv"), StandardCharsets.UTF_8);

        assertThat(text).startsWith("age_band,commune,household_size,income,decision_date,granted,note\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        List<String> notes = records.stream().map(r -> r.get("note")).toList();
        assertThat(notes).containsExactly("ordinaire", "'=HYPERLINK(\"x\")", "", "-12", "'@SUM(A1)", "'+33 avis",
                "'\tindent");
        assertThat(records.get(3).get("commune")).isEqualTo("Pérols");
        assertThat(names(pkg.dir())).doesNotContain("data.parquet");
    }

    @Test
    void parquetHoldsTypedColumnsAndMissingValues() throws IOException {
        ExportPackage pkg = new PackageWriter(root, signer)
                .write(ExportFixtures.request("run-1", EnumSet.of(ExportFormat.PARQUET)), ExportFixtures.rows(10));
        List<Group> groups = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReaderBuilder(pkg.dir().resolve("data.parquet")).build()) {
            for (Group g; (g = reader.read()) != null; ) {
                groups.add(g);
            }
        }
        assertThat(groups).hasSize(10);
        Group second = groups.get(1);
        assertThat(second.getString("commune", 0)).isEqualTo("Lattes");
        assertThat(second.getLong("household_size", 0)).isEqualTo(2L);
        assertThat(second.getDouble("income", 0)).isEqualTo(801.5);
        assertThat(LocalDate.ofEpochDay(second.getInteger("decision_date", 0))).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(second.getBoolean("granted", 0)).isTrue();
        assertThat(groups.get(0).getFieldRepetitionCount("income")).isZero();
    }

    @Test
    void sameRowsAndRequestGiveTheSameChecksums() {
        ExportPackage first = new PackageWriter(root.resolve("a"), signer)
                .write(ExportFixtures.request("run-1"), ExportFixtures.rows(500));
        PackageRequest shuffledProvenance = withHashMapProvenance(ExportFixtures.request("run-1"));
        ExportPackage second = new PackageWriter(root.resolve("b"), signer)
                .write(shuffledProvenance, ExportFixtures.rows(500));

        assertThat(second.dataSha256(ExportFormat.PARQUET)).isEqualTo(first.dataSha256(ExportFormat.PARQUET));
        assertThat(second.dataSha256(ExportFormat.CSV)).isEqualTo(first.dataSha256(ExportFormat.CSV));
        assertThat(second.manifestSha256()).isEqualTo(first.manifestSha256());
    }

    @Test
    void aFailingRowProducerLeavesNoPackageAndNoTemporaryFolder() throws IOException {
        PackageWriter writer = new PackageWriter(root, signer);
        assertThatThrownBy(() -> writer.write(ExportFixtures.request("run-1"), sink -> {
            for (int i = 0; i < 100; i++) {
                sink.accept(ExportFixtures.row(i));
            }
            throw new IllegalStateException("simulated crash");
        })).isInstanceOf(IllegalStateException.class);

        Path datasetDir = root.resolve("nimes/ccas-aides");
        assertThat(names(datasetDir)).isEmpty();
    }

    @Test
    void leftoverTemporaryFoldersAreCleanedOnTheNextWrite() throws IOException {
        Path datasetDir = Files.createDirectories(root.resolve("nimes/ccas-aides"));
        Path sameRun = Files.createDirectories(datasetDir.resolve(".tmp-run-2-12345"));
        Files.writeString(sameRun.resolve("data.csv"), "half");
        Path staleOther = Files.createDirectories(datasetDir.resolve(".tmp-run-0-999"));
        Files.setLastModifiedTime(staleOther, FileTime.from(Instant.now().minusSeconds(7200)));

        new PackageWriter(root, signer).write(ExportFixtures.request("run-2"), ExportFixtures.rows(3));

        assertThat(names(datasetDir)).containsExactly("run-2");
    }

    @Test
    void refusesToOverwriteAnExistingPackage() {
        PackageWriter writer = new PackageWriter(root, signer);
        writer.write(ExportFixtures.request("run-1"), ExportFixtures.rows(3));

        assertThatThrownBy(() -> writer.write(ExportFixtures.request("run-1"), ExportFixtures.rows(3)))
                .isInstanceOf(VigieException.class).hasMessageContaining("already exists");
    }

    @Test
    void rejectsARowOfTheWrongWidthNamingTheRowAndLeavesNoPackage() throws IOException {
        PackageWriter writer = new PackageWriter(root, signer);
        assertThatThrownBy(() -> writer.write(ExportFixtures.request("run-1"), sink -> {
            sink.accept(ExportFixtures.row(0));
            sink.accept(new String[] {"secret-value"});
        })).isInstanceOf(VigieException.class).hasMessageContaining("row 2").hasMessageNotContaining("secret-value");
        assertThat(names(root.resolve("nimes/ccas-aides"))).isEmpty();
    }

    @Test
    void rejectsAnUnparsableTypedValueWithoutQuotingIt() {
        String[] row = ExportFixtures.row(1);
        row[2] = "Dupont";
        assertThatThrownBy(() -> new PackageWriter(root, signer)
                .write(ExportFixtures.request("run-1"), sink -> sink.accept(row)))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("household_size").hasMessageContaining("row 1")
                .hasMessageNotContaining("Dupont");
    }

    @Test
    void rejectsFolderNamesThatWouldEscapeTheExportsRoot() {
        assertThatThrownBy(() -> new PackageRequest("../etc", "d", "r", ExportFixtures.FIELDS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partner");
        assertThatThrownBy(() -> new PackageRequest("p", "d", "a/b", ExportFixtures.FIELDS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runId");
    }

    @Test
    void defaultsToParquetOnly() {
        PackageRequest request = new PackageRequest("p", "d", "r", ExportFixtures.FIELDS, null, null, null);
        assertThat(request.formats()).containsExactly(ExportFormat.PARQUET);
    }

    private static PackageRequest withHashMapProvenance(PackageRequest request) {
        Map<String, Object> reordered = new HashMap<>();
        List<String> keys = new ArrayList<>(request.provenance().keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reordered.put(k, request.provenance().get(k)));
        return new PackageRequest(request.partner(), request.dataset(), request.runId(), request.fields(),
                request.formats(), request.licence(), reordered);
    }

    /** Reads Parquet through the local file API, as a partner without Hadoop would. */
    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
        GroupReaderBuilder(Path file) {
            super(new LocalInputFile(file), new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
