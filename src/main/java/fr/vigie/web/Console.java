package fr.vigie.web;

import fr.vigie.job.VigieApplication;
import fr.vigie.job.VigieSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Starts the web console: the store, the review workflow and an embedded servlet container. */
public final class Console {
    private Console() {
    }

    /** Starts the console; it serves until the returned context is closed. */
    public static ConfigurableApplicationContext start(VigieSettings settings, ConsoleSettings console) {
        Map<String, Object> properties = new LinkedHashMap<>(VigieApplication.properties(settings));
        properties.putAll(serverProperties(console));
        // First in line: application.properties says "no web server" for every other command.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("vigie-console", properties));
        try {
            return new SpringApplicationBuilder(ConsoleApplication.class)
                    .environment(environment)
                    .web(WebApplicationType.SERVLET)
                    .initializers(context -> {
                        context.getBeanFactory().registerSingleton("vigieSettings", settings);
                        context.getBeanFactory().registerSingleton("consoleSettings", console);
                    })
                    .run();
        } catch (RuntimeException e) {
            throw VigieApplication.cannotOpen(e);
        }
    }

    /** The servlet container's settings: address, port, TLS, and session cookies that scripts cannot read. */
    static Map<String, Object> serverProperties(ConsoleSettings console) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.main.web-application-type", "servlet");
        properties.put("server.address", console.host());
        properties.put("server.port", console.port());
        putSession(properties, console);
        properties.put("server.error.include-stacktrace", "never");
        properties.put("server.error.include-message", "never");
        properties.put("server.error.whitelabel.enabled", false);
        properties.put("server.server-header", "");
        if (console.https()) {
            putTls(properties, console);
        }
        if (console.behindProxy()) {
            properties.put("server.forward-headers-strategy", "native");
        }
        return properties;
    }

    private static void putSession(Map<String, Object> properties, ConsoleSettings console) {
        properties.put("server.servlet.session.timeout", console.sessionTimeout().toSeconds() + "s");
        properties.put("server.servlet.session.tracking-modes", "cookie");
        properties.put("server.servlet.session.cookie.name", "VIGIE_SESSION");
        properties.put("server.servlet.session.cookie.http-only", true);
        properties.put("server.servlet.session.cookie.secure", console.secureCookies());
        // Lax, not Strict: the identity provider's redirect back must carry the session.
        properties.put("server.servlet.session.cookie.same-site", "lax");
    }

    private static void putTls(Map<String, Object> properties, ConsoleSettings console) {
        properties.put("server.ssl.enabled", true);
        properties.put("server.ssl.key-store", console.keystore().toString());
        properties.put("server.ssl.key-store-password", console.keystorePassword());
        properties.put("server.ssl.key-store-type",
                console.keystore().toString().toLowerCase().endsWith(".jks") ? "JKS" : "PKCS12");
    }
}
