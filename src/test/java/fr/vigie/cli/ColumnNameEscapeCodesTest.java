package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header holding terminal escape sequences (clear screen, colours, a window title, a C1 CSI, a bell):
 * none of those characters reaches the terminal, the log or the report.
 */
@ExtendWith(TemporaryKeys.class)
class ColumnNameEscapeCodesTest {
    static final Path FILE = TestProjects.corpusFile("hostile/escape-codes-header.csv");

    @TempDir
    Path work;

    @Test
    void classifyPrintsNoControlCharacterOfTheHeader() {
        Path project = TestProjects.repository();

        Cli.Result table = Cli.run("classify", FILE.toString(), "--project", project.toString());
        Cli.Result json = Cli.run("classify", FILE.toString(), "--json", "--project", project.toString());

        assertThat(table.exitCode()).as(table.out() + table.err()).isZero();
        assertNoControlCharacter(table.out() + table.err());
        assertNoControlCharacter(json.out() + json.err());
        assertThat(json.out()).doesNotContain("\\u001B", "\\u001b", "\\u0007");
        assertThat(table.out()).contains("nom").contains("prenom");
    }

    @Test
    void aRunPrintsAndReportsNoControlCharacterOfTheHeader() throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Files.createDirectories(project.resolve("data"));
        Files.copy(FILE, project.resolve("data/contacts.csv"));
        Files.writeString(project.resolve("jobs/contacts.yml"), """
                id: contacts
                department: Test
                purpose: Vérifier qu'un en-tête hostile n'atteint ni le terminal ni le rapport
                source: {path: data/contacts.csv}
                """);
        Path store = work.resolve("store");

        Cli.Result run = Cli.run("run", "contacts", "--project", project.toString(), "--store", store.toString());
        Cli.Result report = Cli.run("report", "--project", project.toString(), "--store", store.toString(),
                runId(store));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertNoControlCharacter(run.out() + run.err() + report.out() + report.err());
        Path reports = store.resolve("reports").resolve(runId(store));
        for (String file : new String[] {"report.json", "report.html"}) {
            String text = Files.readString(reports.resolve(file));
            assertNoControlCharacter(text);
            assertThat(text).as(file).doesNotContain("\\u001B", "\\u001b", "\\u0007", "&#27;", "&#x1b;");
        }
    }

    private static String runId(Path store) throws IOException {
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            return runs.findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** No C0 control but line breaks and tabs, no DEL, no C1 control. */
    static void assertNoControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            assertThat(control).as("control character U+%04X at %d", (int) c, i).isFalse();
        }
    }
}
