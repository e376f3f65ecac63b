package fr.vigie.web;

import fr.vigie.identity.LoginLimits;
import fr.vigie.job.VigieApplication;
import fr.vigie.job.VigieSettings;
import fr.vigie.model.Role;
import fr.vigie.store.AccountLogin;
import fr.vigie.identity.Accounts;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.identity.LoginMethod;
import fr.vigie.testing.PendingExports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The store behind the console tests: a copy of {@link PendingExports}' store, made once per JVM, with its
 * settings and the console's (3 failures lock an account) registered in the context.
 */
final class ConsoleTestStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String PASSWORD = "Relecture-AIPD-2026";
    static final LoginLimits LIMITS = new LoginLimits(3, Duration.ofMinutes(15));
    static final PendingExports.Store STORE = copy();

    static final AuthenticatedUser DPO = new AuthenticatedUser("dpo", Role.DPO, null, LoginMethod.PASSWORD);
    static final AuthenticatedUser ENGINEER = new AuthenticatedUser("ingenieur", Role.ENGINEER, null,
            LoginMethod.PASSWORD);
    static final AuthenticatedUser AUDITOR = new AuthenticatedUser("auditrice", Role.AUDITOR, null,
            LoginMethod.PASSWORD);
    static final AuthenticatedUser TOULOUSE = new AuthenticatedUser("toulouse", Role.PARTNER,
            PendingExports.PARTNER, LoginMethod.PASSWORD);
    static final AuthenticatedUser NIMES = new AuthenticatedUser("nimes", Role.PARTNER, "metropole-nimes",
            LoginMethod.PASSWORD);

    private static PendingExports.Store copy() {
        try {
            return PendingExports.copy(Files.createTempDirectory("vigie-console-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VigieSettings settings() {
        return STORE.settings();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>(VigieApplication.properties(settings()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("console-test", properties));
        context.getBeanFactory().registerSingleton("vigieSettings", settings());
        context.getBeanFactory().registerSingleton("consoleSettings", new ConsoleSettings("127.0.0.1", 0, null, null,
                false, Duration.ofMinutes(30), LIMITS, Optional.empty()));
    }

    /** A request signed in as {@code user} (the login itself is tested apart). */
    static RequestPostProcessor as(AuthenticatedUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, Users.authorities(user)));
    }

    /** Creates the password account of {@code user} unless it exists. */
    static void ensureAccount(Accounts accounts, AuthenticatedUser user) {
        if (accounts.find(user.name()).isEmpty()) {
            accounts.add(user.name(), user.role(), user.partner(), AccountLogin.PASSWORD, PASSWORD, "test");
        }
    }

    static Path outbox() {
        return STORE.outbox();
    }

    /** Puts the export back to PENDING_REVIEW (its decisions and released copy gone), for the next test. */
    static void reopen(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM vigie_review WHERE export_id = ?").param(STORE.exportId()).update();
        jdbc.sql("UPDATE vigie_export SET status = 'PENDING_REVIEW', outbox_path = NULL WHERE export_id = ?")
                .param(STORE.exportId()).update();
        try {
            FileSystemUtils.deleteRecursively(outbox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the export's review page. */
    static String exportPage() {
        return "/exports/" + STORE.exportId();
    }
}
