package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section {@code householdRanks}, its {@code notBeside} included, validated on load, errors naming file and key. */
class HouseholdRanksRulesTest {
    private static final String RULES = Fixtures.minimalRules("RECORD_IDENTIFIER: {attributeType: IDENTIFYING}")
        + Fixtures.MINIMAL_DATA_SUBJECT + """
        householdRanks:
          key: {infoType: RECORD_IDENTIFIER, confidence: 0.45}
          notBeside: [OFFENCE]
        """;

    @TempDir
    Path dir;

    @Test
    void readsTheDomainsBesideWhichNoRankIsRead() throws IOException {
        assertThat(Fixtures.loadRules(dir, RULES).householdRanks().notBeside()).containsExactly(Domain.OFFENCE);
        assertThat(Fixtures.loadRules(dir, RULES.replace("  notBeside: [OFFENCE]\n", "")).householdRanks().notBeside()).isEmpty();
    }

    @Test
    void theProjectRulesReadNoRankBesideAnOffence() {
        assertThat(Fixtures.rules().householdRanks().notBeside()).contains(Domain.OFFENCE);
    }

    @Test
    void rejectsADomainThatIsNone() {
        Fixtures.assertRulesRejected(dir, RULES.replace("notBeside: [OFFENCE]", "notBeside: [CRIME]"),
            "householdRanks.notBeside[0]", "unknown value");
    }
}
