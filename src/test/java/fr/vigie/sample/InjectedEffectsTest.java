package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The effects the demo relies on: the documented bias in CCAS decisions, and distributions under
 * which k-anonymity is reachable with little suppression.
 */
class InjectedEffectsTest {

    @Test
    void womenAreGrantedAidAtAboutThreeQuartersOfMensRate() {
        List<Map<String, String>> rows = SampleFixtures.rows(SampleData.dataset("ccas"), 2024, 40_000);
        double women = SampleFixtures.rate(rows, r -> r.get("sexe").equals("F"), "decision", "ACCORDEE");
        double men = SampleFixtures.rate(rows, r -> r.get("sexe").equals("M"), "decision", "ACCORDEE");
        assertThat(women / men).isCloseTo(CcasGenerator.FEMALE_FACTOR, within(0.03));
    }

    @Test
    void nonEuNationalsAreGrantedAidAtAboutFourFifthsOfFrenchNationalsRate() {
        List<Map<String, String>> rows = SampleFixtures.rows(SampleData.dataset("ccas"), 2024, 40_000);
        double nonEu = SampleFixtures.rate(rows, r -> r.get("nationalite").equals("Hors UE"), "decision", "ACCORDEE");
        double french = SampleFixtures.rate(rows, r -> r.get("nationalite").equals("Française"), "decision", "ACCORDEE");
        double eu = SampleFixtures.rate(rows, r -> r.get("nationalite").equals("UE"), "decision", "ACCORDEE");
        assertThat(nonEu / french).isCloseTo(CcasGenerator.NON_EU_FACTOR, within(0.04));
        // EU nationals are the control: no effect.
        assertThat(eu / french).isCloseTo(1.0, within(0.06));
    }

    @Test
    void committedCcasFileShowsBothEffects() throws IOException {
        Dataset ccas = SampleData.dataset("ccas");
        List<Map<String, String>> rows = SampleFixtures.read(ccas.path(SampleFixtures.COMMITTED_DIR), ccas);
        double women = SampleFixtures.rate(rows, r -> r.get("sexe").equals("F"), "decision", "ACCORDEE");
        double men = SampleFixtures.rate(rows, r -> r.get("sexe").equals("M"), "decision", "ACCORDEE");
        double nonEu = SampleFixtures.rate(rows, r -> r.get("nationalite").equals("Hors UE"), "decision", "ACCORDEE");
        double french = SampleFixtures.rate(rows, r -> r.get("nationalite").equals("Française"), "decision", "ACCORDEE");
        assertThat(women / men).isCloseTo(0.75, within(0.05));
        assertThat(nonEu / french).isCloseTo(0.8, within(0.05));
    }

    @Test
    void womensBonusIsLowerWithinEachCategoryButNotOverall() {
        List<Map<String, String>> rows = SampleFixtures.rows(SampleData.dataset("rh"), 2024, 40_000);
        for (String category : List.of("A", "B", "C")) {
            double women = meanBonus(rows, category, "F");
            double men = meanBonus(rows, category, "M");
            assertThat(women / men).as(category).isCloseTo(RhGenerator.FEMALE_BONUS_FACTOR, within(0.03));
        }
        // Women hold more category-A posts, which hides the gap in the overall means (Simpson's paradox).
        assertThat(meanBonus(rows, null, "F") / meanBonus(rows, null, "M")).isGreaterThan(0.93);
    }

    @Test
    void promotionIsTheControlWithNoEffect() {
        List<Map<String, String>> rows = SampleFixtures.rows(SampleData.dataset("rh"), 2024, 40_000);
        double women = SampleFixtures.rate(rows, r -> r.get("sexe").equals("F"), "promotion_2024", "oui");
        double men = SampleFixtures.rate(rows, r -> r.get("sexe").equals("M"), "promotion_2024", "oui");
        assertThat(women / men).isCloseTo(1.0, within(0.1));
        assertThat(women).isCloseTo(RhGenerator.PROMOTION_RATE, within(0.01));
    }

    private static double meanBonus(List<Map<String, String>> rows, String category, String sex) {
        return rows.stream()
                .filter(r -> category == null || r.get("categorie").equals(category))
                .filter(r -> r.get("sexe").equals(sex))
                .mapToDouble(r -> Double.parseDouble(r.get("prime_annuelle").replace(',', '.')))
                .average().orElseThrow();
    }

    @Test
    void libraryHomeDeliveryIsATinyGroupAndShelvesHoldSpecialCategories() throws IOException {
        Dataset bibliotheques = SampleData.dataset("bibliotheques");
        List<Map<String, String>> rows =
                SampleFixtures.read(bibliotheques.path(SampleFixtures.COMMITTED_DIR), bibliotheques);
        long delivered = rows.stream().filter(r -> r.get("portage_domicile").equals("oui")).count();
        // Below the bias scan's minimum group size of 30, yet not empty.
        assertThat(delivered).isBetween(5L, 29L);
        assertThat(rows).extracting(r -> r.get("rayon_prefere"))
                .contains("200 Religion", "320 Science politique", "306.76 Études LGBT+");
    }

    @Test
    void fiveAnonymityNeedsLittleSuppressionOnGeneralisedQuasiIdentifiers() throws IOException {
        // Birth year by decade, sex, postal code to its first three digits: classes under 5 are few.
        assertSuppressionWithinFivePercent("ccas", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertSuppressionWithinFivePercent("sante", DateTimeFormatter.ofPattern("yyyy-MM-dd"));
        assertSuppressionWithinFivePercent("rh", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertSuppressionWithinFivePercent("mobilite", DateTimeFormatter.ofPattern("yyyy-MM-dd"));
        assertSuppressionWithinFivePercent("bibliotheques", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static void assertSuppressionWithinFivePercent(String name, DateTimeFormatter dates) throws IOException {
        Dataset dataset = SampleData.dataset(name);
        List<Map<String, String>> rows = SampleFixtures.read(dataset.path(SampleFixtures.COMMITTED_DIR), dataset);
        Map<String, Integer> classes = new HashMap<>();
        for (Map<String, String> r : rows) {
            int decade = LocalDate.parse(r.get("date_naissance"), dates).getYear() / 10;
            classes.merge(decade + "|" + r.get("sexe") + "|" + r.get("code_postal").substring(0, 3), 1, Integer::sum);
        }
        int suppressed = classes.values().stream().filter(n -> n < 5).mapToInt(Integer::intValue).sum();
        assertThat((double) suppressed / rows.size()).as(name).isLessThanOrEqualTo(0.05);
    }
}
