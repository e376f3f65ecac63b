package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.testing.Cli;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where and how the console listens: loopback by default, the network only behind TLS. */
class ConsoleSettingsTest {
    @AfterEach
    void clear() {
        System.clearProperty(ConsoleSettings.KEYSTORE);
    }

    @Test
    void theLoopbackNeedsNoTls() {
        ConsoleSettings settings = ConsoleSettings.from(Map.<String, String>of()::get, "127.0.0.1", 8080, false);

        assertThat(settings.https()).isFalse();
        assertThat(settings.secureCookies()).isFalse();
        assertThat(Console.serverProperties(settings)).containsEntry("server.address", "127.0.0.1")
                .containsEntry("server.servlet.session.cookie.http-only", true)
                .containsEntry("server.servlet.session.tracking-modes", "cookie");
    }

    @Test
    void anAddressReachableFromTheNetworkIsRefusedWithoutTls() {
        assertThatThrownBy(() -> ConsoleSettings.from(Map.<String, String>of()::get, "0.0.0.0", 8080, false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--host")
                .hasMessageContaining(ConsoleSettings.KEYSTORE);
    }

    @Test
    void behindAProxyCookiesAreSecureAndForwardedHeadersTrusted() {
        ConsoleSettings settings = ConsoleSettings.from(Map.<String, String>of()::get, "0.0.0.0", 8080, true);

        assertThat(settings.secureCookies()).isTrue();
        assertThat(Console.serverProperties(settings)).containsEntry("server.servlet.session.cookie.secure", true)
                .containsEntry("server.forward-headers-strategy", "native");
    }

    @Test
    void aMissingKeystoreNamesItsVariable() {
        assertThatThrownBy(() -> ConsoleSettings.from(Map.of(ConsoleSettings.KEYSTORE, "/nowhere/console.p12")::get,
                "127.0.0.1", 8443, false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(ConsoleSettings.KEYSTORE);
    }

    @Test
    void vigieServeRefusesBadSettingsWithExitCode2BeforeStartingAnything() {
        Cli.Result network = Cli.run("serve", "--host", "0.0.0.0");
        assertThat(network.exitCode()).isEqualTo(2);
        assertThat(network.err()).contains("--host", "reachable from the network");

        System.setProperty(ConsoleSettings.KEYSTORE, "/nowhere/console.p12");
        Cli.Result keystore = Cli.run("serve");
        assertThat(keystore.exitCode()).isEqualTo(2);
        assertThat(keystore.err()).contains(ConsoleSettings.KEYSTORE);
    }
}
