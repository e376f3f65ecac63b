package fr.vigie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed statement of an approval, as a partner's {@code vigie verify} checks it. */
class ReleaseStatementTest {
    @TempDir
    Path root;

    private final Signer signer = ExportFixtures.newSigner();
    private Path dir;

    @BeforeEach
    void writeReleasedPackage() {
        dir = new PackageWriter(root, signer).write(ExportFixtures.request("run-7"), ExportFixtures.rows(40)).dir();
    }

    private ReleaseStatement statement(Path packageDir, String runId) {
        return new ReleaseStatement("p/d/" + runId, ExportFixtures.request(runId).partner(),
                ExportFixtures.request(runId).dataset(), runId, ReleaseStatement.manifestSha256(packageDir),
                "dpo.montpellier", "DPO", "PASSWORD", "2026-12-05T08:00:00Z", "conforme", signer.publicKeySha256());
    }

    @Test
    void aSignedStatementLeavesThePackageValidAndIsShownByVerify() {
        statement(dir, "run-7").writeSigned(dir, signer);

        Verification verification = PackageVerifier.verify(dir, signer.publicKey());

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.release().approvedBy()).isEqualTo("dpo.montpellier");
        assertThat(String.join("\n", verification.describe()))
                .contains("released: approved by dpo.montpellier (DPO, PASSWORD) at 2026-12-05T08:00:00Z — conforme");
    }

    @Test
    void aPackageWithoutStatementStillVerifiesAndSaysItWasNotApproved() {
        Verification verification = PackageVerifier.verify(dir, signer.publicKey());

        assertThat(verification.ok()).isTrue();
        assertThat(verification.release()).isNull();
        assertThat(String.join("\n", verification.describe())).contains("released: no release statement");
    }

    @Test
    void anEditedStatementFailsNamingIt() throws IOException {
        statement(dir, "run-7").writeSigned(dir, signer);
        Path file = dir.resolve(ReleaseStatement.FILE);
        Files.writeString(file, Files.readString(file).replace("dpo.montpellier", "someone.else"));

        Verification verification = PackageVerifier.verify(dir, signer.publicKey());

        assertThat(verification.ok()).isFalse();
        assertThat(verification.release()).isNull();
        assertThat(verification.problems()).extracting(Verification.Problem::file).contains(ReleaseStatement.FILE);
    }

    @Test
    void aStatementSignedByAnotherKeyFails() {
        statement(dir, "run-7").writeSigned(dir, ExportFixtures.newSigner());

        assertThat(PackageVerifier.verify(dir, signer.publicKey()).problems())
                .extracting(Verification.Problem::file).contains(ReleaseStatement.FILE);
    }

    @Test
    void aGenuineStatementCopiedFromAnotherPackageFails() throws IOException {
        Path other = new PackageWriter(root, signer).write(ExportFixtures.request("run-8"), ExportFixtures.rows(41)).dir();
        statement(other, "run-8").writeSigned(other, signer);
        Files.copy(other.resolve(ReleaseStatement.FILE), dir.resolve(ReleaseStatement.FILE));
        Files.copy(other.resolve(ReleaseStatement.SIGNATURE_FILE), dir.resolve(ReleaseStatement.SIGNATURE_FILE));

        Verification verification = PackageVerifier.verify(dir, signer.publicKey());

        assertThat(verification.ok()).isFalse();
        assertThat(verification.problems()).extracting(Verification.Problem::toString)
                .anySatisfy(p -> assertThat(p).contains(ReleaseStatement.FILE, "another manifest"));
    }

    @Test
    void aStatementWithoutItsSignatureFails() {
        statement(dir, "run-7").writeSigned(dir, signer);
        dir.resolve(ReleaseStatement.SIGNATURE_FILE).toFile().delete();

        assertThat(PackageVerifier.verify(dir, signer.publicKey()).problems()).extracting(Verification.Problem::file)
                .contains(ReleaseStatement.SIGNATURE_FILE);
    }
}
