package fr.vigie.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the ingest's partitions are sent to {@code vigie worker} processes: an Artemis broker that the
 * manager starts itself on this host ({@code embedded}, {@code embedded:PORT}), or a standalone one
 * ({@code tcp://HOST:PORT}, Artemis' core protocol, with its options after {@code ?}).
 *
 * @param embedded whether the manager starts the broker, listening on 127.0.0.1 only
 * @param url      the Artemis URL workers and the manager connect to; it holds no credential (refused
 *                 on parsing), and only its part before {@code ?} is shown ({@link #display()})
 */
public record BrokerAddress(boolean embedded, String url) {
    /** The port of {@code embedded} without one: Artemis' usual port. */
    public static final int DEFAULT_PORT = 61616;
    private static final String EMBEDDED = "embedded";

    /**
     * Reads a broker address, or says in one sentence what is wrong with it (the sentence never repeats
     * the address, which may hold a password).
     */
    public static Parsed parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals(EMBEDDED)) {
            return Parsed.ok(embeddedOn(DEFAULT_PORT));
        }
        if (value.startsWith(EMBEDDED + ":")) {
            return port(value.substring(EMBEDDED.length() + 1));
        }
        if (value.startsWith("tcp://")) {
            return tcp(value);
        }
        return Parsed.error("expected 'embedded', 'embedded:PORT' or 'tcp://HOST:PORT' (an Artemis broker)");
    }

    private static Parsed port(String digits) {
        try {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= 65_535) {
                return Parsed.ok(embeddedOn(port));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        return Parsed.error("the port of 'embedded:PORT' must be a number from 1 to 65535");
    }

    private static Parsed tcp(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getPort() < 1) {
                return Parsed.error("a tcp:// broker address needs a host and a port (tcp://HOST:PORT)");
            }
            if (uri.getRawUserInfo() != null || holdsCredentials(uri.getRawQuery())) {
                return Parsed.error("give the broker's credentials in VIGIE_BROKER_USER and VIGIE_BROKER_PASSWORD"
                        + " (key store passwords in the JVM's javax.net.ssl properties), not in the address");
            }
            return Parsed.ok(new BrokerAddress(false, value));
        } catch (URISyntaxException e) {
            return Parsed.error("not a valid tcp://HOST:PORT address");
        }
    }

    /** Whether an option names a user or a password: an address is shown and logged, a secret must not be. */
    private static boolean holdsCredentials(String query) {
        if (query == null) {
            return false;
        }
        for (String option : query.split("[&;]")) {
            String name = option.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
            if (name.equals("user") || name.equals("username") || name.contains("password")) {
                return true;
            }
        }
        return false;
    }

    private static BrokerAddress embeddedOn(int port) {
        return new BrokerAddress(true, "tcp://127.0.0.1:" + port);
    }

    /** The address without its options (after {@code ?}): for logs and messages. */
    public String display() {
        int query = url.indexOf('?');
        String plain = query < 0 ? url : url.substring(0, query);
        return embedded ? "embedded broker on " + plain : plain;
    }

    @Override
    public String toString() {
        return display();
    }

    /** A broker address read from text, or the reason it could not be. */
    public record Parsed(Optional<BrokerAddress> address, String problem) {
        static Parsed ok(BrokerAddress address) {
            return new Parsed(Optional.of(address), null);
        }

        static Parsed error(String problem) {
            return new Parsed(Optional.empty(), problem);
        }
    }
}
