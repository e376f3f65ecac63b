package fr.vigie.job;

import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.JobLocks;
import fr.vigie.store.PartHeartbeats;
import fr.vigie.store.RunRepository;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Spring wiring of the pipeline over Boot's Batch infrastructure (JDBC job repository, job operator). */
@Configuration(proxyBeanMethods = false)
public class PipelineConfiguration {

    @Bean
    AuditCheckpoints auditCheckpoints(AuditLog audit, VigieSettings settings) {
        return new AuditCheckpoints(audit, settings);
    }

    @Bean
    Pipeline pipeline(JobOperator operator, JobRepository repository, PlatformTransactionManager tx,
            RunRepository runs, ExportRepository exports, AuditLog audit, JobLocks locks, VigieSettings settings,
            AuditCheckpoints checkpoints, PartHeartbeats heartbeats) {
        return new Pipeline(operator, repository, tx, runs, exports, audit, locks, settings, checkpoints, heartbeats);
    }
}
