package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.identity.OperatingSystemUser;
import fr.vigie.testing.Cli;
import fr.vigie.testing.PendingExports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie approve} and {@code reject} decide only for a signed-in DPO (issue 14): a local account's
 * password read from standard input, or the operating-system user mapped to a role. Each test works on
 * its own copy of a store holding a real pending export.
 */
class ReviewerSignInTest {
    private static final String PASSWORD = "Relecture-AIPD-2026";

    @TempDir
    Path dir;

    private PendingExports.Store store;

    @BeforeEach
    void copyStore() {
        store = PendingExports.copy(dir);
        System.setProperty("VIGIE_KEY_DIR", store.keys().toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("VIGIE_KEY_DIR");
        System.clearProperty("VIGIE_LOGIN_MAX_FAILURES");
    }

    private Cli.Result vigie(String input, String... args) {
        return Cli.runWithInput(input, Stream.concat(Stream.of(args), Stream.of("--store", store.store().toString()))
                .toArray(String[]::new));
    }

    private void account(String name, String role) {
        Cli.Result added = vigie(PASSWORD + "\n", "users", "add", name, "--role", role);
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    private String audit() {
        return vigie("", "audit", "list").out();
    }

    @Test
    void aFreeTextNameNoLongerApprovesAndTheErrorSaysWhatToDo() {
        Cli.Result approve = vigie("", "approve", store.exportId(), "--by", "DPO Montpellier", "--comment", "ok");

        assertThat(approve.exitCode()).isEqualTo(2);
        assertThat(approve.err()).contains("--by no longer decides", "--user NAME", "--os-user");
        assertThat(store.outbox()).doesNotExist();
    }

    @Test
    void aDpoApprovesWithThePasswordOnStandardInputAndThePartnerSeesWhoApproved() {
        account("dpo.montpellier", "DPO");

        Cli.Result approve = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo.montpellier",
                "--comment", "conforme à l'AIPD");

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("by dpo.montpellier (DPO)");
        Cli.Result verify = vigie("", "verify", store.outbox().toString(), "--public-key",
                store.keys().resolve("vigie-signing.pub").toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("released: approved by dpo.montpellier (DPO, PASSWORD)", "conforme à l'AIPD");
        assertThat(audit()).contains("LOGIN_SUCCEEDED", "EXPORT_APPROVED").doesNotContain(PASSWORD);
        assertThat(approve.out() + approve.err()).doesNotContain(PASSWORD);
    }

    @Test
    void anEngineerCannotApproveEvenWithTheRightPassword() {
        account("ingenieur", "ENGINEER");

        Cli.Result approve = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "ingenieur",
                "--comment", "ok");

        assertThat(approve.exitCode()).isEqualTo(2);
        assertThat(approve.err()).contains("ingenieur (ENGINEER) may not decide");
        assertThat(store.outbox()).doesNotExist();
    }

    @Test
    void anAuditorCannotReject() {
        account("auditrice", "AUDITOR");

        Cli.Result reject = vigie(PASSWORD + "\n", "reject", store.exportId(), "--user", "auditrice", "--reason", "non");

        assertThat(reject.exitCode()).isEqualTo(2);
        assertThat(reject.err()).contains("may not decide");
        assertThat(vigie("", "exports").out()).contains("PENDING_REVIEW");
    }

    @Test
    void anAmberReportIsApprovedOnlyWithAComment() {
        account("dpo", "DPO");

        Cli.Result bare = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("is AMBER: an approval needs a comment");
        assertThat(store.outbox()).doesNotExist();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOneUntilUnlocked() {
        System.setProperty("VIGIE_LOGIN_MAX_FAILURES", "3");
        account("dpo", "DPO");
        for (int i = 0; i < 3; i++) {
            Cli.Result wrong = vigie("Mauvais-Mot-De-Passe-" + i + "\n", "approve", store.exportId(), "--user", "dpo",
                    "--comment", "ok");
            assertThat(wrong.exitCode()).isEqualTo(2);
            assertThat(wrong.err()).contains("wrong account name or password");
        }

        Cli.Result locked = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo", "--comment", "ok");

        assertThat(locked.err()).contains("locked");
        assertThat(store.outbox()).doesNotExist();
        String audit = audit();
        assertThat(audit.lines().filter(l -> l.contains("LOGIN_FAILED"))).hasSize(4);
        assertThat(audit).contains("ACCOUNT_LOCKED").doesNotContain("Mauvais-Mot-De-Passe", PASSWORD);
        assertThat(vigie("", "users", "list").out()).containsPattern("dpo\\s+DPO\\s+PASSWORD\\s+locked");

        assertThat(vigie("", "users", "unlock", "dpo").exitCode()).isZero();
        Cli.Result approve = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo", "--comment", "ok");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
    }

    @Test
    void aNameThatIsNoAccountIsNotRecordedRawInTheAuditLog() {
        String typedInTheWrongField = "Mon-Vrai-Mot-De-Passe-42";

        Cli.Result approve = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", typedInTheWrongField,
                "--comment", "ok");

        assertThat(approve.exitCode()).isEqualTo(2);
        assertThat(audit()).contains("LOGIN_FAILED", "a name that is no account").doesNotContain(typedInTheWrongField);
    }

    @Test
    void theOperatingSystemUserMappedToDpoApprovesWithoutPassword() {
        String osUser = OperatingSystemUser.name().orElseThrow();
        Cli.Result unmapped = vigie("", "approve", store.exportId(), "--comment", "ok");
        assertThat(unmapped.exitCode()).isEqualTo(2);
        assertThat(unmapped.err()).contains("who decides?", "vigie users add " + osUser + " --role DPO --os-user");

        assertThat(vigie("", "users", "add", osUser, "--role", "DPO", "--os-user").exitCode()).isZero();
        Cli.Result approve = vigie("", "approve", store.exportId(), "--comment", "ok");

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(vigie("", "verify", store.outbox().toString()).out())
                .contains("released: approved by " + osUser + " (DPO, OS_USER)");
    }

    @Test
    void accountsAreListedDisabledAndRefusedWeakPasswords() {
        Cli.Result weak = vigie("court\n", "users", "add", "dpo", "--role", "DPO");
        assertThat(weak.exitCode()).isEqualTo(2);
        assertThat(weak.err()).contains("at least 12 characters").doesNotContain("court\n");
        Cli.Result partnerWithoutId = vigie(PASSWORD + "\n", "users", "add", "toulouse", "--role", "PARTNER");
        assertThat(partnerWithoutId.err()).contains("--partner ID");

        account("dpo", "DPO");
        assertThat(vigie(PASSWORD + "\n", "users", "add", "toulouse", "--role", "PARTNER", "--partner",
                PendingExports.PARTNER).exitCode()).isZero();
        assertThat(vigie("", "users", "disable", "dpo").exitCode()).isZero();

        List<String> list = vigie("", "users", "list").out().lines().toList();
        assertThat(list).anySatisfy(l -> assertThat(l).containsPattern("^dpo\\s+DPO\\s+PASSWORD\\s+disabled"));
        assertThat(list).anySatisfy(l -> assertThat(l).containsPattern("^toulouse\\s+PARTNER\\s+metropole-toulouse"));
        assertThat(String.join("\n", list)).doesNotContain("$2a$");
        Cli.Result approve = vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo", "--comment", "ok");
        assertThat(approve.exitCode()).isEqualTo(2);
        assertThat(audit()).contains("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "DISABLED: account disabled");
    }

    @Test
    void theReleaseStatementIsInTheOutboxOnlyAndTheManifestSignatureStillHolds() throws Exception {
        account("dpo", "DPO");

        assertThat(vigie(PASSWORD + "\n", "approve", store.exportId(), "--user", "dpo", "--comment", "ok")
                .exitCode()).isZero();

        assertThat(store.outbox().resolve("release.json")).isRegularFile();
        assertThat(store.outbox().resolve("release.json.sig")).isRegularFile();
        assertThat(Files.readString(store.outbox().resolve("release.json")))
                .contains("\"exportId\" : \"" + store.exportId() + "\"", "\"manifestSha256\"", "\"approvedAt\"");
        Path pending = store.store().resolve("exports").resolve(PendingExports.PARTNER)
                .resolve(PendingExports.JOB).resolve(store.runId());
        assertThat(pending.resolve("release.json")).doesNotExist();
    }
}
