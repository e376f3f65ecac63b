package fr.vigie.web;

import static fr.vigie.web.ConsoleTestStore.DPO;
import static fr.vigie.web.ConsoleTestStore.STORE;
import static fr.vigie.web.ConsoleTestStore.as;
import static fr.vigie.web.ConsoleTestStore.exportPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.vigie.export.Keys;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.Verification;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The DPO decides through the console; the decision names the signed-in user everywhere it is recorded. */
@ConsoleTest
class ConsoleDecisionTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ExportRepository exports;
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

    @Test
    void theDpoApprovesAndTheReleaseNamesTheSignedInUser() throws Exception {
        mvc.perform(post(exportPage() + "/approve").param("comment", "Conforme à l'AIPD n° 12").with(csrf())
                .with(as(DPO)))
                .andExpect(redirectedUrl(exportPage()))
                .andExpect(flash().attribute("done", Matchers.containsString("dpo (DPO)")));

        assertThat(exportStatus()).isEqualTo(ExportStatus.RELEASED);
        assertThat(exports.reviews(STORE.exportId())).singleElement()
                .satisfies(r -> assertThat(r.reviewer()).isEqualTo("dpo"));
        Verification released = PackageVerifier.verify(ConsoleTestStore.outbox(),
                Keys.readPublicKey(STORE.keys().resolve(Keys.PUBLIC_KEY_FILE)));
        assertThat(released.problems()).isEmpty();
        assertThat(released.release().approvedBy()).isEqualTo("dpo");
        assertThat(released.release().role()).isEqualTo("DPO");
        assertThat(released.release().comment()).isEqualTo("Conforme à l'AIPD n° 12");
        assertThat(audit.entries("export/" + STORE.exportId())).extracting(AuditEntry::actor, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("dpo", "EXPORT_APPROVED"));
    }

    @Test
    void anAmberReportIsNotApprovedWithoutAComment() throws Exception {
        mvc.perform(post(exportPage() + "/approve").param("comment", "  ").with(csrf()).with(as(DPO)))
                .andExpect(flash().attribute("refused", Matchers.containsString("needs a comment")));

        assertThat(exportStatus()).isEqualTo(ExportStatus.PENDING_REVIEW);
        assertThat(ConsoleTestStore.outbox()).doesNotExist();
    }

    @Test
    void aRejectionNeedsAReasonAndIsRecordedWithIt() throws Exception {
        mvc.perform(post(exportPage() + "/reject").param("reason", "").with(csrf()).with(as(DPO)))
                .andExpect(flash().attribute("refused", Matchers.containsString("needs a reason")));
        assertThat(exportStatus()).isEqualTo(ExportStatus.PENDING_REVIEW);

        mvc.perform(post(exportPage() + "/reject").param("reason", "k trop faible").with(csrf()).with(as(DPO)))
                .andExpect(flash().attribute("done", Matchers.containsString("rejeté")));

        assertThat(exportStatus()).isEqualTo(ExportStatus.REJECTED);
        assertThat(exports.reviews(STORE.exportId())).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("k trop faible"));
        assertThat(ConsoleTestStore.outbox()).doesNotExist();
    }

    @Test
    void aSecondDecisionOnTheSameExportIsRefused() throws Exception {
        mvc.perform(post(exportPage() + "/reject").param("reason", "non").with(csrf()).with(as(DPO)));

        mvc.perform(post(exportPage() + "/approve").param("comment", "finalement oui").with(csrf()).with(as(DPO)))
                .andExpect(flash().attribute("refused", Matchers.containsString("already REJECTED")));
        assertThat(ConsoleTestStore.outbox()).doesNotExist();
    }
}
