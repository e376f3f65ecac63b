package fr.vigie.bias;

import static fr.vigie.bias.BiasFixtures.aboveInfo;
import static fr.vigie.bias.BiasFixtures.acceptance;
import static fr.vigie.bias.BiasFixtures.finding;
import static fr.vigie.bias.BiasFixtures.generate;
import static fr.vigie.bias.BiasFixtures.group;
import static fr.vigie.bias.BiasFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.bias.BiasFixtures.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The figures of each check against direct computations, and the triage of what the DPO is shown. */
class BiasScanTest {
    private static final int ROWS = 30_000;

    @Test
    void findsWomenAcceptedAtSixTenthsOfTheMensRate() {
        List<String[]> rows = generate(Scenario.control(ROWS, 1).womenFactor(0.6));
        BiasReport report = scan(BiasFixtures.request("decision", "ACCORDEE", Map.of("sexe", "M"), null,
                List.of()), rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "F");
        double direct = acceptance(rows, BiasFixtures::isWoman) / acceptance(rows, BiasFixtures::isMan);
        assertThat(f.value()).isCloseTo(direct, within(1e-9)).isCloseTo(0.6, within(0.05));
        assertThat(f.referenceGroup()).isEqualTo("M");
        assertThat(f.referenceChoice()).isEqualTo(ReferenceChoice.DECLARED);
        assertThat(f.metric()).isEqualTo(Metric.DISPARATE_IMPACT);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.direction()).isEqualTo(Direction.UNFAVOURABLE_TO_GROUP);
        assertThat(f.confidenceInterval().contains(f.value())).isTrue();
        assertThat(f.pValue()).isLessThan(1e-6);
        assertThat(f.qValue()).isGreaterThanOrEqualTo(f.pValue());
        assertThat(f.measures()).containsEntry("fourFifthsRuleViolated", 1.0);
        assertThat(f.measures().get("statisticalParityDifference")).isCloseTo(
                acceptance(rows, BiasFixtures::isWoman) - acceptance(rows, BiasFixtures::isMan), within(1e-9));
        assertThat(f.messageFr()).contains("des femmes").contains("des hommes").contains("ACCORDEE")
                .contains("p < 0,001");
        assertThat(f.messageEn()).contains("of women").contains("of men").contains("p < 0.001");
    }

    @Test
    void theMostFavouredGroupIsTheReferenceSoARatioBelowOneIsADisadvantage() {
        List<String[]> rows = generate(Scenario.control(ROWS, 4).womenFactor(0.6));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        // Women are the larger group, yet men, the favoured ones, are the reference.
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "F");
        assertThat(f.referenceGroup()).isEqualTo("M");
        assertThat(f.referenceChoice()).isEqualTo(ReferenceChoice.MOST_FAVOURED);
        assertThat(f.value()).isCloseTo(0.6, within(0.05));
        assertThat(f.direction()).isEqualTo(Direction.UNFAVOURABLE_TO_GROUP);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(group(report, "GENDER", "M").reference()).isTrue();
        assertThat(group(report, "GENDER", "F").reference()).isFalse();
        assertThat(report.summary()).first().satisfies(h -> {
            assertThat(h.column()).isEqualTo("sexe");
            assertThat(h.findingId()).isEqualTo(f.id());
        });
    }

    @Test
    void rateAndRangeOfTheSameGapAreOneFinding() {
        List<String[]> rows = generate(Scenario.control(ROWS, 15).womenFactor(0.6));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        assertThat(report.findings()).extracting(x -> x.check().name()).doesNotContain("OUTCOME_RANGE");
        assertThat(report.findings()).filteredOn(x -> x.attribute().equals("GENDER")
                && x.metric().equals(Metric.DISPARATE_IMPACT)).hasSize(1);
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "F");
        assertThat(f.measures()).containsKeys("minMaxRateRatio", "homogeneityPValue");
    }

    @Test
    void aFindingFavourableToAGroupIsKeptApartAndNeverLeadsTheSummary() {
        List<String[]> rows = generate(Scenario.control(ROWS, 16).womenFactor(0.6));
        BiasReport report = scan(BiasFixtures.request("decision", "ACCORDEE", Map.of("sexe", "F"), null, List.of()),
                rows);

        Finding men = finding(report, Check.OUTCOME_RATE, "GENDER", "M");
        assertThat(men.direction()).isEqualTo(Direction.FAVOURABLE_TO_GROUP);
        assertThat(men.value()).isGreaterThan(1.5);
        assertThat(men.favourable()).isTrue();
        assertThat(report.summary()).noneMatch(h -> h.findingId().equals(men.id()));
        String text = report.toText(Lang.FR);
        assertThat(text.indexOf("favorables")).isGreaterThan(0).isGreaterThan(text.indexOf("Constats"));
    }

    @Test
    void explicitProtectedColumnsAreTheWholeList() {
        List<String[]> rows = generate(Scenario.control(5_000, 17));
        BiasReport report = scan(BiasFixtures.plannedRequest("id"), rows);

        assertThat(report.protectedColumns()).extracting(ProtectedColumn::column)
                .containsExactly("sexe", "nationalite");
        assertThat(report.addedFromClassification()).isEmpty();
        assertThat(report.groups()).noneMatch(g -> g.attribute().contains("AGE"));
    }

    @Test
    void tinyGroupIsInsufficientDataNeverAPass() {
        List<String[]> rows = generate(Scenario.control(ROWS, 5).extraSexX(15));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "X");
        assertThat(f.status()).isEqualTo(FindingStatus.INSUFFICIENT_DATA);
        assertThat(f.insufficientData()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.messageEn()).contains("Insufficient data").contains("not an absence of bias");
        assertThat(f.messageFr()).contains("Données insuffisantes");
        GroupStat x = group(report, "GENDER", "X");
        assertThat(x.insufficientData()).isTrue();
        assertThat(x.size()).isEqualTo(15L);
        assertThat(report.insufficientData()).isTrue();
    }

    @Test
    void groupsBelowThePublicationMinimumAreSuppressedAndTheirLabelsPooled() {
        List<String[]> rows = generate(Scenario.control(ROWS, 6).extraSexX(4));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        // "X" is a value of the data that four people share: it must not be named.
        assertThat(report.groups()).noneMatch(g -> g.group().contains("X"));
        GroupStat other = group(report, "GENDER", Dictionary.OVERFLOW);
        assertThat(other.suppressed()).isTrue();
        assertThat(other.size()).isNull();
        assertThat(other.share()).isNull();
        assertThat(other.outcomeRate()).isNull();
        assertThat(other.insufficientData()).isTrue();
        assertThat(other.pooledValues()).isEqualTo(1);
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", Dictionary.OVERFLOW);
        assertThat(f.value()).isNull();
        assertThat(f.groupSize()).isNull();
        assertThat(f.insufficientData()).isTrue();
        int min = BiasFixtures.rules().minPublishedCount();
        assertThat(report.findings()).allMatch(g -> g.groupSize() == null || g.groupSize() >= min);
        assertThat(report.groups()).allMatch(g -> g.size() == null || g.size() >= min);
        assertThat(report.findings()).noneMatch(g -> g.messageEn().contains("“X”") || g.messageFr().contains("« X »"));
    }

    @Test
    void aFindingIsNeverBlockingWithoutAValue() {
        // 40 women of a rare nationality, 6 of them granted: enough to conclude, too few to publish the rate.
        List<String[]> rows = generate(Scenario.control(ROWS, 18).nationalityFactor("Lettone", 0.25)
                .extraNationality("Lettone", 40));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.BLOCKING)
                .allSatisfy(f -> assertThat(f.value()).isNotNull());
        Finding latvians = finding(report, Check.OUTCOME_RATE, "ORIGIN", "Lettone");
        assertThat(latvians.status()).isEqualTo(FindingStatus.EVALUATED);
        assertThat(latvians.value()).isNull();
        assertThat(latvians.severity()).isLessThanOrEqualTo(Severity.HIGH);
    }

    @Test
    void inseeSexCodesAreUnderstoodAndShownWithTheirMeaning() {
        List<String[]> rows = generate(Scenario.control(ROWS, 19).inseeSexCodes().womenFactor(0.7));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        GroupStat women = group(report, "GENDER", "2");
        assertThat(women.meaningFr()).isEqualTo("les femmes");
        assertThat(women.coding()).isEqualTo("INSEE");
        assertThat(women.populationShare()).isEqualTo(0.527);
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "2");
        assertThat(f.messageFr()).contains("des femmes").contains("des hommes");
        assertThat(report.toText(Lang.FR)).contains("2 (les femmes, code INSEE)");
    }

    @Test
    void everyNonEuNationalityIsComparedOnItsOwnAndEuNationalsAreLeftAlone() {
        List<String[]> rows = generate(Scenario.control(ROWS, 2).shares(0.527, 0.06, 0.2).nonEuFactor(0.7));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        for (String nationality : BiasFixtures.NON_EU) {
            Finding f = finding(report, Check.OUTCOME_RATE, "ORIGIN", nationality);
            assertThat(f.value()).as(nationality).isCloseTo(0.7, within(0.1));
            assertThat(f.severity()).as(nationality).isGreaterThanOrEqualTo(Severity.LOW);
        }
        for (String nationality : BiasFixtures.EU) {
            assertThat(finding(report, Check.OUTCOME_RATE, "ORIGIN", nationality).severity())
                    .as(nationality).isEqualTo(Severity.INFO);
        }
    }

    @Test
    void incomeMissingMoreOftenForNonNationalsIsADataGap() {
        List<String[]> rows = generate(Scenario.control(ROWS, 9).shares(0.527, 0.031, 0.2).incomeGap());
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = report.findings().stream().filter(x -> x.check() == Check.MISSING_DATA
                && "revenu".equals(x.checkedColumn()) && "Marocaine".equals(x.group())).findFirst().orElseThrow();
        assertThat(f.value()).isCloseTo(0.2 / 0.03, within(2.0));
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.direction()).isEqualTo(Direction.UNFAVOURABLE_TO_GROUP);
        assertThat(f.messageFr()).contains("valeurs manquantes");
        Finding unknown = report.findings().stream().filter(x -> x.check() == Check.UNKNOWN_ATTRIBUTE
                && x.column().equals("sexe")).findFirst().orElseThrow();
        assertThat(unknown.value()).isCloseTo(0.02, within(0.005));
        assertThat(unknown.messageFr()).contains("valeurs manquantes").doesNotContain("inconnu");
    }

    @Test
    void numericOutcomeComparesMeansAndMedians() {
        List<String[]> rows = generate(Scenario.control(ROWS, 10).womenAmountFactor(0.75));
        BiasRequest request = BiasFixtures.request("montant", null, Map.of("sexe", "M"), null, List.of());
        BiasReport report = scan(request, rows);

        Finding f = finding(report, Check.OUTCOME_MEAN, "GENDER", "F");
        double direct = BiasFixtures.meanAmount(rows, BiasFixtures::isWoman)
                / BiasFixtures.meanAmount(rows, BiasFixtures::isMan);
        assertThat(f.value()).isCloseTo(direct, within(0.05)).isCloseTo(0.75, within(0.05));
        assertThat(f.measures().get("medianRatio")).isCloseTo(0.75, within(0.05));
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(report.outcomeKind()).isEqualTo(OutcomeKind.NUMERIC);
        assertThat(group(report, "GENDER", "F").outcomeMedian()).isCloseTo(562.5, within(30.0));
    }

    @Test
    void stratifiedDisparityRemovesTheConfoundingOfTheService() {
        List<String[]> rows = generate(Scenario.control(ROWS, 11).womenFactor(0.8).confoundedService());
        BiasRequest request = BiasFixtures.request("decision", "ACCORDEE", Map.of("sexe", "M"), "service", List.of());
        BiasReport report = scan(request, rows);

        Finding f = finding(report, Check.CONDITIONAL, "GENDER", "F");
        assertThat(f.value()).isCloseTo(0.8, within(0.05));
        assertThat(f.measures().get("crudeRatio")).isLessThan(0.6);
        assertThat(f.checkedColumn()).isEqualTo("service");
    }

    @Test
    void representationIsMeasuredOnTheReferencePopulationsCategories() {
        // 20 % non-EU nationals against 7.6 % in the reference population.
        BiasReport report = scan(BiasFixtures.decisionRequest(),
                generate(Scenario.control(ROWS, 12).shares(0.527, 0.031, 0.2)));

        Finding nonEu = report.findings().stream().filter(f -> f.check() == Check.REPRESENTATION
                && "non-EU".equals(f.group())).findFirst().orElseThrow();
        assertThat(nonEu.value()).isCloseTo(0.2 / 0.076, within(0.15));
        assertThat(nonEu.direction()).isEqualTo(Direction.OVER_REPRESENTED);
        assertThat(nonEu.messageFr()).contains("hors UE").doesNotContain("non-EU");
        Finding fit = report.findings().stream().filter(f -> f.check() == Check.REPRESENTATION_FIT
                && f.attribute().equals("ORIGIN")).findFirst().orElseThrow();
        assertThat(fit.pValue()).isLessThan(1e-6);
        assertThat(report.findings()).filteredOn(f -> f.check() == Check.REPRESENTATION && "F".equals(f.group()))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(group(report, "GENDER", "F").populationShare()).isEqualTo(0.527);
        assertThat(report.summary()).noneMatch(h -> Objects.equals(h.findingId(), nonEu.id()));
    }

    @Test
    void agesAndBirthDatesAreBandedWithTheMappingShown() {
        List<String[]> rows = generate(Scenario.control(5_000, 13));
        BiasRequest request = new BiasRequest(BiasFixtures.HEADER,
                List.of(new ProtectedColumn("date_naissance", fr.vigie.model.ProtectedAttribute.AGE)), "decision",
                "ACCORDEE", Map.of(), null, List.of());
        BiasReport report = scan(request, rows);

        assertThat(report.groups()).extracting(GroupStat::group).containsExactly("<25", "25-39", "40-54", "55-64",
                "65+");
        assertThat(report.rollups()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("date_naissance");
            assertThat(r.groups()).extracting(RollupView.Group::key).containsExactly("<25", "25-39", "40-54",
                    "55-64", "65+");
        });
        assertThat(report.findings()).anyMatch(f -> f.check() == Check.REPRESENTATION && "<25".equals(f.group()));
    }

    @Test
    void partialScansMergeIntoTheSameReport() {
        List<String[]> rows = generate(Scenario.control(12_000, 14).womenFactor(0.6).proxies().extraSexX(12));
        BiasRequest request = BiasFixtures.plannedRequest("id", "prenom");
        BiasReport whole = scan(request, rows);
        BiasScan merged = new BiasScan(BiasFixtures.rules(), request);
        for (int part = 0; part < 3; part++) {
            BiasScan partial = new BiasScan(BiasFixtures.rules(), request);
            // Partitions in a different order, so their dictionaries number labels differently.
            for (int i = rows.size() - 1 - part; i >= 0; i -= 3) {
                partial.accept(rows.get(i));
            }
            merged.merge(partial);
        }
        BiasReport combined = merged.finish();

        assertThat(combined.rows()).isEqualTo(whole.rows());
        assertThat(combined.groups()).extracting(GroupStat::attribute, GroupStat::group, GroupStat::size)
                .containsExactlyInAnyOrderElementsOf(whole.groups().stream()
                        .map(g -> org.assertj.core.groups.Tuple.tuple(g.attribute(), g.group(), g.size())).toList());
        assertThat(combined.findings()).hasSameSizeAs(whole.findings());
        for (Finding f : whole.findings()) {
            Finding g = combined.findings().stream().filter(x -> x.check() == f.check()
                    && x.attribute().equals(f.attribute()) && Objects.equals(x.group(), f.group())
                    && Objects.equals(x.scope(), f.scope())
                    && Objects.equals(x.checkedColumn(), f.checkedColumn())).findFirst().orElseThrow();
            if (f.value() != null) {
                assertThat(g.value()).isCloseTo(f.value(), within(1e-9));
            }
            assertThat(g.severity()).isEqualTo(f.severity());
        }
        assertThat(combined.proxyTests()).hasSameSizeAs(whole.proxyTests());
        for (ProxyTest t : whole.proxyTests()) {
            ProxyTest u = combined.proxyTests().stream().filter(x -> x.column().equals(t.column())
                    && Objects.equals(x.proxyOf(), t.proxyOf())).findFirst().orElseThrow();
            assertThat(u.status()).isEqualTo(t.status());
            assertThat(u.basis()).isEqualTo(t.basis());
            if (t.cramersV() != null) {
                assertThat(u.cramersV()).isCloseTo(t.cramersV(), within(1e-9));
            }
        }
        assertThat(aboveInfo(combined)).hasSameSizeAs(aboveInfo(whole));
    }
}
