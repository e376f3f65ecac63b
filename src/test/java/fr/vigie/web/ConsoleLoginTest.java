package fr.vigie.web;

import static fr.vigie.web.ConsoleTestStore.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigie.identity.Accounts;
import fr.vigie.model.Role;
import fr.vigie.store.AccountLogin;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in to the console: audited, locked after repeated failures, CSRF-protected, never logging a password. */
@ConsoleTest
class ConsoleLoginTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    private void account(String name, Role role) {
        if (accounts.find(name).isEmpty()) {
            accounts.add(name, role, null, AccountLogin.PASSWORD, PASSWORD, "test");
        }
    }

    private List<AuditEntry> entriesOf(String name) {
        return audit.entries("account/" + name);
    }

    @Test
    void aGoodPasswordSignsInAndIsAudited() throws Exception {
        account("dpo.login", Role.DPO);

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dpo.login").password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();

        mvc.perform(get("/exports").session(session)).andExpect(status().isOk());
        assertThat(entriesOf("dpo.login")).extracting(AuditEntry::action).contains("LOGIN_SUCCEEDED");
        assertThat(entriesOf("dpo.login")).extracting(AuditEntry::details)
                .anySatisfy(d -> assertThat(d).contains("DPO via PASSWORD, web from 127.0.0.1"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithoutThePassword() throws Exception {
        account("ingenieur.login", Role.ENGINEER);

        mvc.perform(formLogin().user("ingenieur.login").password("Pas-Le-Bon-Mot-De-Passe"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(entriesOf("ingenieur.login")).extracting(AuditEntry::action).contains("LOGIN_FAILED");
        assertThat(audit.entries(null).toString()).doesNotContain("Pas-Le-Bon-Mot-De-Passe");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        account("auditrice.login", Role.AUDITOR);
        for (int i = 0; i < ConsoleTestStore.LIMITS.maxFailures(); i++) {
            mvc.perform(formLogin().user("auditrice.login").password("Mauvais-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user("auditrice.login").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));

        assertThat(entriesOf("auditrice.login")).extracting(AuditEntry::action).contains("ACCOUNT_LOCKED");
        accounts.unlock("auditrice.login", "test");
        mvc.perform(formLogin().user("auditrice.login").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNameThatIsNoAccountIsNotRecordedRaw() throws Exception {
        String passwordInTheNameField = "Mon-Secret-Tape-Au-Mauvais-Endroit";

        mvc.perform(formLogin().user(passwordInTheNameField).password("x")).andExpect(redirectedUrl("/login?error"));

        assertThat(audit.entries("account/?")).extracting(AuditEntry::action).contains("LOGIN_FAILED");
        assertThat(audit.entries(null).toString()).doesNotContain(passwordInTheNameField);
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefused() throws Exception {
        account("dpo.login", Role.DPO);

        mvc.perform(post("/login").param("username", "dpo.login").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOperatingSystemAccountCannotSignInToTheConsole() throws Exception {
        if (accounts.find("os-only").isEmpty()) {
            accounts.add("os-only", Role.DPO, null, AccountLogin.OS_USER, null, "test");
        }

        mvc.perform(formLogin().user("os-only").password("")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingOutNeedsAPostWithItsTokenAndIsAudited() throws Exception {
        account("dpo.logout", Role.DPO);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("dpo.logout").password(PASSWORD))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));

        assertThat(entriesOf("dpo.logout")).extracting(AuditEntry::action).contains("LOGOUT");
        mvc.perform(get("/exports").session(session)).andExpect(redirectedUrl("/login"));
    }
}
