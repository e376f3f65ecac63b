package fr.vigie.bias;

import static fr.vigie.bias.BiasFixtures.aboveInfo;
import static fr.vigie.bias.BiasFixtures.acceptance;
import static fr.vigie.bias.BiasFixtures.finding;
import static fr.vigie.bias.BiasFixtures.generate;
import static fr.vigie.bias.BiasFixtures.group;
import static fr.vigie.bias.BiasFixtures.proxy;
import static fr.vigie.bias.BiasFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.bias.BiasFixtures.Scenario;
import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpus of issue 13: one dataset per kind of effect a DPO must see (or must not be
 * shown), each scanned as the pipeline scans it, and its outcome asserted.
 */
class BiasCorpusTest {
    private static final int ROWS = 30_000;

    /** (a) One nationality alone is disadvantaged: found under its own label, not diluted in "non-EU". */
    @Test
    void oneNationalityAloneDisadvantagedIsFoundUnderItsOwnLabel() {
        List<String[]> rows = generate(Scenario.control(ROWS, 31).shares(0.527, 0.031, 0.12)
                .nationalityFactor("Marocaine", 0.6)
                .extraNationality("Péruvienne", 14).extraNationality("Érythréenne", 9)
                .extraNationality("étrangère", 60));
        BiasReport report = scan(BiasFixtures.plannedRequest("id", "nir", "prenom"), rows);

        Finding moroccans = finding(report, Check.OUTCOME_RATE, "ORIGIN", "Marocaine");
        GroupStat reference = group(report, "ORIGIN", moroccans.referenceGroup());
        assertThat(reference.reference()).isTrue();
        assertThat(moroccans.referenceChoice()).isEqualTo(ReferenceChoice.MOST_FAVOURED);
        assertThat(moroccans.value()).isLessThan(0.72)
                .isCloseTo(acceptance(rows, BiasFixtures.nationality("Marocaine")) / reference.outcomeRate(),
                        within(1e-9));
        assertThat(moroccans.severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(moroccans.direction()).isEqualTo(Direction.UNFAVOURABLE_TO_GROUP);
        // No other nationality is disadvantaged: nothing else on nationality above INFO.
        assertThat(aboveInfo(report)).filteredOn(f -> f.check() == Check.OUTCOME_RATE
                && f.attribute().equals("ORIGIN")).extracting(Finding::group).containsExactly("Marocaine");
        assertThat(report.summary()).extracting(Headline::column, Headline::findingId)
                .contains(org.assertj.core.groups.Tuple.tuple("nationalite", moroccans.id()));

        // The data's own values with their labels as written; the spellings of French merge into one group.
        assertThat(report.groups()).filteredOn(g -> g.attribute().equals("ORIGIN") && g.view() == GroupView.VALUE)
                .extracting(GroupStat::group)
                .contains("Française", "Italienne", "Marocaine", "Turque", "étrangère", "Péruvienne")
                .doesNotContain("non-EU", "EU", "French", "Français", "FR");
        // 14 rows: listed by name as insufficient data; 9 rows: counted, not named (small-cell suppression).
        GroupStat peruvians = group(report, "ORIGIN", "Péruvienne");
        assertThat(peruvians.insufficientData()).isTrue();
        assertThat(peruvians.size()).isEqualTo(14L);
        GroupStat others = group(report, "ORIGIN", Dictionary.OVERFLOW);
        assertThat(others.pooledValues()).isEqualTo(1);
        assertThat(others.insufficientData()).isTrue();
        assertThat(report.toText(Lang.FR)).doesNotContain("Érythréenne");

        // The roll-up is an extra view with its mapping; an unrecognised value is never guessed into it.
        RollupView rollup = report.rollups().stream().filter(r -> r.column().equals("nationalite")).findFirst()
                .orElseThrow();
        assertThat(rollup.groups()).anySatisfy(g -> {
            assertThat(g.key()).isEqualTo("non-EU");
            assertThat(g.members()).contains("Marocaine", "Turque", "Péruvienne");
        });
        assertThat(rollup.unmapped()).contains("étrangère");
        assertThat(report.groups()).anyMatch(g -> g.view() == GroupView.ROLLUP && g.group().equals("non-EU"));
        // The diluted non-EU figure is not a finding of its own: Moroccans carry it.
        assertThat(aboveInfo(report)).noneMatch(f -> f.scope() == GroupView.ROLLUP);
    }

    /** (b) Only an intersection is disadvantaged: reported; two marginal effects multiplied: not reported. */
    @Test
    void onlyAnIntersectionDepartingFromItsMarginalsIsReported() {
        List<String[]> xor = generate(Scenario.control(ROWS, 32).intersectionOnly(0.5));
        BiasReport report = scan(BiasFixtures.decisionRequest(), xor);

        Finding cell = finding(report, Check.OUTCOME_RATE, "GENDER×ORIGIN", "F × Marocaine");
        assertThat(cell.scope()).isEqualTo(GroupView.INTERSECTION);
        assertThat(cell.severity()).isGreaterThanOrEqualTo(Severity.HIGH);
        assertThat(cell.measures()).containsKeys("predictedRate", "interactionRatio", "interactionPValue");
        assertThat(cell.measures().get("interactionRatio")).isLessThan(0.8);
        assertThat(aboveInfo(report)).noneMatch(f -> f.scope() != GroupView.INTERSECTION
                && f.check() == Check.OUTCOME_RATE);

        List<String[]> multiplied = generate(Scenario.control(ROWS, 33).twoMarginalEffects(0.75, 0.8));
        BiasReport marginal = scan(BiasFixtures.decisionRequest(), multiplied);
        assertThat(finding(marginal, Check.OUTCOME_RATE, "GENDER", "F").severity())
                .isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(finding(marginal, Check.OUTCOME_RATE, "ORIGIN", "Marocaine").severity())
                .isGreaterThanOrEqualTo(Severity.LOW);
        assertThat(aboveInfo(marginal)).as(marginal.toText(Lang.EN))
                .noneMatch(f -> f.scope() == GroupView.INTERSECTION);
        Finding product = finding(marginal, Check.OUTCOME_RATE, "GENDER×ORIGIN", "F × Marocaine");
        assertThat(product.triage()).isEqualTo(Triage.EXPLAINED_BY_MARGINALS);
    }

    /** (c) A pre-banded age column carries the effect: its bands are groups, in their own order. */
    @Test
    void preBandedAgeColumnIsComparedBandByBandInItsOwnOrder() {
        List<String[]> rows = generate(Scenario.control(ROWS, 34).ageBandFactor("60 et plus", 0.6));
        BiasRequest request = new BiasRequest(BiasFixtures.HEADER,
                List.of(new ProtectedColumn("tranche_age", ProtectedAttribute.AGE)), "decision", "ACCORDEE",
                Map.of(), null, List.of());
        BiasReport report = scan(request, rows);

        assertThat(report.groups()).filteredOn(g -> g.attribute().equals("AGE")).extracting(GroupStat::group)
                .containsExactly("moins de 30 ans", "30-44 ans", "45-59 ans", "60 et plus");
        Finding old = finding(report, Check.OUTCOME_RATE, "AGE", "60 et plus");
        assertThat(old.value()).isCloseTo(0.6, within(0.05));
        assertThat(old.severity()).isGreaterThanOrEqualTo(Severity.HIGH);
        assertThat(old.messageFr()).contains("« 60 et plus »");
        Finding unknown = report.findings().stream().filter(f -> f.check() == Check.UNKNOWN_ATTRIBUTE)
                .findFirst().orElseThrow();
        assertThat(unknown.value()).isZero();
        assertThat(unknown.severity()).isEqualTo(Severity.INFO);
    }

    /** (d) A first name (an identifier) and a neighbourhood are proxies; every column is tested or explained. */
    @Test
    void firstNameAndNeighbourhoodAreProxiesEvenWhenTheFirstNameIsAnIdentifier() {
        List<String[]> rows = generate(Scenario.control(ROWS, 35).proxies());
        BiasReport report = scan(BiasFixtures.plannedRequest("id", "nir", "prenom"), rows);

        Finding nameForSex = proxy(report, "prenom", "GENDER");
        assertThat(nameForSex.value()).isGreaterThan(0.9);
        assertThat(nameForSex.severity()).isEqualTo(Severity.HIGH);
        assertThat(nameForSex.messageFr()).contains("« prenom »").contains("sexe");
        assertThat(proxy(report, "prenom", "ORIGIN").severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(proxy(report, "quartier", "ORIGIN").severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(proxy(report, "taille_cm", "GENDER").severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        // The NIR is unique per row, yet its first digit is the sex.
        Finding nir = proxy(report, "nir", "GENDER");
        assertThat(nir.measures()).containsEntry("firstCharacter", 1.0);
        assertThat(nir.severity()).isEqualTo(Severity.HIGH);

        // Every column but the outcome is tested, or left out with its reason.
        assertThat(report.proxyTests()).extracting(ProxyTest::column)
                .containsAll(BiasFixtures.HEADER.stream().filter(c -> !c.equals("decision")).toList());
        assertThat(leftOut(report, "id")).isEqualTo(ProxyTest.Reason.UNIQUE_PER_ROW);
        assertThat(leftOut(report, "commentaire")).isEqualTo(ProxyTest.Reason.FREE_TEXT);
        assertThat(report.proxyTests()).filteredOn(t -> t.column().equals("service"))
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(ProxyTest.Status.TESTED));
        assertThat(report.findings()).noneMatch(f -> f.check() == Check.PROXY
                && List.of("service", "id", "revenu", "montant").contains(f.checkedColumn()));
    }

    private static ProxyTest.Reason leftOut(BiasReport report, String column) {
        return report.proxyTests().stream().filter(t -> t.column().equals(column)
                && t.status() == ProxyTest.Status.LEFT_OUT).map(ProxyTest::reason).findFirst()
                .orElseThrow(() -> new AssertionError(column + " is not left out: " + report.proxyTests()));
    }

    /** (e) Nothing is there: nothing above INFO, nothing to decide. */
    @Test
    void controlWithoutAnyEffectShowsNothingAboveInfo() {
        List<String[]> rows = generate(Scenario.control(ROWS, 36));
        BiasReport report = scan(BiasFixtures.plannedRequest("id", "nir", "prenom"), rows);

        assertThat(aboveInfo(report)).as(report.toText(Lang.EN)).isEmpty();
        assertThat(report.summary()).isEmpty();
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.maxSeverity()).isEqualTo(Severity.INFO);
    }
}
