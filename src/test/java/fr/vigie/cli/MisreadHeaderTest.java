package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file whose header or dialect is misread must not send one person's record to a partner as column
 * names: the run fails (exit 1, RED report), nothing is exported, and the record's values appear in no
 * report, no terminal line and no file of the store outside the quarantine.
 */
@ExtendWith(TemporaryKeys.class)
class MisreadHeaderTest {
    /** The first data row of both files: the person whose values would become column names. */
    static final List<String> FIRST_PERSON = List.of("OUALI", "Ahmed");

    @TempDir
    Path work;

    /** Every data row has one field more than the header: the first one used to become the header. */
    @Test
    void aHeaderShorterThanEveryRowFailsTheRunAndExportsNothing() throws IOException {
        Outcome outcome = run("hostile/header-shifted.csv", "");

        outcome.assertFailedWithNothingExported();
        assertThat(outcome.printed()).contains("header-shifted.csv").contains("400 of 400 rows malformed");
    }

    /** Ragged rows with a comma in every address: the separator used to be guessed as ','. */
    @Test
    void raggedRowsDoNotTurnARecordIntoAColumnName() throws IOException {
        Outcome outcome = run("hostile/ragged-separator.csv", "");

        outcome.assertFailedWithNothingExported();
        assertThat(outcome.report().path("ingest").path("dialect").path("separator").asString()).isEqualTo(";");
        assertThat(outcome.printed()).contains("ragged-separator.csv").contains("rows malformed");
        assertThat(outcome.allText()).doesNotContain("03/07/1994");
    }

    /**
     * The job itself points at a data row as the header: the names pass for words, but one of them is a
     * value of a column classified IDENTIFYING (a surname, a first name), so nothing leaves with it.
     */
    @Test
    void aColumnNameHoldingAValueOfAnIdentifyingColumnFailsTheRun() throws IOException {
        Outcome outcome = run("hostile/header-shifted.csv", "headerLine: 2, ");

        outcome.assertFailedWithNothingExported();
        assertThat(outcome.printed()).contains("classified IDENTIFYING").contains("position(s) 1, 2 ");
    }

    @Test
    void anHtmlOrXmlPageSavedAsCsvIsRefusedAsNotATable() throws IOException {
        for (String page : List.of("hostile/html-page.csv", "hostile/xml-page.csv")) {
            Outcome outcome = run(page, "");

            assertThat(outcome.exitCode()).as(outcome.printed()).isEqualTo(1);
            assertThat(outcome.printed()).contains(Path.of(page).getFileName().toString()).contains("not a table");
            assertThat(outcome.printed()).doesNotContain("Martin");
        }
    }

    record Outcome(int exitCode, String printed, Path store) {
        JsonNode report() throws IOException {
            try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
                return JsonMapper.builder().build().readTree(runs.findFirst().orElseThrow().resolve("report.json").toFile());
            }
        }

        /**
         * Everything the run printed and wrote in the store, but the quarantine and the run's work area
         * (the places for raw rows, inside the authority's store) and the database file.
         */
        String allText() throws IOException {
            StringBuilder all = new StringBuilder(printed);
            try (Stream<Path> files = Files.walk(store)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.startsWith(store.resolve("quarantine")) && !file.startsWith(store.resolve("work"))
                            && !file.toString().endsWith(".db")) {
                        all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    }
                }
            }
            return all.toString();
        }

        void assertFailedWithNothingExported() throws IOException {
            assertThat(exitCode).as(printed).isEqualTo(1);
            assertThat(report().path("summary").path("status").asString()).isEqualTo("RED");
            assertThat(store.resolve("exports")).satisfiesAnyOf(
                    dir -> assertThat(dir).doesNotExist(),
                    dir -> assertThat(dir).isEmptyDirectory());
            assertThat(allText()).doesNotContain(FIRST_PERSON);
        }
    }

    /** Runs a CCAS-like job with a partner over a corpus file; {@code sourceKeys} adds to its source section. */
    private Outcome run(String corpusFile, String sourceKeys) throws IOException {
        String name = Path.of(corpusFile).getFileName().toString();
        Path project = TestProjects.withRules(work.resolve("project-" + name + sourceKeys.length()));
        Files.createDirectories(project.resolve("data"));
        Files.copy(TestProjects.corpusFile(corpusFile), project.resolve("data").resolve(name));
        Files.writeString(project.resolve("jobs/demandes.yml"), """
                id: demandes
                department: CCAS - Action sociale
                purpose: Partager des demandes d'aide anonymisées avec les métropoles partenaires
                source: {%spath: data/%s}
                partners:
                  - id: metropole-toulouse
                    policy: rules/policies/partenaires-metropoles.yml
                    formats: [csv]
                """.formatted(sourceKeys, name));
        Path store = work.resolve("store-" + name + sourceKeys.length());
        Cli.Result result = Cli.run("run", "demandes", "--project", project.toString(), "--store", store.toString());
        return new Outcome(result.exitCode(), result.out() + result.err(), store);
    }
}
