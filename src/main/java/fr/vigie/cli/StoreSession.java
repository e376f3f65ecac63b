package fr.vigie.cli;

import fr.vigie.job.VigieApplication;
import fr.vigie.job.VigieSettings;
import org.springframework.context.ConfigurableApplicationContext;

/** The store opened for one command: the Spring application with its database and migrations. */
final class StoreSession implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private StoreSession(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static StoreSession open(VigieSettings settings) {
        return new StoreSession(VigieApplication.start(settings));
    }

    <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
