package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The JMS side of remote partitioning: a connection factory to the Artemis broker of a
 * {@link BrokerAddress}, and, when the address is {@code embedded}, the broker itself, started in this
 * process on 127.0.0.1 (in memory: a request not yet taken when it stops is lost, and the run is
 * resumed). Credentials come from {@code VIGIE_BROKER_USER} and {@code VIGIE_BROKER_PASSWORD}.
 */
final class Broker implements AutoCloseable {
    /** The queue of partition requests, which every worker listens to. */
    static final String REQUESTS = "vigie.ingest.requests";
    private static final Logger LOG = LoggerFactory.getLogger(Broker.class);

    private final BrokerAddress address;
    private final EmbeddedActiveMQ server;
    private final Path serverDir;

    private Broker(BrokerAddress address, EmbeddedActiveMQ server, Path serverDir) {
        this.address = address;
        this.server = server;
        this.serverDir = serverDir;
    }

    /** Connects to a broker, starting it first when the address is {@code embedded} (the manager's side). */
    static Broker open(BrokerAddress address) {
        if (!address.embedded()) {
            return new Broker(address, null, null);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("vigie-broker-");
            EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration(address, dir));
            server.start();
            LOG.info("Started the {}", address.display());
            return new Broker(address, server, dir);
        } catch (Exception e) {
            deleteQuietly(dir);
            throw new VigieException(ExitCode.FAILED, "cannot start the " + address.display() + " (is the port"
                    + " taken by another broker?): " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(BrokerAddress address, Path dir) throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        // It listens on the loopback interface only: no other host can reach it.
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.setBrokerInstance(dir.toFile());
        configuration.addAcceptorConfiguration("vigie", address.url());
        // Requests are taken once and never expire; these only keep the broker from warning at every run.
        SimpleString dead = SimpleString.of("vigie.ingest.dead");
        configuration.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(dead).setExpiryAddress(dead));
        return configuration;
    }

    /** A JMS connection factory for this broker; each consumer takes one request at a time. */
    static ConnectionFactory connectionFactory(BrokerAddress address) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(address.url());
        String user = VigieSettings.variable("VIGIE_BROKER_USER");
        if (user != null && !user.isBlank()) {
            factory.setUser(user);
            factory.setPassword(VigieSettings.variable("VIGIE_BROKER_PASSWORD"));
        }
        // No prefetch: an idle worker takes the next request rather than a busy one holding it.
        factory.setConsumerWindowSize(0);
        return factory;
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory(address);
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The embedded broker did not stop cleanly: {}", e.toString());
        } finally {
            deleteQuietly(serverDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.toString());
        }
    }
}
