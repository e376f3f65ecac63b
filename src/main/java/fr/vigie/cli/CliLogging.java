package fr.vigie.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import fr.vigie.job.VigieSettings;
import org.slf4j.LoggerFactory;

/**
 * Logging for the commands that work on a file alone (classify, anonymise, verify...): messages go to
 * standard error, so that standard output carries only the result (a table, or JSON for scripts).
 * Commands that start the store get Spring Boot's logging configuration instead.
 */
final class CliLogging {
    private CliLogging() {
    }

    static void configure() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(Level.WARN);
        String level = VigieSettings.variable("VIGIE_LOG_LEVEL");
        context.getLogger("fr.vigie").setLevel(Level.toLevel(level, Level.INFO));
    }
}
