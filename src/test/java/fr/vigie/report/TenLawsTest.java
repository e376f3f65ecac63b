package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class TenLawsTest {
    @Test
    void realisticRunMeetsMostLawsAndFlagsCrossingDpiaAndBias() {
        Map<Law, LawStatus> statuses = statuses(ReportFixtures.ccas());

        assertThat(statuses).hasSize(10);
        assertThat(statuses.get(Law.PERSONAL_DATA_PROTECTION)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.NO_HEALTH_FINANCE_CROSSING)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.IMPACT_STUDY)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.MINIMISATION)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.BIAS_VIGILANCE)).isEqualTo(LawStatus.ATTENTION);
        assertThat(statuses.get(Law.TRANSPARENCY)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.LOCAL_DATA)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.FRUGALITY)).isEqualTo(LawStatus.MET);
        assertThat(statuses.get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.MET);
        assertThat(TenLaws.overallStatus(TenLaws.evaluate(ReportFixtures.ccas()))).isEqualTo("AMBER");
    }

    @Test
    void anExportKeepingHealthAndFinancialColumnsBreaksTheNoCrossingLaw() {
        ObjectNode report = ReportFixtures.ccas();
        ObjectNode nimes = (ObjectNode) report.get("anonymisation").get(0);
        nimes.putObject("minimisation").putArray("dropped");
        ((ObjectNode) nimes.get("columns")).put("handicap", "kept");

        assertThat(statuses(report).get(Law.NO_HEALTH_FINANCE_CROSSING)).isEqualTo(LawStatus.NOT_MET);
        assertThat(TenLaws.overallStatus(TenLaws.evaluate(report))).isEqualTo("RED");
    }

    @Test
    void aDirectIdentifierKeptInAnExportBreaksTheProtectionLaw() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("anonymisation").get(0).get("columns")).put("nir", "kept");

        LawCheck check = TenLaws.evaluate(report).get(0);
        assertThat(check.status()).isEqualTo(LawStatus.NOT_MET);
        assertThat(check.evidence()).contains("nimes");
    }

    @Test
    void anExportWithoutAnonymisationOrWithKBelowTwoIsNotAnonymisedSharing() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("anonymisation").get(0).get("guarantees")).put("k", 1);
        assertThat(statuses(report).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_MET);

        report.putArray("anonymisation");
        assertThat(statuses(report).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_MET);
        assertThat(statuses(report).get(Law.PERSONAL_DATA_PROTECTION)).isEqualTo(LawStatus.NOT_MET);
    }

    @Test
    void remainingRecordsAtRiskAfterAnonymisationNeedAttention() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("anonymisation").get(0).get("riskAfter")).put("recordsAtRisk", 0.03);

        assertThat(statuses(report).get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.ATTENTION);
    }

    @Test
    void aDecidedExportWithoutARecordedApprovalBreaksTheHumanDecisionLaw() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("exports").get(0)).put("status", "RELEASED");
        assertThat(statuses(report).get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.NOT_MET);

        ((ArrayNode) report.get("audit")).addObject().put("action", "EXPORT_APPROVED").put("actor", "dpo");
        assertThat(statuses(report).get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.MET);
    }

    @Test
    void aReferencedImpactStudyMeetsTheImpactLaw() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("run")).put("dpia", "AIPD-2026-014");

        LawCheck check = TenLaws.evaluate(report).get(3);
        assertThat(check.status()).isEqualTo(LawStatus.MET);
        assertThat(check.evidence()).contains("AIPD-2026-014");
    }

    @Test
    void anExportOutsideTheLocalStoreBreaksTheLocalDataLaw() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("exports").get(0)).put("path", "s3://bucket/exports");

        assertThat(statuses(report).get(Law.LOCAL_DATA)).isEqualTo(LawStatus.NOT_MET);
    }

    @Test
    void aRunThatSharesNothingHasNoSharingLawsToMeet() {
        ObjectNode report = ReportFixtures.ccas();
        report.remove("exports");
        report.remove("anonymisation");
        Map<Law, LawStatus> statuses = statuses(report);

        assertThat(statuses.get(Law.ANONYMISED_SHARING)).isEqualTo(LawStatus.NOT_APPLICABLE);
        assertThat(statuses.get(Law.MINIMISATION)).isEqualTo(LawStatus.NOT_APPLICABLE);
        assertThat(statuses.get(Law.HUMAN_DECISION)).isEqualTo(LawStatus.NOT_APPLICABLE);
    }

    @Test
    void anEmptyReportAsksForAttentionRatherThanPassing() {
        List<LawCheck> checks = TenLaws.evaluate(ReportFixtures.JSON.createObjectNode());

        assertThat(checks).extracting(LawCheck::status).doesNotContain(LawStatus.NOT_MET);
        assertThat(checks.get(0).status()).isEqualTo(LawStatus.ATTENTION);
        assertThat(checks.get(8).status()).isEqualTo(LawStatus.ATTENTION);
        assertThat(TenLaws.overallStatus(checks)).isEqualTo("AMBER");
    }

    @Test
    void protectedAttributesWithoutABiasScanNeedAttention() {
        ObjectNode report = ReportFixtures.ccas();
        report.remove("bias");

        assertThat(statuses(report).get(Law.BIAS_VIGILANCE)).isEqualTo(LawStatus.ATTENTION);
    }

    @Test
    void writesTheLawsSectionOfTheReport() {
        JsonNode json = TenLaws.toJson(TenLaws.evaluate(ReportFixtures.ccas()));

        assertThat(json).hasSize(10);
        assertThat(json.get(0).path("law").asString()).isEqualTo("PERSONAL_DATA_PROTECTION");
        assertThat(json.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(json.get(2).path("status").asString()).isEqualTo("ATTENTION");
        assertThat(json.get(2).path("evidence").asString()).isNotBlank();
    }

    @Test
    void evidenceNeverQuotesProfileValues() {
        String evidence = TenLaws.evaluate(ReportFixtures.ccas()).stream().map(LawCheck::evidence)
                .collect(Collectors.joining("\n"));

        assertThat(evidence).doesNotContain("1010175123456").doesNotContain("Baillargues");
    }

    private static Map<Law, LawStatus> statuses(JsonNode report) {
        return TenLaws.evaluate(report).stream().collect(Collectors.toMap(LawCheck::law, LawCheck::status));
    }
}
