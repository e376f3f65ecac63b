package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.ExitCode;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure Vigie expects (an unreadable file, a store it cannot reach, a policy it cannot meet, a
 * refused approval, bad configuration) is one clear message with its exit code, never a stack trace in
 * the output or the log; the trace is in the log at debug level only ({@code VIGIE_LOG_LEVEL=debug}).
 */
@ExtendWith(TemporaryKeys.class)
class ExpectedFailuresPrintOneMessageTest {
    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = TestProjects.withRules(work.resolve("project"));
    }

    @AfterEach
    void clear() {
        List.of("VIGIE_DB_URL", "VIGIE_LOG_LEVEL").forEach(System::clearProperty);
    }

    private Cli.Result vigie(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--project", project.toString(), "--store", work.resolve("store").toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    /** No trace anywhere (the store's commands log to stdout, the others to stderr); a short stderr. */
    private static void noTrace(Cli.Result result) {
        assertThat(result.out() + result.err()).doesNotContain("\tat ").doesNotContain("Caused by");
        assertThat(result.err().lines().count()).as(result.err()).isLessThanOrEqualTo(3);
    }

    private void unreadableSource() throws IOException {
        Files.createDirectories(project.resolve("data"));
        Files.copy(TestProjects.repository().resolve("src/test/resources/ingest/unreadable/binary.csv"),
                project.resolve("data/aides.csv"));
        TestProjects.smallJob(project, "aides", "data/aides.csv");
    }

    @Test
    void anUnreadableSourceFile() throws IOException {
        unreadableSource();

        Cli.Result run = vigie("run", "aides");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("binary content, not a text table");
        noTrace(run);
    }

    @Test
    void aBrokerAddressThatIsNotOne() throws IOException {
        TestProjects.smallJob(project, "aides", "data/aides.csv");

        Cli.Result run = vigie("run", "aides", "--broker", "tcp://vigie:s3cret@mq.local:61616");
        Cli.Result worker = vigie("worker", "--broker", "amqp://mq.local");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(run.err()).contains("--broker: give the broker's credentials in VIGIE_BROKER_USER")
                .doesNotContain("s3cret");
        assertThat(worker.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(worker.err().strip()).startsWith("vigie: --broker: expected 'embedded'");
        noTrace(run);
        noTrace(worker);
    }

    @Test
    void aStoreThatCannotBeReached() {
        System.setProperty("VIGIE_DB_URL", "jdbc:postgresql://127.0.0.1:1/vigie");

        Cli.Result exports = vigie("exports");

        assertThat(exports.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(exports.err().strip()).startsWith("vigie: cannot open the store: its database is unreachable");
        noTrace(exports);
    }

    @Test
    void aPolicyThatCannotBeMet() throws IOException {
        TestProjects.smallTable(project.resolve("data/aides.csv"), 40);
        Files.writeString(project.resolve("rules/policies/stricte.yml"), """
                id: stricte
                identifying: drop
                insensitive: keep
                privacy: {k: 1000, suppressionLimit: 0}
                """);
        Files.writeString(project.resolve("jobs/aides.yml"), """
                id: aides
                department: Test
                purpose: Vérifier un refus
                source: data/aides.csv
                bias: {enabled: false}
                partners:
                  - {id: metropole-toulouse, policy: rules/policies/stricte.yml}
                """);

        Cli.Result run = vigie("run", "aides");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REFUSED_BY_POLICY);
        noTrace(run);
    }

    @Test
    void aRefusedApproval() {
        String password = "correct horse battery staple\n";
        assertThat(Cli.runWithInput(password, "users", "add", "dpo", "--role", "DPO", "--project", project.toString(),
                "--store", work.resolve("store").toString()).exitCode()).isZero();
        Cli.Result approve = Cli.runWithInput(password, "approve", "metropole-toulouse/aides/aides-1", "--user", "dpo",
                "--comment", "conforme", "--project", project.toString(), "--store", work.resolve("store").toString());

        assertThat(approve.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(approve.err().strip()).startsWith("vigie: export metropole-toulouse/aides/aides-1 cannot be approved");
        noTrace(approve);
    }

    @Test
    void badConfiguration() throws IOException {
        Files.writeString(project.resolve("jobs/aides.yml"), "id: aides\nshedule: tous les soirs\n");

        Cli.Result run = vigie("run", "--all");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(run.err().strip()).startsWith("vigie: " + project.resolve("jobs/aides.yml") + ": shedule: unknown key");
        noTrace(run);
    }

    @Test
    void theTraceIsInTheLogAtDebugLevel() throws IOException {
        unreadableSource();
        System.setProperty("VIGIE_LOG_LEVEL", "debug");

        Cli.Result run = vigie("run", "aides");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out() + run.err()).contains("fr.vigie.model.InputException").contains("\tat ");
    }
}
