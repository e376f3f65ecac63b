package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TestProjects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie classify FILE}: what it says about the rows it could not read. */
class ClassifyCommandTest {
    static final Path TOO_MANY_FIELDS = TestProjects.corpusFile("bad-rows/too-many-fields.csv");

    @Test
    void theJsonCarriesTheMalformedRowCountNextToTheRows() {
        Cli.Result result = Cli.run("classify", TOO_MANY_FIELDS.toString(), "--json", "--project",
                TestProjects.repository().toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(result.out());
        assertThat(json.path("rows").asLong()).isEqualTo(2);
        assertThat(json.path("malformedRows").asLong()).isEqualTo(1);
        assertThat(json.path("columns")).hasSize(3);
        assertThat(json.path("dataset").isObject()).isTrue();
    }

    @Test
    void theTableSaysHowManyMalformedRowsWereLeftOut() {
        Cli.Result result = Cli.run("classify", TOO_MANY_FIELDS.toString(), "--project",
                TestProjects.repository().toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("1 malformed row left out");
    }
}
