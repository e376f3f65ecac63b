package fr.vigie.cli;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.LoginLimits;
import fr.vigie.job.BrokerAddress;
import fr.vigie.job.IngestWorker;
import fr.vigie.job.VigieApplication;
import fr.vigie.job.VigieSettings;
import fr.vigie.review.ReviewConfiguration;
import fr.vigie.store.AccountRepository;
import fr.vigie.store.AuditLog;
import fr.vigie.store.PartHeartbeats;
import java.time.Clock;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** The store opened for one command: the Spring application with its database and migrations. */
final class StoreSession implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private StoreSession(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static StoreSession open(VigieSettings settings) {
        return new StoreSession(VigieApplication.start(settings, ReviewConfiguration.class));
    }

    <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    /** Accounts and sign-in over this store, with the lock-out limits of the environment. */
    Accounts accounts() {
        return new Accounts(get(AccountRepository.class), get(AuditLog.class), LoginLimits.from(VigieSettings::variable),
                Clock.systemUTC());
    }

    /** A worker reading, with this store, the ingest partitions sent through {@code address}. */
    IngestWorker worker(VigieSettings settings, BrokerAddress address) {
        return IngestWorker.start(get(JobRepository.class), get(PlatformTransactionManager.class), settings,
                get(PartHeartbeats.class), address);
    }

    @Override
    public void close() {
        context.close();
    }
}
