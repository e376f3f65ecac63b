package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TenLawsTest {
    @Test
    void theCcasRunMeetsMostLawsAndFlagsDpiaMinimisationAndBias() {
        Map<Law, LawStatus> statuses = statuses(ReportFixtures.ccasTree());

        assertThat(statuses).hasSize(10);
        assertThat(statuses.get(Law.PERSONAL_DATA_PROTECTION)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.NO_HEALTH_FINANCE_CROSSING)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.IMPACT_STUDY)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.MINIMISATION)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.BIAS_VIGILANCE)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.TRANSPARENCY)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.LOCAL_DATA)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.FRUGALITY)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.MET);
        assertThat(TenLaws.evaluate(ReportFixtures.ccas())).as("as the run wrote them")
                .isEqualTo(ReportFixtures.ccas().laws());
    }

    @Test
    void anExportKeepingHealthAndFinancialColumnsBreaksTheNoCrossingLaw() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("classification").get("columns").get(15)).put("domain", "HEALTH");

        assertThat(statuses(tree).get(Law.NO_HEALTH_FINANCE_CROSSING)).isEqualTo(LawStatus.NOT_MET);
    }

    @Test
    void aDirectIdentifierKeptInAnExportBreaksTheProtectionLaw() {
        ObjectNode tree = ReportFixtures.ccasTree();
        treatment(tree, "nir").put("treatment", "KEPT");

        LawCheck check = TenLaws.evaluate(ReportFixtures.typed(tree)).get(0);
        assertThat(check.status()).isEqualTo(LawStatus.NOT_MET);
        assertThat(check.evidence()).contains("metropole-toulouse");
    }

    @Test
    void anExportWithoutAnonymisationOrWithKBelowTwoIsNotAnonymisedSharing() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("anonymisation").get(0).get("guarantees")).put("k", 1);
        assertThat(statuses(tree).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_MET);

        tree.putArray("anonymisation");
        assertThat(statuses(tree).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_MET);
        assertThat(statuses(tree).get(Law.PERSONAL_DATA_PROTECTION)).isEqualTo(LawStatus.NOT_MET);
    }

    @Test
    void remainingRecordsAtRiskAfterAnonymisationNeedAttention() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("anonymisation").get(0).get("riskAfter")).put("recordsAtRisk", 0.03);

        assertThat(statuses(tree).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.ATTENTION);
    }

    @Test
    void droppedColumnsMeetTheMinimisationLaw() {
        ObjectNode tree = ReportFixtures.ccasTree();
        treatment(tree, "commentaire").put("treatment", "DROPPED");

        LawCheck check = TenLaws.evaluate(ReportFixtures.typed(tree)).get(4);
        assertThat(check.status()).isEqualTo(LawStatus.MET);
        assertThat(check.evidence()).contains("metropole-toulouse : 1");
    }

    @Test
    void anExportOutsideTheLocalStoreBreaksTheLocalDataLaw() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("exports").get(0)).put("path", "s3://bucket/exports");

        assertThat(statuses(tree).get(Law.LOCAL_DATA)).isEqualTo(LawStatus.NOT_MET);
    }

    @Test
    void aPartnerWhosePolicyRefusedLeavesNoPackageToDecide() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("exports").get(0)).put("status", "NOT_EXPORTED");

        LawCheck check = TenLaws.evaluate(ReportFixtures.typed(tree)).get(9);
        assertThat(check.status()).isEqualTo(LawStatus.NOT_APPLICABLE);
        assertThat(check.evidence()).contains("metropole-toulouse");
    }

    @Test
    void aRunThatSharesNothingHasNoSharingLawsToMeet() {
        ObjectNode tree = ReportFixtures.ccasTree();
        tree.remove("exports");
        tree.remove("anonymisation");
        Map<Law, LawStatus> statuses = statuses(tree);

        assertThat(statuses.get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_APPLICABLE);
        assertThat(statuses.get(Law.MINIMISATION)).isEqualTo(LawStatus.NOT_APPLICABLE);
        assertThat(statuses.get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.NOT_APPLICABLE);
    }

    @Test
    void aReportWithoutStagesAsksForAttentionRatherThanPassing() {
        List<LawCheck> checks = TenLaws.evaluate(ReportFixtures.empty());

        assertThat(checks).extracting(LawCheck::status).doesNotContain(LawStatus.NOT_MET);
        assertThat(checks.get(0).status()).isEqualTo(LawStatus.ATTENTION);
        assertThat(checks.get(8).status()).isEqualTo(LawStatus.ATTENTION);
    }

    @Test
    void protectedAttributesWithoutABiasScanNeedAttention() {
        ObjectNode tree = ReportFixtures.ccasTree();
        tree.remove("bias");

        assertThat(statuses(tree).get(Law.BIAS_VIGILANCE)).isEqualTo(LawStatus.ATTENTION);
    }

    @Test
    void writesTheLawsSectionWithTheLawsNumbersAndTitles() {
        JsonNode json = ComplianceReport.JSON.readTree(ReportFixtures.ccas().toJson()).path("laws");

        assertThat(json).hasSize(10);
        assertThat(json.get(0).path("law").asString()).isEqualTo("PERSONAL_DATA_PROTECTION");
        assertThat(json.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(json.get(0).path("title").asString()).isEqualTo(Law.PERSONAL_DATA_PROTECTION.titleFr());
        assertThat(json.get(3).path("status").asString()).isEqualTo("ATTENTION");
        assertThat(json.get(3).path("evidence").asString()).isNotBlank();
    }

    @Test
    void evidenceNeverQuotesProfileValues() {
        String evidence = TenLaws.evaluate(ReportFixtures.ccas()).stream().map(LawCheck::evidence)
                .collect(Collectors.joining("\n"));

        assertThat(evidence).doesNotContain("2024-01-02");
    }

    private static ObjectNode treatment(ObjectNode tree, String column) {
        return (ObjectNode) tree.get("anonymisation").get(0).get("columns").get(column);
    }

    private static Map<Law, LawStatus> statuses(ObjectNode tree) {
        return TenLaws.evaluate(ReportFixtures.typed(tree)).stream()
                .collect(Collectors.toMap(LawCheck::law, LawCheck::status));
    }
}
