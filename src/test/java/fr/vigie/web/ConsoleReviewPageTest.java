package fr.vigie.web;

import static fr.vigie.web.ConsoleTestStore.AUDITOR;
import static fr.vigie.web.ConsoleTestStore.DPO;
import static fr.vigie.web.ConsoleTestStore.STORE;
import static fr.vigie.web.ConsoleTestStore.as;
import static fr.vigie.web.ConsoleTestStore.exportPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.vigie.job.RunWorkspace;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The DPO's review page: what it shows, what it never shows, and that it escapes what it shows. */
@ConsoleTest
class ConsoleReviewPageTest {
    private static final String SCRIPT = "<script>alert('vigie')</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    ExportRepository exports;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(DPO))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsGuaranteesAlertsFindingsTheVerifiedManifestAndTheDecisionForms() throws Exception {
        String page = page(exportPage());

        assertThat(page).contains(STORE.exportId(), "PENDING_REVIEW", "metropole-toulouse",
                "rules/policies/partenaires-metropoles.yml", "AMBER");
        assertThat(page).contains("id=\"k\">5<", "Risque de ré-identification", "Perte d'utilité");
        assertThat(page).contains("DPIA_REQUIRED", "id=\"findings\"", "HIGH");
        assertThat(page).contains("Signature Ed25519 et sommes de contrôle vérifiées", "datapackage.json",
                "&quot;profile&quot; : &quot;tabular-data-package&quot;");
        assertThat(page).contains("id=\"approve-form\"", "id=\"reject-form\"", "(obligatoire : le rapport est");
    }

    @Test
    void theSideBySideViewShowsPackageRowsAgainstThePromisesAndNoSourceValueOfAnIdentifyingColumn()
            throws Exception {
        String page = page(exportPage());

        assertThat(page).contains("Pseudonymisée (HMAC-SHA256, clé propre au partenaire)",
                "Généralisée au niveau", "Conservée telle quelle", "Codage haut/bas");
        String firstPackageRow = Files.readAllLines(STORE.store().resolve("exports/metropole-toulouse/ccas-aides")
                .resolve(STORE.runId()).resolve("data.csv")).get(1);
        // A pseudonym starting with '-' carries the package's formula guard ("'-4hsc..."): the page shows it escaped.
        assertThat(page).contains(HtmlUtils.htmlEscape(firstPackageRow.split(",")[1]));
        Set<String> sourceIdentifiers = identifyingSourceValues();
        assertThat(sourceIdentifiers).hasSizeGreaterThan(1000);
        assertThat(sourceIdentifiers.stream().filter(page::contains).toList()).isEmpty();
    }

    @Test
    void htmlInNamesMessagesAndAuditEntriesIsShownEscaped() throws Exception {
        injectMarkup();

        for (String url : new String[] {exportPage(), "/exports?status=ALL", "/audit"}) {
            String page = page(url);
            assertThat(page).as(url).doesNotContain(SCRIPT, IMG).contains("&lt;script&gt;");
        }
        assertThat(page(exportPage())).contains("&lt;img src=x onerror=alert(1)&gt;");
        String auditorView = mvc.perform(get("/audit").with(as(AUDITOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(auditorView).doesNotContain(SCRIPT);
    }

    @Test
    void theAuditPageShowsTheChainVerification() throws Exception {
        assertThat(page("/audit")).contains("Chaîne intacte", "EXPORT_CREATED", "RUN_STARTED");
    }

    @Test
    void theJobsPageShowsEachJobAndItsNextScheduledTime() throws Exception {
        String page = page("/jobs");

        assertThat(page).contains("ccas-aides", "30 2 * * *", "metropole-toulouse");
        assertThat(page).containsPattern("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    }

    @Test
    void theRunPageShowsStepsCountsFootprintAndLinksTheReport() throws Exception {
        String page = page("/runs/" + STORE.runId());

        assertThat(page).contains("COMPLETED", "Étapes", "g CO2e", "/runs/" + STORE.runId() + "/report");
        String report = mvc.perform(get("/runs/" + STORE.runId() + "/report").with(as(DPO))).andReturn()
                .getResponse().getContentAsString();
        assertThat(report).contains("<!DOCTYPE html>", STORE.runId());
    }

    /** Markup where a clumsy or hostile department could put it: column names, alert text, the audit log. */
    private void injectMarkup() throws Exception {
        Path reportFile = STORE.store().resolve("reports").resolve(STORE.runId()).resolve("report.json");
        JsonNode report = RunWorkspace.JSON.readTree(reportFile.toFile());
        if (!report.toString().contains("onerror")) {
            ObjectNode columns = (ObjectNode) report.path("anonymisation").get(0).path("columns");
            columns.putObject(SCRIPT).put("treatment", "KEPT").put("role", IMG);
            ObjectNode alert = ((tools.jackson.databind.node.ArrayNode) report.path("alerts")).addObject();
            alert.put("level", "HIGH").put("code", "X").put("message", SCRIPT);
            RunWorkspace.JSON.writeValue(reportFile.toFile(), report);
            audit.append(SCRIPT, "TEST", "export/" + SCRIPT, IMG);
            exports.add(new ExportRecord("metropole-xss/ccas-aides/" + STORE.runId(), STORE.runId(), "metropole-xss",
                    "ccas-aides", SCRIPT, STORE.store().toString(), ExportStatus.REJECTED, 1, "0".repeat(64),
                    Instant.now(), null));
        }
    }

    /** Values (6 characters or more) of the source's identifying columns, as the run classified them. */
    private static Set<String> identifyingSourceValues() throws Exception {
        JsonNode report = RunWorkspace.JSON.readTree(STORE.store().resolve("reports").resolve(STORE.runId())
                .resolve("report.json").toFile());
        Set<String> identifying = new HashSet<>();
        report.path("classification").path("columns").forEach(c -> {
            if ("IDENTIFYING".equals(c.path("attributeType").asString())) {
                identifying.add(c.path("name").asString());
            }
        });
        Set<String> values = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(Path.of("sample-data/ccas/aides.csv"),
                Charset.forName("windows-1252"));
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                        .get().parse(reader)) {
            for (CSVRecord row : parser) {
                for (String column : identifying) {
                    String value = row.get(column);
                    if (value != null && value.length() >= 6) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }
}
