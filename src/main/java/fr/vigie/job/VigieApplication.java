package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.StoreConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application behind the commands that need the store: the data source, Flyway
 * migrations, the Batch job repository and the pipeline. Commands that work on a file alone
 * ({@code classify}, {@code anonymise}, {@code verify}...) never start it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({StoreConfiguration.class, PipelineConfiguration.class})
public class VigieApplication {

    /** The web console's parts, which the commands never start (they would only slow them down). */
    private static final String WEB_ONLY_AUTO_CONFIGURATION = String.join(",",
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration");

    /**
     * Starts the application for these settings, with the further configurations given (the DPO's reviews,
     * say); close the returned context when done.
     */
    public static ConfigurableApplicationContext start(VigieSettings settings, Class<?>... configurations) {
        Map<String, Object> properties = properties(settings);
        properties.put("spring.autoconfigure.exclude", WEB_ONLY_AUTO_CONFIGURATION);
        try {
            return new SpringApplicationBuilder(VigieApplication.class).sources(configurations)
                    .web(WebApplicationType.NONE)
                    // Vigie closes the context itself, after running jobs end (see vigie schedule's shutdown).
                    .registerShutdownHook(false)
                    .properties(properties)
                    .initializers(context -> context.getBeanFactory().registerSingleton("vigieSettings", settings))
                    .run();
        } catch (RuntimeException e) {
            throw cannotOpen(e);
        }
    }

    /** The store's database and the logging the environment asks for, as Spring properties. */
    public static Map<String, Object> properties(VigieSettings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", settings.dbUrl());
        properties.put("spring.datasource.username", settings.dbUser());
        properties.put("spring.datasource.password", settings.dbPassword());
        String format = VigieSettings.variable("VIGIE_LOG_FORMAT");
        if ("json".equalsIgnoreCase(format)) {
            // One JSON event per line (Elastic Common Schema), for log collectors.
            properties.put("logging.structured.format.console", "ecs");
        }
        // Here rather than in application.properties, which would take precedence over these defaults.
        String level = VigieSettings.variable("VIGIE_LOG_LEVEL");
        properties.put("logging.level.fr.vigie", level == null || level.isBlank() ? "INFO" : level.toUpperCase());
        // The embedded broker's start-up chatter (a dozen lines per run) says nothing a user needs.
        properties.put("logging.level.org.apache.activemq.artemis", "WARN");
        return properties;
    }

    /**
     * A store that does not start, said in one line: the database's own words, never the URL (it may
     * hold a password).
     */
    public static VigieException cannotOpen(RuntimeException e) {
        if (StoreOutage.isCause(e)) {
            return new VigieException(ExitCode.FAILED, "cannot open the store: its database is unreachable ("
                    + StoreOutage.describe(e) + "); check VIGIE_DB_URL, VIGIE_DB_USER and VIGIE_DB_PASSWORD", e);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VigieException v) {
                return v;
            }
        }
        return new VigieException(ExitCode.FAILED, "cannot open the store: " + StoreOutage.describe(e), e);
    }
}
