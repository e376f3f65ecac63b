package fr.vigie.web;

import fr.vigie.identity.LoginLimits;
import fr.vigie.identity.OidcSettings;
import fr.vigie.model.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the console listens and signs users in: address and port (loopback unless {@code --host}), HTTPS
 * when a keystore is configured ({@code VIGIE_TLS_KEYSTORE}, {@code VIGIE_TLS_KEYSTORE_PASSWORD}), the
 * session timeout, the lock-out limits and the optional OpenID Connect provider.
 *
 * @param keystore a PKCS#12 (or JKS) keystore holding the server's key and certificate; null for plain HTTP
 * @param behindProxy a TLS-terminating reverse proxy forwards the requests: trust its
 *     {@code X-Forwarded-*} headers and mark cookies Secure
 */
public record ConsoleSettings(String host, int port, Path keystore, String keystorePassword, boolean behindProxy,
        Duration sessionTimeout, LoginLimits limits, Optional<OidcSettings> oidc) {
    public static final String KEYSTORE = "VIGIE_TLS_KEYSTORE";
    public static final String KEYSTORE_PASSWORD = "VIGIE_TLS_KEYSTORE_PASSWORD";
    public static final String SESSION_MINUTES = "VIGIE_SESSION_MINUTES";

    /** Whether the console itself speaks HTTPS. */
    public boolean https() {
        return keystore != null;
    }

    /** Whether cookies must carry the Secure flag: HTTPS here, or at the proxy in front. */
    public boolean secureCookies() {
        return https() || behindProxy;
    }

    @Override
    public String toString() {
        return "ConsoleSettings[" + host + ":" + port + (https() ? " https" : " http") + "]";
    }

    /**
     * Settings from the variables and the command's options; a bad value names its variable or option.
     * Listening on another address than the loopback without HTTPS (here or at a proxy) is refused: the
     * passwords would cross the network in clear.
     */
    public static ConsoleSettings from(Function<String, String> variables, String host, int port,
            boolean behindProxy) {
        if (port < 0 || port > 65535) {
            throw new ConfigException(null, "--port", "must be between 0 and 65535");
        }
        Path keystore = keystore(variables);
        String password = keystore == null ? null : keystorePassword(variables);
        if (keystore == null && !behindProxy && !loopback(host)) {
            throw new ConfigException(null, "--host", host + " is reachable from the network: configure HTTPS ("
                    + KEYSTORE + ") or put a TLS proxy in front and add --behind-proxy");
        }
        return new ConsoleSettings(host, port, keystore, password, behindProxy,
                Duration.ofMinutes(sessionMinutes(variables)), LoginLimits.from(variables), OidcSettings.from(variables));
    }

    /** The TLS keystore, or null when none is set. */
    private static Path keystore(Function<String, String> variables) {
        String keystoreText = variables.apply(KEYSTORE);
        if (keystoreText == null || keystoreText.isBlank()) {
            return null;
        }
        Path keystore = Path.of(keystoreText.strip()).toAbsolutePath();
        if (!Files.isReadable(keystore)) {
            throw new ConfigException(keystore, KEYSTORE, "keystore not found or not readable");
        }
        return keystore;
    }

    private static String keystorePassword(Function<String, String> variables) {
        String password = variables.apply(KEYSTORE_PASSWORD);
        if (password == null || password.isEmpty()) {
            throw new ConfigException(null, KEYSTORE_PASSWORD, "is required when " + KEYSTORE + " is set");
        }
        return password;
    }

    private static int sessionMinutes(Function<String, String> variables) {
        String sessionText = variables.apply(SESSION_MINUTES);
        if (sessionText == null || sessionText.isBlank()) {
            return 30;
        }
        int minutes;
        try {
            minutes = Integer.parseInt(sessionText.strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes < 1) {
            throw new ConfigException(null, SESSION_MINUTES, "must be a whole number of minutes, at least 1");
        }
        return minutes;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException(null, "--host", "unknown host " + host);
        }
    }
}
