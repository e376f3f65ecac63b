package fr.vigie.review;

import fr.vigie.job.AuditCheckpoints;
import fr.vigie.job.VigieSettings;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the DPO's reviews, for the commands that decide ({@code approve}, {@code reject}) and the console. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    @Bean
    Reviews reviews(ExportRepository exports, AuditLog audit, VigieSettings settings, AuditCheckpoints checkpoints) {
        return new Reviews(exports, audit, settings, checkpoints);
    }
}
