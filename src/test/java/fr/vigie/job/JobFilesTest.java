package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.ExitCode;
import fr.vigie.model.ProtectedAttribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job-file validation: one test per kind of mistake, each naming the file and the key. */
class JobFilesTest {
    private static final String VALID = """
            id: ccas-aides
            department: CCAS
            description: Demandes d'aides
            purpose: Mesurer l'équité d'attribution
            source:
              path: data/aides.csv
              encoding: windows-1252
              separator: ";"
            schedule: "30 2 * * *"
            maxQuarantineRatio: 0.02
            columns:
              id_demande: {attributeType: INSENSITIVE}
            bias:
              protected: [sexe, {column: nationalite, attribute: ORIGIN}]
              outcome: decision
              positive: ACCORDEE
            partners:
              - id: metropole-toulouse
                policy: rules/policies/partenaires.yml
                formats: [parquet, csv]
            """;

    @TempDir
    Path project;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("rules/policies"));
        Files.writeString(project.resolve("rules/policies/partenaires.yml"), "id: partenaires\n");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/aides.csv"), "a;b\n1;2\n");
        Files.createDirectories(project.resolve("jobs"));
    }

    private Path job(String text) throws IOException {
        Path file = project.resolve("jobs/job.yml");
        Files.writeString(file, text);
        return file;
    }

    private ConfigException rejected(String text) throws IOException {
        Path file = job(text);
        try {
            JobFiles.load(file, project);
        } catch (ConfigException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
            assertThat(e.getMessage()).startsWith(file.toString());
            return e;
        }
        throw new AssertionError("the job file was accepted");
    }

    @Test
    void loadsAValidJobWithEverySetting() throws IOException {
        JobDefinition job = JobFiles.load(job(VALID), project);
        assertThat(job.id()).isEqualTo("ccas-aides");
        assertThat(job.source().pattern()).isEqualTo("data/aides.csv");
        assertThat(job.source().maxFilesWalked()).isEqualTo(JobFiles.MAX_FILES_WALKED);
        assertThat(job.source().separator()).isEqualTo(';');
        assertThat(job.schedule().cron()).isEqualTo("0 30 2 * * *");
        assertThat(job.maxQuarantineRatio()).isEqualTo(0.02);
        assertThat(job.bias().protectedColumns()).extracting(JobDefinition.ProtectedColumnSpec::attribute)
                .containsExactly(null, ProtectedAttribute.ORIGIN);
        assertThat(job.partners()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("metropole-toulouse");
            assertThat(p.formats()).containsExactly("parquet", "csv");
        });
        assertThat(job.pins()).containsKey("id_demande");
    }

    @Test
    void workersDefaultToOneAndAreCheckedOnLoad() throws IOException {
        assertThat(JobFiles.load(job(VALID), project).workers()).isEqualTo(1);
        assertThat(JobFiles.load(job(VALID + "workers: 2\n"), project).workers()).isEqualTo(2);
        assertThat(JobFiles.load(job(VALID + "workers: 2\n"), project).withWorkers(3).workers()).isEqualTo(3);

        ConfigException none = rejected(VALID + "workers: 0\n");
        assertThat(none.key()).isEqualTo("workers");
        assertThat(none.getMessage()).contains("at least 1");
        ConfigException many = rejected(VALID + "workers: 1000\n");
        assertThat(many.key()).isEqualTo("workers");
        ConfigException text = rejected(VALID + "workers: deux\n");
        assertThat(text.key()).isEqualTo("workers");
    }

    @Test
    void aBrokerIsCheckedOnLoadNamingTheFileAndTheKey() throws IOException {
        assertThat(JobFiles.load(job(VALID), project).broker()).isNull();
        JobDefinition embedded = JobFiles.load(job(VALID + "broker: embedded\n"), project);
        assertThat(embedded.broker()).isEqualTo(new BrokerAddress(true, "tcp://127.0.0.1:61616"));
        assertThat(embedded.partitioned()).isTrue();
        assertThat(JobFiles.load(job(VALID + "broker: tcp://mq.local:61617\n"), project).broker().url())
                .isEqualTo("tcp://mq.local:61617");

        ConfigException unknown = rejected(VALID + "broker: amqp://mq.local:5672\n");
        assertThat(unknown.key()).isEqualTo("broker");
        assertThat(unknown.getMessage()).contains("expected 'embedded', 'embedded:PORT' or 'tcp://HOST:PORT'");
        ConfigException port = rejected(VALID + "broker: embedded:99999\n");
        assertThat(port.key()).isEqualTo("broker");
        ConfigException secret = rejected(VALID + "broker: tcp://vigie:s3cret@mq.local:61616\n");
        assertThat(secret.getMessage()).contains("VIGIE_BROKER_PASSWORD").doesNotContain("s3cret");
    }

    @Test
    void aWorkerTimeoutDefaultsToFiveMinutesAndIsCheckedOnLoadNamingTheFileAndTheKey() throws IOException {
        assertThat(JobFiles.load(job(VALID), project).workerTimeout()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(JobFiles.load(job(VALID + "workerTimeout: 90s\n"), project).workerTimeout())
                .isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(JobFiles.load(job(VALID + "workerTimeout: 90s\n"), project).withWorkers(3).workerTimeout())
                .as("kept by the command line's other options").isEqualTo(java.time.Duration.ofSeconds(90));

        ConfigException bare = rejected(VALID + "workerTimeout: 300\n");
        assertThat(bare.key()).isEqualTo("workerTimeout");
        assertThat(bare.getMessage()).contains("job.yml").contains("with its unit");
        ConfigException tooShort = rejected(VALID + "workerTimeout: 1s\n");
        assertThat(tooShort.key()).isEqualTo("workerTimeout");
        assertThat(tooShort.getMessage()).contains("between 10s");
    }

    @Test
    void rejectsAnUnknownKeyNamingIt() throws IOException {
        ConfigException e = rejected(VALID.replace("schedule:", "shedule:"));
        assertThat(e.key()).isEqualTo("shedule");
        assertThat(e.getMessage()).contains("unknown key");
    }

    @Test
    void rejectsAnUnknownNestedKeyWithItsPath() throws IOException {
        ConfigException e = rejected(VALID.replace("    formats: [parquet, csv]", "    format: [parquet]"));
        assertThat(e.key()).isEqualTo("partners[0].format");
    }

    @Test
    void rejectsAMissingRequiredKey() throws IOException {
        ConfigException e = rejected(VALID.replace("purpose: Mesurer l'équité d'attribution\n", ""));
        assertThat(e.key()).isEqualTo("purpose");
        assertThat(e.getMessage()).contains("required");
    }

    @Test
    void rejectsAMissingPolicyFile() throws IOException {
        ConfigException e = rejected(VALID.replace("partenaires.yml", "inconnue.yml"));
        assertThat(e.key()).isEqualTo("partners[0].policy");
        assertThat(e.getMessage()).contains("file not found");
    }

    @Test
    void rejectsAnInvalidCronExpression() throws IOException {
        ConfigException e = rejected(VALID.replace("\"30 2 * * *\"", "\"every night\""));
        assertThat(e.key()).isEqualTo("schedule");
    }

    @Test
    void rejectsAnUnknownSourceFormat() throws IOException {
        ConfigException e = rejected(VALID.replace("  encoding: windows-1252", "  format: xml"));
        assertThat(e.key()).isEqualTo("source.format");
    }

    @Test
    void rejectsAnUnknownEncoding() throws IOException {
        ConfigException e = rejected(VALID.replace("windows-1252", "klingon-1"));
        assertThat(e.key()).isEqualTo("source.encoding");
    }

    @Test
    void rejectsASeparatorOfMoreThanOneCharacter() throws IOException {
        ConfigException e = rejected(VALID.replace("separator: \";\"", "separator: \";;\""));
        assertThat(e.key()).isEqualTo("source.separator");
    }

    @Test
    void rejectsAQuarantineRatioOutsideZeroToOne() throws IOException {
        ConfigException e = rejected(VALID.replace("0.02", "5"));
        assertThat(e.key()).isEqualTo("maxQuarantineRatio");
    }

    @Test
    void rejectsAnUnknownAttributeTypeInAPin() throws IOException {
        ConfigException e = rejected(VALID.replace("INSENSITIVE", "PUBLIC"));
        assertThat(e.key()).isEqualTo("columns.id_demande.attributeType");
    }

    @Test
    void rejectsAnUnknownProtectedAttribute() throws IOException {
        ConfigException e = rejected(VALID.replace("attribute: ORIGIN", "attribute: ETHNICITY"));
        assertThat(e.key()).isEqualTo("bias.protected[1].attribute");
    }

    @Test
    void rejectsAPositiveValueWithoutOutcome() throws IOException {
        ConfigException e = rejected(VALID.replace("  outcome: decision\n", ""));
        assertThat(e.key()).isEqualTo("bias.positive");
    }

    @Test
    void rejectsAPartnerListedTwice() throws IOException {
        ConfigException e = rejected(VALID + """
                  - id: metropole-toulouse
                    policy: rules/policies/partenaires.yml
                """);
        assertThat(e.key()).isEqualTo("partners[1].id");
    }

    @Test
    void rejectsAnUnknownExportFormat() throws IOException {
        ConfigException e = rejected(VALID.replace("[parquet, csv]", "[parquet, xlsx]"));
        assertThat(e.key()).isEqualTo("partners[0].formats[1]");
    }

    @Test
    void rejectsAnIdThatCannotNameAFolder() throws IOException {
        ConfigException e = rejected(VALID.replace("id: ccas-aides", "id: ../ccas"));
        assertThat(e.key()).isEqualTo("id");
    }

    @Test
    void rejectsYamlThatDoesNotParseWithItsLine() throws IOException {
        ConfigException e = rejected("id: x\n  department: [unclosed\n");
        assertThat(e.getMessage()).contains("line");
    }

    @Test
    void rejectsTwoJobFilesWithTheSameId() throws IOException {
        job(VALID);
        Files.writeString(project.resolve("jobs/other.yml"), VALID);
        assertThatThrownBy(() -> JobFiles.loadAll(project.resolve("jobs"), project))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("other.yml").hasMessageContaining("already used");
    }

    @Test
    void everyJobFileOfTheProjectIsValid() {
        Path repository = Path.of("").toAbsolutePath();
        assertThat(JobFiles.loadAll(repository.resolve("jobs"), repository)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(job -> assertThat(SourceFiles.resolve(job, repository)).isNotEmpty());
    }
}
