package fr.vigie.cli;

import fr.vigie.job.VigieSettings;
import fr.vigie.web.Console;
import fr.vigie.web.ConsoleSettings;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie serve}: the web console, until stopped. The only command that starts a web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web console: the DPO reviews, approves and rejects exports; engineers and",
                "auditors follow runs, reports, jobs and the audit log; partners download their released",
                "packages. Accounts: vigie users. HTTPS when VIGIE_TLS_KEYSTORE is set; OpenID Connect when",
                "VIGIE_OIDC_ISSUER_URI is set (see the README). Stops on Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--behind-proxy", description = {"A TLS-terminating reverse proxy forwards the requests: trust",
            "its X-Forwarded-* headers, mark cookies Secure, and allow --host other than the loopback."})
    boolean behindProxy;

    @Override
    public Integer call() throws InterruptedException {
        VigieSettings settings = root.settings();
        ConsoleSettings console = ConsoleSettings.from(VigieSettings::variable, host, port, behindProxy);
        ConfigurableApplicationContext context = Console.start(settings, console);
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println("Vigie console on " + (console.https() ? "https" : "http") + "://" + displayHost(host) + ":"
                + actualPort + "/ (store " + settings.store().root() + "); Ctrl-C stops it");
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        stopped.await();
        return 0;
    }

    private static String displayHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
