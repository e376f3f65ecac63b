package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A value rule's run that gives up once its share cannot be reached answers what the whole run would have. */
class ColumnEvidenceBoundedRunTest {
    private static final String[] MIXED = {"FR7630006000011234567890189", "GB82WEST12345698765432", "Asthme", "Diabète",
        "1 85 05 78 006 084 36", "marie.martin@example.fr", "06 12 34 56 78", "34000", "Montpellier", "Oui", "Non",
        "2024-03-12", "1250,50", "Refus", "sans objet"};

    /** Columns of one kind, of two kinds mixed in shares around the rules' minRatio, and of everything at once. */
    private static List<List<String>> columns() {
        Random random = new Random(7);
        List<List<String>> columns = new ArrayList<>();
        for (int a = 0; a < MIXED.length; a++) {
            for (int share : new int[] {100, 95, 90, 85, 80, 50, 10}) {
                int b = random.nextInt(MIXED.length);
                List<String> sample = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    sample.add(random.nextInt(100) < share ? MIXED[a] : MIXED[b] + (i % 3 == 0 ? " " : ""));
                }
                columns.add(sample);
            }
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(MIXED[random.nextInt(MIXED.length)]);
        }
        columns.add(all);
        columns.add(List.of());
        return columns;
    }

    @Test
    void reachingARulesShareAnswersAsTheWholeRunDoes() {
        ClassificationRules rules = Fixtures.rules();
        List<ValueRule> valueRules = rules.valueRules();
        for (List<String> sample : columns()) {
            ColumnEvidence bounded = ColumnEvidence.of("colonne", sample, rules);
            ColumnEvidence whole = ColumnEvidence.of("colonne", sample, rules);
            for (int r = 0; r < valueRules.size(); r++) {
                double min = valueRules.get(r).minRatio();
                assertThat(bounded.reaches(r, min)).as(valueRules.get(r).id()).isEqualTo(whole.ratio(r) >= min);
            }
            for (int r = 0; r < valueRules.size(); r++) {
                assertThat(bounded.ratio(r)).as(valueRules.get(r).id()).isEqualTo(whole.ratio(r));
                assertThat(bounded.distinctMatches(r)).isEqualTo(whole.distinctMatches(r));
            }
        }
    }

    @Test
    void aRuleGivenUpBeforeTheReleaseIsStillAnsweredAfterIt() {
        ClassificationRules rules = Fixtures.rules();
        List<ValueRule> valueRules = rules.valueRules();
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sample.add(i < 70 ? MIXED[0] : MIXED[i % MIXED.length]);
        }
        ColumnEvidence bounded = ColumnEvidence.of("colonne", sample, rules);
        ColumnEvidence whole = ColumnEvidence.of("colonne", sample, rules);
        for (int r = 0; r < valueRules.size(); r++) {
            bounded.reaches(r, valueRules.get(r).minRatio());
        }
        bounded.release(List.of());
        for (int r = 0; r < valueRules.size(); r++) {
            assertThat(bounded.ratio(r)).as(valueRules.get(r).id()).isEqualTo(whole.ratio(r));
            assertThat(bounded.matches(r)).isEqualTo(whole.matches(r));
        }
    }
}
