package fr.vigie.store;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring wiring of the store's repositories over the application's data source. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    JdbcClient vigieJdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    TransactionTemplate vigieTransactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    RunRepository runRepository(JdbcClient jdbc, TransactionTemplate tx) {
        return new RunRepository(jdbc, tx);
    }

    @Bean
    ExportRepository exportRepository(JdbcClient jdbc, TransactionTemplate tx) {
        return new ExportRepository(jdbc, tx);
    }

    @Bean
    JobLocks jobLocks(JdbcClient jdbc) {
        return new JobLocks(jdbc);
    }

    @Bean
    PartHeartbeats partHeartbeats(JdbcClient jdbc) {
        return new PartHeartbeats(jdbc);
    }

    @Bean
    AccountRepository accountRepository(JdbcClient jdbc) {
        return new AccountRepository(jdbc);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc, TransactionTemplate tx) {
        return new AuditLog(jdbc, tx);
    }
}
