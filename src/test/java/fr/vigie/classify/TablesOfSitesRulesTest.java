package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section {@code dataSubject.areaTables.sites} is validated on load, its errors naming file and key. */
class TablesOfSitesRulesTest {
    private static final String RULES = Fixtures.minimalRules("COMMUNE: {attributeType: QUASI_IDENTIFYING}")
        + "  - {id: number, attributeType: INSENSITIVE, pattern: '\\d+', alone: false}\n"
        + Fixtures.MINIMAL_DATA_SUBJECT + """
          areaTables:
            areaWords: [commune]
            areaInfoTypes: [COMMUNE]
            statisticWords: [nb]
            numberRule: number
            sites: {words: [antenne, Bâtiment], nameRules: [number], minNameShare: 0.7, costWords: [coût],
                    measureWords: [kWh, m3], homeWords: [apt]}
        """;

    @TempDir
    Path dir;

    @Test
    void readsTheSitesSectionWithItsWordsNormalised() throws IOException {
        AreaTables.Sites sites = Fixtures.loadRules(dir, RULES).subjectRules().areaTables().sites();

        assertThat(sites.words()).contains("antenne", "batiment");
        assertThat(sites.minNameShare()).isEqualTo(0.7);
        assertThat(sites.namesACost("Coût TTC (€)")).isTrue();
        assertThat(sites.namesAMeasure("Wasser (m³)")).isTrue();
        assertThat(sites.namesAMeasure("Strom (kWh)")).isTrue();
        assertThat(sites.namesAMeasure("Montant")).isFalse();
    }

    @Test
    void theProjectRulesReadTablesOfSites() {
        assertThat(Fixtures.rules().subjectRules().areaTables().sites()).isNotNull();
    }

    @Test
    void rejectsAnUnknownValueRuleAKeyOrAShareOutOfRange() {
        Fixtures.assertRulesRejected(dir, RULES.replace("nameRules: [number]", "nameRules: [nope]"),
            "dataSubject.areaTables.sites.nameRules[0]", "unknown value rule 'nope'");
        Fixtures.assertRulesRejected(dir, RULES.replace("homeWords:", "dwellingWords:"), "dataSubject.areaTables.sites.dwellingWords",
            "unknown key");
        Fixtures.assertRulesRejected(dir, RULES.replace("minNameShare: 0.7", "minNameShare: 0.2"), "dataSubject.areaTables.sites.minNameShare",
            "must be between");
        Fixtures.assertRulesRejected(dir, RULES.replace("measureWords: [kWh, m3], ", ""), "dataSubject.areaTables.sites.measureWords",
            "missing");
    }
}
