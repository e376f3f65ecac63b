package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.export.Keys;
import fr.vigie.model.ExitCode;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TestStores;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Whoever can write the database can rewrite the audit chain so that it agrees with itself; the signed
 * checkpoints outside the database catch it, and {@code vigie audit verify} says from which entry it can
 * no longer vouch. Each attack is made with plain SQL on a real H2 or PostgreSQL store, then checked
 * with the CLI users run. The log: entries 1-3, a checkpoint (4), entries 5-7, a checkpoint (8),
 * entries 9-10.
 */
class AuditRewriteIsDetectedTest {
    @TempDir
    Path store;
    @TempDir
    Path keys;
    @TempDir
    Path copies;

    private TestStores.Db db;
    private AuditLog audit;

    @AfterEach
    void clear() {
        TestStores.forget();
        Stream.of("VIGIE_KEY_DIR", "VIGIE_CHECKPOINT_COPY_DIR", "VIGIE_CHECKPOINT_SYSLOG").forEach(System::clearProperty);
    }

    static Stream<String> vendors() {
        return TestStores.vendors();
    }

    private void logWithTwoCheckpoints(String vendor) {
        db = TestStores.fresh(vendor, store.resolve("db")).useForCli();
        System.setProperty("VIGIE_KEY_DIR", keys.toString());
        Keys.loadOrCreate(keys);
        audit = db.audit();
        for (int i = 1; i <= 3; i++) {
            audit.append("vigie-pipeline", "RUN_STARTED", "run/r" + i, "job ccas-aides");
        }
        checkpoint();
        for (int i = 5; i <= 7; i++) {
            audit.append("dpo", "EXPORT_APPROVED", "export/p/d/r" + i, "conforme");
        }
        checkpoint();
        audit.append("vigie-pipeline", "RUN_STARTED", "run/r9", "job ccas-aides");
        audit.append("vigie-pipeline", "RUN_COMPLETED", "run/r9", null);
    }

    private void checkpoint() {
        Cli.Result result = vigie("audit", "checkpoint");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }

    private Cli.Result vigie(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new));
    }

    private Path checkpoints() {
        return store.resolve("audit/checkpoints");
    }

    /** What an attacker with write access to the database does after editing or deleting entries. */
    private void recomputeChainAndHead() {
        JdbcClient jdbc = db.jdbc();
        String previous = "0".repeat(64);
        for (AuditEntry e : audit.entries(null)) {
            String hash = AuditLog.hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), previous);
            jdbc.sql("UPDATE vigie_audit SET prev_hash = ?, hash = ? WHERE seq = ?").params(previous, hash, e.seq())
                    .update();
            previous = hash;
        }
        List<AuditEntry> all = audit.entries(null);
        jdbc.sql("UPDATE vigie_audit_head SET seq = ?, hash = ? WHERE id = 1")
                .params(all.get(all.size() - 1).seq(), previous).update();
    }

    private Cli.Result verifyFails() {
        Cli.Result verify = vigie("audit", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FAILED);
        assertThat(verify.out()).contains("Audit log BROKEN");
        assertThat(verify.err()).doesNotContain("\tat ");
        return verify;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void anUntouchedLogIsVouchedForUpToItsLatestCheckpoint(String vendor) {
        logWithTwoCheckpoints(vendor);
        assertThat(checkpoints()).isDirectoryContaining("glob:**/checkpoint-000000000004.json")
                .isDirectoryContaining("glob:**/checkpoint-000000000008.json");

        Cli.Result verify = vigie("audit", "verify");

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Audit log intact: 10 entries").contains("Vouched for up to entry 8")
                .contains("Entries 9 to 10 came after the latest checkpoint");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void cuttingTheTailAndFixingTheHeadIsDetected(String vendor) {
        logWithTwoCheckpoints(vendor);
        AuditEntry keep = audit.entries(null).get(4);
        db.jdbc().sql("DELETE FROM vigie_audit WHERE seq > 5").update();
        db.jdbc().sql("UPDATE vigie_audit_head SET seq = ?, hash = ? WHERE id = 1").params(keep.seq(), keep.hash())
                .update();
        assertThat(audit.verify().intact()).as("the chain alone agrees with itself").isTrue();

        Cli.Result verify = verifyFails();

        assertThat(verify.out()).contains("entry 8 is missing, yet it was signed at")
                .contains("can vouch for entries 1 to 4").contains("no longer from entry 5 on");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void recomputingTheWholeChainAfterAnEditIsDetected(String vendor) {
        logWithTwoCheckpoints(vendor);
        db.jdbc().sql("UPDATE vigie_audit SET details = 'rejeté' WHERE seq = 6").update();
        recomputeChainAndHead();
        assertThat(audit.verify().intact()).as("the chain alone agrees with itself").isTrue();

        Cli.Result verify = verifyFails();

        assertThat(verify.out()).contains("entry 8 is not the entry signed at")
                .contains("rewritten at or before entry 8")
                .contains("can vouch for entries 1 to 4").contains("no longer from entry 5 on");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void anEditBeforeEveryCheckpointLeavesNothingVouchedFor(String vendor) {
        logWithTwoCheckpoints(vendor);
        db.jdbc().sql("UPDATE vigie_audit SET actor = 'quelqu-un' WHERE seq = 1").update();
        recomputeChainAndHead();

        Cli.Result verify = verifyFails();

        assertThat(verify.out()).contains("entry 4 is not the entry signed at")
                .contains("Vigie cannot vouch for any entry");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aForgedCheckpointFileIsRefused(String vendor) throws Exception {
        logWithTwoCheckpoints(vendor);
        db.jdbc().sql("UPDATE vigie_audit SET details = 'rejeté' WHERE seq = 6").update();
        recomputeChainAndHead();
        AuditEntry rewritten = audit.entries(null).get(7);
        var attackerKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(attackerKey.getPrivate());
        signature.update(("vigie-audit-checkpoint/1\n8\n" + rewritten.hash() + "\n" + rewritten.at())
                .getBytes(StandardCharsets.UTF_8));
        Path forged = checkpoints().resolve("checkpoint-000000000008.json");
        Files.writeString(forged, Files.readString(forged)
                .replaceAll("\"hash\":\"[0-9a-f]+\"", "\"hash\":\"" + rewritten.hash() + "\"")
                .replaceAll("\"signature\":\"[^\"]+\"",
                        "\"signature\":\"" + Base64.getEncoder().encodeToString(signature.sign()) + "\""));

        Cli.Result verify = verifyFails();

        assertThat(verify.out()).contains("checkpoint file " + forged + ": its signature does not verify")
                .contains("the signed checkpoint of entry 8 is missing")
                .contains("no longer from entry 5 on");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void deletedCheckpointFilesAreReportedPlainly(String vendor) throws IOException {
        logWithTwoCheckpoints(vendor);
        FileSystemUtils.deleteRecursively(checkpoints());

        Cli.Result verify = verifyFails();

        assertThat(verify.out()).contains("no signed checkpoint found in")
                .contains("Vigie cannot vouch for any of the 10 entries")
                .contains("the signed checkpoints of 2 entries (4 to 8) are missing")
                .contains("Vigie cannot vouch for any entry");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aMissingHeadRowGivesAClearMessage(String vendor) {
        logWithTwoCheckpoints(vendor);
        db.jdbc().sql("DELETE FROM vigie_audit_head").update();

        Cli.Result verify = verifyFails();
        Cli.Result checkpoint = vigie("audit", "checkpoint");

        assertThat(verify.out()).contains("the head row of the audit log (table vigie_audit_head) is missing");
        assertThat(checkpoint.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(checkpoint.err().strip()).startsWith("vigie: the head row of the audit log").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aSecondFolderAndASyslogServerKeepCopiesThatVerifyAlone(String vendor) throws IOException {
        System.setProperty("VIGIE_CHECKPOINT_COPY_DIR", copies.toString());
        logWithTwoCheckpoints(vendor);
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            syslog.setSoTimeout(10_000);
            System.setProperty("VIGIE_CHECKPOINT_SYSLOG", "127.0.0.1:" + syslog.getLocalPort());

            checkpoint();

            Path copy = copies.resolve("checkpoint-000000000011.json");
            assertThat(copy).hasSameTextualContentAs(checkpoints().resolve("checkpoint-000000000011.json"));
            DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
            syslog.receive(packet);
            String line = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            String signed = line.substring(line.indexOf("vigie-audit-checkpoint ") + "vigie-audit-checkpoint ".length());
            assertThat(signed.strip()).isEqualTo(Files.readString(copy).strip());

            // The store's folder lost, the second copy still vouches...
            FileSystemUtils.deleteRecursively(checkpoints());
            Cli.Result fromCopy = vigie("audit", "verify");
            assertThat(fromCopy.exitCode()).as(fromCopy.out()).isZero();
            assertThat(fromCopy.out()).contains("Vouched for up to entry 11").contains(copies.toString());
            // ...and so does the syslog line alone, saved as a file (the earlier checkpoints were not sent).
            FileSystemUtils.deleteRecursively(copies);
            Path saved = Files.createDirectories(store.resolveSibling(store.getFileName() + "-syslog"));
            Files.writeString(saved.resolve("checkpoint-000000000011.json"), signed);
            System.clearProperty("VIGIE_CHECKPOINT_COPY_DIR");
            Cli.Result fromSyslog = vigie("audit", "verify", "--checkpoints", saved.toString());
            assertThat(fromSyslog.out()).contains("the signed checkpoints of 2 entries (4 to 8) are missing")
                    .contains("still vouches for every entry (1 to 11)");
            FileSystemUtils.deleteRecursively(saved);
        }
    }
}
