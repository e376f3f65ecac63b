package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.identity.OidcSettings;
import fr.vigie.job.VigieSettings;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import fr.vigie.testing.TestProjects;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console in a real servlet container, as {@code vigie serve} starts it: HTTPS from a keystore (with
 * Secure, HttpOnly session cookies), and sign-in through an OpenID Connect provider (a fake one on the
 * loopback: discovery, signed ID token, claim → role mapping). What no test here covers: a real city
 * provider's login page, consent, logout at the provider, key rotation.
 */
class ConsoleServerTest {
    private static final String KEYSTORE_PASSWORD = "keystore-for-tests";

    @TempDir
    static Path dir;
    static FakeIdentityProvider provider;
    static ConfigurableApplicationContext console;
    static String base;
    static HttpClient http;
    static CookieManager cookies;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeIdentityProvider();
        Path keystore = keystore();
        Map<String, String> env = new HashMap<>();
        env.put("VIGIE_KEY_DIR", dir.resolve("keys").toString());
        VigieSettings settings = VigieSettings.from(env, TestProjects.repository(), dir.resolve("store"));
        Map<String, String> variables = Map.of(ConsoleSettings.KEYSTORE, keystore.toString(),
                ConsoleSettings.KEYSTORE_PASSWORD, KEYSTORE_PASSWORD, OidcSettings.ISSUER, provider.issuer(),
                OidcSettings.CLIENT_ID, FakeIdentityProvider.CLIENT_ID, OidcSettings.CLIENT_SECRET, "not-a-real-secret",
                OidcSettings.ROLES, "vigie-dpo=DPO, toulouse=PARTNER:metropole-toulouse",
                OidcSettings.LABEL, "Compte Montpellier Méditerranée Métropole");
        console = Console.start(settings, ConsoleSettings.from(variables::get, "127.0.0.1", 0, false));
        base = "https://127.0.0.1:" + ((WebServerApplicationContext) console).getWebServer().getPort();
        cookies = new CookieManager();
        http = HttpClient.newBuilder().sslContext(trusting(keystore)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageIsServedOverHttpsWithASecureHttpOnlySessionCookieAndOffersTheProvider() throws Exception {
        cookies.getCookieStore().removeAll();
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"oidc-login\"", "Compte Montpellier Méditerranée Métropole",
                "/oauth2/authorization/city");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("VIGIE_SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void aProviderUserInAMappedGroupSignsInWithThatRoleAndIsAudited() throws Exception {
        HttpResponse<String> landing = signInThroughProvider("jdupont", List.of("agents", "vigie-dpo"));

        assertThat(landing.headers().firstValue("Location")).hasValue(base + "/");
        HttpResponse<String> exports = get("/exports");
        assertThat(exports.statusCode()).isEqualTo(200);
        assertThat(exports.body()).contains("oidc:jdupont (DPO)");
        assertThat(console.getBean(AuditLog.class).entries("account/oidc:jdupont"))
                .extracting(AuditEntry::action, AuditEntry::details)
                .anySatisfy(e -> assertThat(e.toList()).containsExactly("LOGIN_SUCCEEDED",
                        "DPO via OIDC, web via " + provider.issuer()));
    }

    @Test
    void aProviderUserWithoutAMappedGroupIsRefusedAndAudited() throws Exception {
        HttpResponse<String> refused = signInThroughProvider("visiteur", List.of("agents"));

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
                "/login?refused"));
        assertThat(console.getBean(AuditLog.class).entries("account/oidc:visiteur")).extracting(AuditEntry::action)
                .contains("LOGIN_FAILED");
    }

    /** Plays the browser: asks the console to sign in, "authenticates" at the provider, comes back with a code. */
    private HttpResponse<String> signInThroughProvider(String user, List<String> groups) throws Exception {
        cookies.getCookieStore().removeAll();
        HttpResponse<String> start = get("/oauth2/authorization/city");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(provider.issuer() + "/authorize");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("client_id", FakeIdentityProvider.CLIENT_ID).containsEntry("response_type",
                "code").containsEntry("redirect_uri", base + "/login/oauth2/code/city");
        provider.signIn(user, groups, query.get("nonce"));
        return get(query.get("redirect_uri") + "?code=any-code&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    /** A PKCS#12 keystore with a self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private static Path keystore() throws Exception {
        Path keystore = dir.resolve("console.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "vigie", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return keystore;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

}
