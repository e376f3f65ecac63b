package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.export.ExportFormat;
import fr.vigie.export.ExportPackage;
import fr.vigie.export.Field;
import fr.vigie.export.Keys;
import fr.vigie.export.PackageRequest;
import fr.vigie.export.PackageWriter;
import fr.vigie.export.Signer;
import fr.vigie.model.ExitCode;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportStatus;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * {@code vigie approve} releases the package that was exported, and nothing else: a validly signed
 * package put in its folder (another run's, another partner's, the same run's with other content) is
 * refused, as are a rejected or already released export; every refusal is in the audit log with its
 * reason. Packages are real signed files, the store a real H2 or PostgreSQL database, the CLI the one
 * users run.
 */
class ApprovalReleasesOnlyTheExportedPackageTest {
    private static final String DATASET = "ccas-aides";
    private static final String PARTNER = "metropole-toulouse";
    private static final String OTHER_PARTNER = "metropole-nimes";
    private static final String RUN = "ccas-aides-20261201T023000Z";
    private static final String OTHER_RUN = "ccas-aides-20261202T023000Z";
    /** A value that stands for personal data in the packages: it must never reach the audit log. */
    private static final String CANARY = "canary-7f3a9c";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path store;
    @TempDir
    Path keys;
    @TempDir
    Path elsewhere;

    private TestStores.Db db;
    private Signer signer;

    @AfterEach
    void clear() {
        TestStores.forget();
        System.clearProperty("VIGIE_KEY_DIR");
    }

    static Stream<String> vendors() {
        return TestStores.vendors();
    }

    private void store(String vendor) {
        db = TestStores.fresh(vendor, store.resolve("db")).useForCli();
        System.setProperty("VIGIE_KEY_DIR", keys.toString());
        signer = Keys.loadOrCreate(keys).signer();
        db.runs().upsertDataset(DATASET, "CCAS", "aides", "équité", "jobs/ccas-aides.yml");
        db.runs().started(RUN, DATASET, Instant.parse("2026-12-01T02:30:00Z"));
        db.runs().started(OTHER_RUN, DATASET, Instant.parse("2026-12-02T02:30:00Z"));
        for (String dpo : List.of("dpo", "first-dpo")) {
            assertThat(signedIn("users", "add", dpo, "--role", "DPO").exitCode()).isZero();
        }
    }

    /** Writes a signed package under {@code root} and, when {@code record}, records it PENDING_REVIEW. */
    private ExportPackage export(Path root, String partner, String run, String note, boolean record) {
        PackageRequest request = new PackageRequest(partner, DATASET, run,
                List.of(Field.string("tranche_age"), Field.string("note")), Set.of(ExportFormat.CSV), "etalab-2.0",
                Map.of("dataset", DATASET, "run", run));
        ExportPackage pkg = new PackageWriter(root, signer).write(request, sink -> {
            for (int i = 0; i < 20; i++) {
                sink.accept(new String[] {"30-39", note + "-" + i});
            }
        });
        if (record) {
            db.exports().add(new ExportRecord(ExportRecord.idOf(partner, DATASET, run), run, partner, DATASET,
                    "rules/policies/p.yml", pkg.dir().toString(), ExportStatus.PENDING_REVIEW, pkg.rows(),
                    pkg.manifestSha256(), Instant.now(), null));
        }
        return pkg;
    }

    private ExportPackage exported(String partner, String run) {
        return export(store.resolve("exports"), partner, run, CANARY, true);
    }

    private static void replaceContent(Path target, Path source) throws IOException {
        FileSystemUtils.deleteRecursively(target);
        FileSystemUtils.copyRecursively(source, target);
    }

    private Cli.Result vigie(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new));
    }

    /** A command run with the accounts' password on its standard input (it is asked, never an argument). */
    private Cli.Result signedIn(String... args) {
        return Cli.runWithInput(PASSWORD + "\n",
                Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new));
    }

    private Cli.Result approve(String exportId, String user) {
        // No report in this store: an unreadable report needs a comment (fail closed).
        return signedIn("approve", exportId, "--user", user, "--comment", "conforme");
    }

    private Path outbox(String partner, String run) {
        return store.resolve("outbox").resolve(partner).resolve(DATASET + "-" + run);
    }

    /** The refusal: its exit code, one line on stderr, nothing released, the export still pending, audited. */
    private void assertRefused(Cli.Result approve, int exitCode, String exportId, String reason, String status) {
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isEqualTo(exitCode);
        assertThat(approve.err()).contains(reason).doesNotContain("\tat ");
        assertThat(store.resolve("outbox").resolve(PARTNER)).satisfiesAnyOf(
                dir -> assertThat(dir).doesNotExist(),
                dir -> assertThat(dir).isEmptyDirectory());
        assertThat(db.exports().find(exportId)).get().extracting(e -> e.status().name()).isEqualTo(status);
        List<AuditEntry> refused = db.audit().entries("export/" + exportId).stream()
                .filter(e -> e.action().equals("EXPORT_APPROVAL_REFUSED")).toList();
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dpo");
            assertThat(e.details()).contains(reason);
        });
        assertThat(db.audit().entries(null)).allSatisfy(e -> assertThat(String.valueOf(e.details()))
                .doesNotContain(CANARY));
        assertThat(db.audit().verify().intact()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void releasesThePackageThatWasExported(String vendor) {
        store(vendor);
        ExportPackage pkg = exported(PARTNER, RUN);
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);

        Cli.Result approve = approve(id, "dpo");

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(outbox(PARTNER, RUN).resolve("datapackage.json")).hasSameBinaryContentAs(
                pkg.dir().resolve("datapackage.json"));
        assertThat(db.exports().find(id)).get().extracting(ExportRecord::status).isEqualTo(ExportStatus.RELEASED);
        assertThat(db.audit().entries("export/" + id)).extracting(AuditEntry::action)
                .containsExactly("EXPORT_APPROVED", "EXPORT_RELEASED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void refusesAnotherRunsSignedPackageCopiedIntoTheFolder(String vendor) throws IOException {
        store(vendor);
        ExportPackage pending = exported(PARTNER, RUN);
        ExportPackage other = exported(PARTNER, OTHER_RUN);
        replaceContent(pending.dir(), other.dir());
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);
        assertThat(vigie("verify", pending.dir().toString(), "--public-key", keys.resolve("vigie-signing.pub")
                .toString()).exitCode()).as("the swapped package is validly signed").isZero();

        Cli.Result approve = approve(id, "dpo");

        assertRefused(approve, ExitCode.FAILED, id, "run " + OTHER_RUN, "PENDING_REVIEW");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void refusesAnotherPartnersSignedPackage(String vendor) throws IOException {
        store(vendor);
        ExportPackage pending = exported(PARTNER, RUN);
        ExportPackage other = exported(OTHER_PARTNER, RUN);
        replaceContent(pending.dir(), other.dir());
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);

        Cli.Result approve = approve(id, "dpo");

        assertRefused(approve, ExitCode.FAILED, id, "partner " + OTHER_PARTNER, "PENDING_REVIEW");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void refusesASignedPackageOfTheSameRunWithOtherContent(String vendor) throws IOException {
        store(vendor);
        ExportPackage pending = exported(PARTNER, RUN);
        ExportPackage forged = export(elsewhere, PARTNER, RUN, "autre-contenu", false);
        replaceContent(pending.dir(), forged.dir());
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);

        Cli.Result approve = approve(id, "dpo");

        assertRefused(approve, ExitCode.FAILED, id, "manifest is not the one recorded", "PENDING_REVIEW");
        assertThat(approve.err()).contains(pending.manifestSha256()).contains(forged.manifestSha256());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void refusesToApproveARejectedPackage(String vendor) {
        store(vendor);
        exported(PARTNER, RUN);
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);
        assertThat(signedIn("reject", id, "--user", "dpo", "--reason", "k trop faible").exitCode()).isZero();

        Cli.Result approve = approve(id, "dpo");

        assertRefused(approve, ExitCode.BAD_CONFIGURATION, id, "already REJECTED", "REJECTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void refusesToReleaseAPackageTwice(String vendor) throws IOException {
        store(vendor);
        exported(PARTNER, RUN);
        String id = ExportRecord.idOf(PARTNER, DATASET, RUN);
        assertThat(approve(id, "first-dpo").exitCode()).isZero();
        Path released = outbox(PARTNER, RUN);
        FileSystemUtils.deleteRecursively(released);

        Cli.Result again = approve(id, "dpo");

        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(again.err()).contains("already RELEASED");
        assertThat(released).as("nothing released a second time").doesNotExist();
        assertThat(db.audit().entries("export/" + id)).extracting(AuditEntry::action)
                .containsExactly("EXPORT_APPROVED", "EXPORT_RELEASED", "EXPORT_APPROVAL_REFUSED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void auditsAnApprovalOfAnUnknownExport(String vendor) {
        store(vendor);
        String id = ExportRecord.idOf(PARTNER, DATASET, "ccas-aides-19990101T000000Z");

        Cli.Result approve = approve(id, "dpo");

        assertThat(approve.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(db.audit().entries("export/" + id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("EXPORT_APPROVAL_REFUSED");
            assertThat(e.details()).contains("no export");
        });
        assertThat(Files.exists(store.resolve("outbox"))).isFalse();
    }
}
