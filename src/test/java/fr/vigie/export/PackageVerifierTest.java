package fr.vigie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageVerifierTest {
    @TempDir
    Path root;

    private final Signer signer = ExportFixtures.newSigner();
    private Path dir;

    @BeforeEach
    void writePackage() {
        dir = new PackageWriter(root, signer).write(ExportFixtures.request("run-7"), ExportFixtures.rows(40)).dir();
    }

    @Test
    void acceptsAnUntouchedPackageAndReportsItsGuarantees() {
        Verification verification = PackageVerifier.verify(dir, signer.publicKey());

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.rows()).isEqualTo(40);
        assertThat(verification.provenance().path("guarantees").path("k").asInt()).isEqualTo(5);
        assertThat(verification.signingKeySha256()).isEqualTo(signer.publicKeySha256());
        assertThat(String.join("\n", verification.describe())).contains("OK", "guarantees", "rows: 40");
    }

    @Test
    void failsNamingTheCsvWhenOneDataByteIsFlipped() throws IOException {
        flipLastByte(dir.resolve("data.csv"));

        assertFailsNaming("data.csv");
    }

    @Test
    void failsNamingTheParquetFileWhenOneDataByteIsFlipped() throws IOException {
        flipLastByte(dir.resolve("data.parquet"));

        assertFailsNaming("data.parquet");
    }

    @Test
    void failsNamingTheManifestWhenItIsEdited() throws IOException {
        Path manifest = dir.resolve("datapackage.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"k\" : 5", "\"k\" : 50"));

        assertFailsNaming("datapackage.json");
    }

    @Test
    void failsWhenTheManifestIsReSignedWithAnotherKey() throws IOException {
        byte[] manifest = Files.readAllBytes(dir.resolve("datapackage.json"));
        byte[] forged = ExportFixtures.newSigner().sign(manifest);
        Files.write(dir.resolve("datapackage.json.sig"), Base64.getEncoder().encode(forged));

        assertFailsNaming("datapackage.json");
    }

    @Test
    void failsNamingTheSignatureWhenItIsReplacedByGarbage() throws IOException {
        Files.writeString(dir.resolve("datapackage.json.sig"), "not a signature!");

        assertFailsNaming("datapackage.json.sig");
    }

    @Test
    void failsNamingAFileThatWasRemoved() throws IOException {
        Files.delete(dir.resolve("data.parquet"));

        Verification verification = assertFailsNaming("data.parquet");
        assertThat(verification.problems()).anyMatch(p -> p.message().contains("missing"));
    }

    @Test
    void failsNamingAMissingSignature() throws IOException {
        Files.delete(dir.resolve("datapackage.json.sig"));

        assertFailsNaming("datapackage.json.sig");
    }

    @Test
    void failsNamingAFileThatWasAdded() throws IOException {
        Files.writeString(dir.resolve("extra.csv"), "nir\n1850578006084\n", StandardCharsets.UTF_8);

        Verification verification = assertFailsNaming("extra.csv");
        assertThat(verification.problems()).anyMatch(p -> p.message().contains("extra"));
    }

    @Test
    void findsThePublicKeyFileInAParentFolderWhenNoKeyIsGiven() throws IOException {
        Files.writeString(root.resolve(Keys.PUBLIC_KEY_FILE), Keys.toPem(signer.publicKey()));

        assertThat(PackageVerifier.verify(dir, null).ok()).isTrue();
    }

    @Test
    void failsWhenNoKeyIsGivenOrFound() {
        Verification verification = PackageVerifier.verify(dir, null);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems()).anyMatch(p -> p.message().contains("no public key"));
    }

    @Test
    void failsOnAFolderThatIsNotAPackage() {
        Verification verification = PackageVerifier.verify(root.resolve("nothing"), signer.publicKey());

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems()).isNotEmpty();
    }

    private Verification assertFailsNaming(String file) {
        Verification verification = PackageVerifier.verify(dir, signer.publicKey());
        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems()).anyMatch(p -> p.file().equals(file));
        assertThat(String.join("\n", verification.describe())).contains("FAIL", file);
        return verification;
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
    }
}
