package fr.vigie.web;

import fr.vigie.identity.Accounts;
import fr.vigie.job.PipelineConfiguration;
import fr.vigie.review.ReviewConfiguration;
import fr.vigie.store.AccountRepository;
import fr.vigie.store.AuditLog;
import fr.vigie.store.StoreConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The console's Spring Boot application: the store and review workflow of the commands, plus the web
 * layer. Expects the {@link fr.vigie.job.VigieSettings} and {@link ConsoleSettings} beans (see
 * {@link Console#start}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({StoreConfiguration.class, PipelineConfiguration.class, ReviewConfiguration.class, SecurityConfiguration.class, ExportReviews.class,
        HomeController.class, ExportsController.class, RunsController.class, AuditController.class,
        JobsController.class, PartnerController.class, ConsoleAdvice.class})
public class ConsoleApplication {

    @Bean
    Accounts accounts(AccountRepository repository, AuditLog audit, ConsoleSettings console) {
        return new Accounts(repository, audit, console.limits(), Clock.systemUTC());
    }
}
