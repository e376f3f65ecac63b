package fr.vigie.web;

import static fr.vigie.web.ConsoleTestStore.AUDITOR;
import static fr.vigie.web.ConsoleTestStore.DPO;
import static fr.vigie.web.ConsoleTestStore.ENGINEER;
import static fr.vigie.web.ConsoleTestStore.NIMES;
import static fr.vigie.web.ConsoleTestStore.STORE;
import static fr.vigie.web.ConsoleTestStore.TOULOUSE;
import static fr.vigie.web.ConsoleTestStore.as;
import static fr.vigie.web.ConsoleTestStore.exportPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.review.Reviews;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What each role may see and do, checked on the server (issue 14): every page per role, and every
 * forbidden action — an engineer approving, an auditor rejecting, a partner fetching another partner's
 * package by changing the URL, a missing CSRF token, path traversal in a download URL.
 */
@ConsoleTest
class ConsoleAccessTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ExportRepository exports;
    @Autowired
    Reviews reviews;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reopen() {
        ConsoleTestStore.reopen(jdbc);
    }

    private ExportStatus exportStatus() {
        return exports.find(STORE.exportId()).orElseThrow().status();
    }

    private void release() {
        reviews.approve(STORE.exportId(), DPO, "conforme");
    }

    private String file(String name) {
        return "/partner/exports/" + fr.vigie.testing.PendingExports.JOB + "/" + STORE.runId() + "/" + name;
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"/", "/exports", exportPage(), "/runs", "/audit", "/jobs", "/partner"}) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theDpoSeesExportsRunsAuditAndJobsButNotThePartnerPages() throws Exception {
        for (String page : new String[] {"/exports", exportPage(), "/runs", "/runs/" + STORE.runId(),
                "/runs/" + STORE.runId() + "/report", "/audit", "/jobs"}) {
            mvc.perform(get(page).with(as(DPO))).andExpect(status().isOk());
        }
        mvc.perform(get("/partner").with(as(DPO))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as(DPO))).andExpect(redirectedUrl("/exports"));
    }

    @Test
    void anEngineerSeesRunsAuditAndJobsButNoExport() throws Exception {
        for (String page : new String[] {"/runs", "/runs/" + STORE.runId() + "/report", "/audit", "/jobs"}) {
            mvc.perform(get(page).with(as(ENGINEER))).andExpect(status().isOk());
        }
        for (String page : new String[] {"/exports", exportPage(), "/partner"}) {
            mvc.perform(get(page).with(as(ENGINEER))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anEngineerCannotApprove() throws Exception {
        mvc.perform(post(exportPage() + "/approve").param("comment", "ok").with(csrf()).with(as(ENGINEER)))
                .andExpect(status().isForbidden());

        assertThat(exportStatus()).isEqualTo(ExportStatus.PENDING_REVIEW);
        assertThat(ConsoleTestStore.outbox()).doesNotExist();
    }

    @Test
    void anAuditorReadsTheReviewWithoutTheDecisionFormsAndCannotReject() throws Exception {
        String page = mvc.perform(get(exportPage()).with(as(AUDITOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"guarantees\"").doesNotContain("id=\"approve-form\"", "id=\"reject-form\"");

        mvc.perform(post(exportPage() + "/reject").param("reason", "non").with(csrf()).with(as(AUDITOR)))
                .andExpect(status().isForbidden());
        assertThat(exportStatus()).isEqualTo(ExportStatus.PENDING_REVIEW);
    }

    @Test
    void aDecisionWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(exportPage() + "/approve").param("comment", "ok").with(as(DPO)))
                .andExpect(status().isForbidden());
        mvc.perform(post(exportPage() + "/reject").param("reason", "non").with(csrf().useInvalidToken()).with(as(DPO)))
                .andExpect(status().isForbidden());

        assertThat(exportStatus()).isEqualTo(ExportStatus.PENDING_REVIEW);
    }

    @Test
    void aPartnerSeesOnlyItsOwnReleasedPackagesAndDownloadsThem() throws Exception {
        mvc.perform(get("/partner").with(as(TOULOUSE))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        STORE.runId()))));
        mvc.perform(get(file("data.csv")).with(as(TOULOUSE))).andExpect(status().isNotFound());

        release();

        mvc.perform(get("/partner").with(as(TOULOUSE))).andExpect(content().string(
                org.hamcrest.Matchers.containsString(file("release.json"))));
        byte[] data = mvc.perform(get(file("data.csv")).with(as(TOULOUSE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(data).isEqualTo(Files.readAllBytes(ConsoleTestStore.outbox().resolve("data.csv")));
        assertThat(audit.entries("export/" + STORE.exportId())).extracting(e -> e.action())
                .contains("PACKAGE_DOWNLOADED");
        mvc.perform(get("/partner/public-key").with(as(TOULOUSE))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("BEGIN PUBLIC KEY")));
        for (String page : new String[] {"/exports", exportPage(), "/runs", "/audit", "/jobs"}) {
            mvc.perform(get(page).with(as(TOULOUSE))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aPartnerCannotFetchAnotherPartnersPackageByChangingTheUrl() throws Exception {
        release();

        mvc.perform(get(file("data.csv")).with(as(NIMES))).andExpect(status().isNotFound());
        mvc.perform(get("/partner/exports/../metropole-toulouse/ccas-aides/" + STORE.runId() + "/data.csv")
                .with(as(NIMES))).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
        String page = mvc.perform(get("/partner").with(as(NIMES))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(STORE.runId());
    }

    @Test
    void pathTraversalInADownloadUrlFetchesNothing() throws Exception {
        release();
        String base = "/partner/exports/" + fr.vigie.testing.PendingExports.JOB + "/" + STORE.runId() + "/";
        for (String attack : new String[] {base + "..%2F..%2F..%2F..%2Fdb%2Fvigie.mv.db", base + "%2e%2e",
                base + "..", base + "..%5C..%5Ckeys", base + "data.csv%00.txt",
                "/partner/exports/..%2F..%2Fexports/x/y", "/runs/..%2F..%2Fdb/report", "/partner/public-key/..%2F..",
                base + "datapackage.json%2F..%2F..%2F..%2Fdb%2Fvigie.mv.db"}) {
            int status = mvc.perform(get(attack).with(as(TOULOUSE))).andReturn().getResponse().getStatus();
            assertThat(status).as(attack).isIn(400, 403, 404);
        }
    }

    @Test
    void anUnknownExportOrRunIsNotFound() throws Exception {
        mvc.perform(get("/exports/metropole-toulouse/ccas-aides/no-such-run").with(as(DPO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/runs/no-such-run/report").with(as(DPO))).andExpect(status().isNotFound());
        mvc.perform(post("/exports/metropole-toulouse/ccas-aides/no-such-run/approve").param("comment", "x")
                .with(csrf()).with(as(DPO))).andExpect(status().isFound());
    }

    @Test
    void pagesSendAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get(exportPage()).with(as(DPO))).andExpect(result -> assertThat(
                result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'")
                .doesNotContain("script-src"));
    }

    static AuthenticatedUser[] everyone() {
        return new AuthenticatedUser[] {DPO, ENGINEER, AUDITOR, TOULOUSE, NIMES};
    }
}
