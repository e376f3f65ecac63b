package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bias scan on the shipped samples, as a DPO meets it: the CCAS job run end to end (what needs a
 * decision, the HTML report), and {@code vigie scan-bias} on the CCAS file and on the Adult census file.
 */
@ExtendWith(TemporaryKeys.class)
class BiasOnTheSamplesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CCAS = "sample-data/ccas/aides.csv";
    private static final String ADULT = "src/test/resources/reference/adult/adult.csv";

    @TempDir
    Path store;

    @BeforeEach
    void settings() {
        System.clearProperty("VIGIE_DB_URL");
    }

    private Cli.Result vigie(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--store", store.toString())).toArray(String[]::new);
        return Cli.run(all);
    }

    @Test
    void ccasRunPutsTheSexAndNationalityEffectsFirstInWhatNeedsADecision() throws IOException {
        Cli.Result run = vigie("run", "ccas-aides");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path reportDir;
        try (Stream<Path> dirs = Files.list(store.resolve("reports"))) {
            reportDir = dirs.findFirst().orElseThrow();
        }
        JsonNode report = JSON.readTree(reportDir.resolve("report.json").toFile());

        List<String> decisions = new ArrayList<>();
        report.path("summary").path("needsDecision").forEach(d -> decisions.add(d.asString()));
        assertThat(decisions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(decisions.get(0)).contains("sexe").contains("des femmes").contains("des hommes");
        assertThat(decisions.get(1)).contains("nationalite").contains("des ressortissants de pays hors UE");
        long aboveInfo = 0;
        for (JsonNode f : report.path("bias").path("findings")) {
            aboveInfo += f.path("severity").asString().equals("INFO") ? 0 : 1;
        }
        assertThat(aboveInfo).isBetween(2L, 15L);

        String html = Files.readString(reportDir.resolve("report.html"));
        assertThat(html).contains("Française (les personnes de nationalité française) <span class=\"ref\">référence</span>")
                .contains("M (les hommes) <span class=\"ref\">référence</span>");
    }

    @Test
    void scanBiasSpeaksFrenchByDefaultAndEnglishOnRequest() {
        String[] scan = {"scan-bias", CCAS, "--protected", "sexe,nationalite", "--outcome", "decision", "--positive",
            "ACCORDEE"};
        Cli.Result french = vigie(scan);
        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.out()).contains("Constats").contains("des femmes").contains("< 0,001")
                .doesNotContain("Findings");

        Cli.Result english = vigie(Stream.concat(Stream.of(scan), Stream.of("--lang", "en")).toArray(String[]::new));
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("Findings").contains("of women").doesNotContain("Constats");

        Cli.Result german = vigie(Stream.concat(Stream.of(scan), Stream.of("--lang", "de")).toArray(String[]::new));
        assertThat(german.exitCode()).isEqualTo(2);
        assertThat(german.err()).contains("--lang");
    }

    @Test
    void adultScanOnTwoRequestedAttributesKeepsItsFindingsFewAndLeadsWithThem() {
        Cli.Result scan = vigie("scan-bias", ADULT, "--protected", "sex,race", "--outcome", "salary-class",
                "--positive", ">50K", "--json");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        JsonNode report = JSON.readTree(scan.out());

        assertThat(report.path("protectedColumns")).extracting(c -> c.path("column").asString())
                .containsExactly("sex", "race");
        long aboveInfo = 0;
        for (JsonNode f : report.path("findings")) {
            aboveInfo += f.path("severity").asString().equals("INFO") ? 0 : 1;
        }
        assertThat(aboveInfo).isBetween(2L, 25L);
        assertThat(report.path("summary")).extracting(h -> h.path("column").asString()).containsExactly("sex",
                "race");
    }
}
