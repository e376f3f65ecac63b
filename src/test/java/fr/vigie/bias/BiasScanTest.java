package fr.vigie.bias;

import static fr.vigie.bias.BiasFixtures.acceptance;
import static fr.vigie.bias.BiasFixtures.finding;
import static fr.vigie.bias.BiasFixtures.generate;
import static fr.vigie.bias.BiasFixtures.isFrench;
import static fr.vigie.bias.BiasFixtures.isMan;
import static fr.vigie.bias.BiasFixtures.isNonEu;
import static fr.vigie.bias.BiasFixtures.isWoman;
import static fr.vigie.bias.BiasFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.bias.BiasFixtures.Spec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The injected effects of the evaluation are found, and nothing is invented on a control. */
class BiasScanTest {
    private static final int ROWS = 30_000;

    @Test
    void findsWomenAcceptedAtSixTenthsOfTheMensRate() {
        List<String[]> rows = generate(Spec.control(ROWS, 1).withWomenFactor(0.6));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "F");
        double direct = acceptance(rows, BiasFixtures::isWoman) / acceptance(rows, BiasFixtures::isMan);
        assertThat(f.value()).isCloseTo(direct, within(0.05)).isCloseTo(0.6, within(0.05));
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
        assertThat(f.messageFr()).contains("des femmes").contains("des hommes").contains("ACCORDEE");
        assertThat(f.messageEn()).contains("of women").contains("of men");
    }

    @Test
    void findsNonNationalsAcceptedAtSevenTenthsAndLeavesEuNationalsAlone() {
        List<String[]> rows = generate(Spec.control(ROWS, 2).withNonEuFactor(0.7));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "ORIGIN", "non-EU");
        double direct = acceptance(rows, BiasFixtures::isNonEu) / acceptance(rows, BiasFixtures::isFrench);
        assertThat(f.value()).isCloseTo(direct, within(0.05)).isCloseTo(0.7, within(0.05));
        assertThat(f.referenceGroup()).isEqualTo("French");
        assertThat(f.severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(finding(report, Check.OUTCOME_RATE, "ORIGIN", "EU").severity())
                .isLessThanOrEqualTo(Severity.LOW);
    }

    @Test
    void controlWithoutEffectRaisesNothingAboveLow() {
        List<String[]> rows = generate(Spec.control(ROWS, 3));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        assertThat(report.findingsAtLeast(Severity.MEDIUM)).as(report.toText()).isEmpty();
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.findings()).noneMatch(f -> f.check() == Check.PROXY && f.severity() != Severity.LOW);
    }

    @Test
    void largestGroupIsTheReferenceWhenNoneIsDeclared() {
        List<String[]> rows = generate(Spec.control(ROWS, 4).withWomenFactor(0.6));
        BiasReport report = scan(BiasFixtures.request("decision", "ACCORDEE", Map.of(), null, List.of()), rows);

        // Women are the larger group in the reference shares, so men are compared with them.
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "M");
        assertThat(f.referenceGroup()).isEqualTo("F");
        assertThat(f.referenceChoice()).isEqualTo(ReferenceChoice.LARGEST);
        assertThat(f.value()).isCloseTo(1 / 0.6, within(0.1));
        assertThat(f.direction()).isEqualTo(Direction.FAVOURABLE_TO_GROUP);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void tinyGroupIsInsufficientDataNeverAPass() {
        List<String[]> rows = generate(Spec.control(ROWS, 5).withTinyGroup(15));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "X");
        assertThat(f.status()).isEqualTo(FindingStatus.INSUFFICIENT_DATA);
        assertThat(f.insufficientData()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.messageEn()).contains("Insufficient data").contains("not an absence of bias");
        GroupStat x = report.groups().stream().filter(g -> g.group().equals("X")).findFirst().orElseThrow();
        assertThat(x.insufficientData()).isTrue();
        assertThat(x.size()).isEqualTo(15L);
        assertThat(report.insufficientData()).isTrue();
    }

    @Test
    void groupsBelowThePublicationMinimumAreSuppressedAndTheirLabelsPooled() {
        List<String[]> rows = generate(Spec.control(ROWS, 6).withTinyGroup(4));
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        // "X" is a value of the data, not a category of the vocabulary: four people must not be named.
        assertThat(report.groups()).noneMatch(g -> g.group().contains("X"));
        GroupStat other = report.groups().stream().filter(g -> g.group().equals("(other)")).findFirst().orElseThrow();
        assertThat(other.suppressed()).isTrue();
        assertThat(other.size()).isNull();
        assertThat(other.share()).isNull();
        assertThat(other.outcomeRate()).isNull();
        assertThat(other.insufficientData()).isTrue();
        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER", "(other)");
        assertThat(f.value()).isNull();
        assertThat(f.groupSize()).isNull();
        assertThat(f.insufficientData()).isTrue();
        int min = BiasFixtures.rules().minPublishedCount();
        assertThat(report.findings()).allMatch(g -> g.groupSize() == null || g.groupSize() >= min);
        assertThat(report.groups()).allMatch(g -> g.size() == null || g.size() >= min);
        assertThat(report.findings()).noneMatch(g -> g.messageEn().contains("X") || g.messageFr().contains("X"));
    }

    @Test
    void effectThatExistsOnlyInTheIntersectionIsFoundThere() {
        List<String[]> rows = generate(Spec.control(ROWS, 7).intersectionOnly(0.5));
        BiasRequest request = BiasFixtures.request("decision", "ACCORDEE", Map.of("sexe", "F", "nationalite", "FR"),
                null, List.of());
        BiasReport report = scan(request, rows);

        Finding f = finding(report, Check.OUTCOME_RATE, "GENDER×ORIGIN", "F × non-EU");
        double direct = acceptance(rows, r -> isWoman(r) && isNonEu(r)) / acceptance(rows, r -> isWoman(r) && isFrench(r));
        assertThat(f.referenceGroup()).isEqualTo("F × French");
        assertThat(f.referenceChoice()).isEqualTo(ReferenceChoice.DECLARED);
        assertThat(f.value()).isCloseTo(direct, within(0.05)).isCloseTo(0.5, within(0.05));
        assertThat(f.severity()).isGreaterThanOrEqualTo(Severity.HIGH);
        assertThat(f.column()).isEqualTo("sexe×nationalite");
        assertThat(finding(report, Check.OUTCOME_RATE, "GENDER", "M").severity()).isLessThanOrEqualTo(Severity.LOW);
        assertThat(finding(report, Check.OUTCOME_RATE, "ORIGIN", "non-EU").severity())
                .isLessThanOrEqualTo(Severity.LOW);
        assertThat(report.groups()).anyMatch(g -> g.attribute().equals("GENDER×ORIGIN")
                && g.group().equals("M × non-EU") && g.outcomeRate() != null);
    }

    @Test
    void firstNameRevealsSexAndDistrictRevealsNationality() {
        List<String[]> rows = generate(Spec.control(ROWS, 8).withProxies());
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding name = proxy(report, "prenom", "GENDER");
        assertThat(name.value()).isGreaterThan(0.9);
        assertThat(name.measures().get("uncertaintyCoefficient")).isGreaterThan(0.8);
        assertThat(name.severity()).isEqualTo(Severity.HIGH);
        assertThat(name.proxyColumns()).containsExactly("prenom");
        Finding district = proxy(report, "quartier", "ORIGIN");
        assertThat(district.severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        // A numeric column with many distinct values is binned, and still found.
        assertThat(proxy(report, "taille_cm", "GENDER").severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
        assertThat(report.findings()).noneMatch(f -> f.check() == Check.PROXY
                && List.of("service", "id", "revenu").contains(f.checkedColumn()));
    }

    private static Finding proxy(BiasReport report, String column, String attribute) {
        return report.findings().stream().filter(f -> f.check() == Check.PROXY && column.equals(f.checkedColumn())
                && f.attribute().equals(attribute)).findFirst()
                .orElseThrow(() -> new AssertionError("no proxy finding for " + column + "\n" + report.toText()));
    }

    @Test
    void incomeMissingMoreOftenForNonNationalsIsADataGap() {
        List<String[]> rows = generate(Spec.control(ROWS, 9).withIncomeGap());
        BiasReport report = scan(BiasFixtures.decisionRequest(), rows);

        Finding f = report.findings().stream().filter(x -> x.check() == Check.MISSING_DATA
                && "revenu".equals(x.checkedColumn()) && "non-EU".equals(x.group())).findFirst().orElseThrow();
        assertThat(f.value()).isCloseTo(0.2 / 0.03, within(1.5));
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.direction()).isEqualTo(Direction.UNFAVOURABLE_TO_GROUP);
        Finding unknown = report.findings().stream().filter(x -> x.check() == Check.UNKNOWN_ATTRIBUTE
                && x.column().equals("sexe")).findFirst().orElseThrow();
        assertThat(unknown.value()).isCloseTo(0.02, within(0.005));
    }

    @Test
    void numericOutcomeComparesMeansAndMedians() {
        List<String[]> rows = generate(Spec.control(ROWS, 10).withWomenAmountFactor(0.75));
        BiasRequest request = BiasFixtures.request("montant", null, Map.of("sexe", "M"), null, List.of());
        BiasReport report = scan(request, rows);

        Finding f = finding(report, Check.OUTCOME_MEAN, "GENDER", "F");
        double direct = BiasFixtures.meanAmount(rows, BiasFixtures::isWoman)
                / BiasFixtures.meanAmount(rows, BiasFixtures::isMan);
        assertThat(f.value()).isCloseTo(direct, within(0.05)).isCloseTo(0.75, within(0.05));
        assertThat(f.measures().get("medianRatio")).isCloseTo(0.75, within(0.05));
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(report.outcomeKind()).isEqualTo("NUMERIC");
        GroupStat women = report.groups().stream().filter(g -> g.group().equals("F")).findFirst().orElseThrow();
        assertThat(women.outcomeMedian()).isCloseTo(562.5, within(30.0));
    }

    @Test
    void stratifiedDisparityRemovesTheConfoundingOfTheService() {
        List<String[]> rows = generate(Spec.control(ROWS, 11).withWomenFactor(0.8).withConfoundedService());
        BiasRequest request = BiasFixtures.request("decision", "ACCORDEE", Map.of("sexe", "M"), "service", List.of());
        BiasReport report = scan(request, rows);

        Finding f = finding(report, Check.CONDITIONAL, "GENDER", "F");
        assertThat(f.value()).isCloseTo(0.8, within(0.05));
        assertThat(f.measures().get("crudeRatio")).isLessThan(0.6);
        assertThat(f.checkedColumn()).isEqualTo("service");
    }

    @Test
    void representationAgainstTheReferencePopulation() {
        // Nationality shares of the generator: 20 % non-EU against 7.6 % in the reference population.
        Spec spec = new Spec(ROWS, 12, 0.527, 0.031, 0.2, 0.6, 1, 1, 1, false, 0, false, 1, false);
        BiasReport report = scan(BiasFixtures.decisionRequest(), generate(spec));

        Finding nonEu = finding(report, Check.REPRESENTATION, "ORIGIN", "non-EU");
        assertThat(nonEu.value()).isCloseTo(0.2 / 0.076, within(0.15));
        assertThat(nonEu.direction()).isEqualTo(Direction.OVER_REPRESENTED);
        assertThat(nonEu.severity()).isEqualTo(Severity.HIGH);
        Finding fit = report.findings().stream().filter(f -> f.check() == Check.REPRESENTATION_FIT
                && f.attribute().equals("ORIGIN")).findFirst().orElseThrow();
        assertThat(fit.pValue()).isLessThan(1e-6);
        assertThat(finding(report, Check.REPRESENTATION, "GENDER", "F").severity()).isLessThanOrEqualTo(Severity.LOW);
        assertThat(report.groups()).filteredOn(g -> g.group().equals("F")).first()
                .satisfies(g -> assertThat(g.populationShare()).isEqualTo(0.527));
    }

    @Test
    void agesAndBirthDatesAreBanded() {
        List<String[]> rows = generate(Spec.control(5_000, 13));
        BiasRequest request = new BiasRequest(BiasFixtures.HEADER,
                List.of(new ProtectedColumn("date_naissance", fr.vigie.model.ProtectedAttribute.AGE)), "decision",
                "ACCORDEE", Map.of(), null, List.of());
        BiasReport report = scan(request, rows);

        assertThat(report.groups()).extracting(GroupStat::group).containsExactly("<25", "25-39", "40-54", "55-64",
                "65+");
        assertThat(report.findings()).anyMatch(f -> f.check() == Check.REPRESENTATION && "<25".equals(f.group()));
    }

    @Test
    void partialScansMergeIntoTheSameReport() {
        List<String[]> rows = generate(Spec.control(12_000, 14).withWomenFactor(0.6).withProxies().withTinyGroup(12));
        BiasRequest request = BiasFixtures.decisionRequest();
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
                    && x.attribute().equals(f.attribute()) && java.util.Objects.equals(x.group(), f.group())
                    && java.util.Objects.equals(x.checkedColumn(), f.checkedColumn())).findFirst().orElseThrow();
            if (f.value() != null) {
                assertThat(g.value()).isCloseTo(f.value(), within(1e-9));
            }
            assertThat(g.severity()).isEqualTo(f.severity());
        }
    }
}
