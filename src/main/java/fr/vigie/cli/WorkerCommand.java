package fr.vigie.cli;

import fr.vigie.job.BrokerAddress;
import fr.vigie.job.IngestWorker;
import fr.vigie.job.VigieSettings;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie worker}: reads the ingest partitions that managers send through a broker, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Read the ingest partitions that 'vigie run --broker' sends, until stopped.",
                "Uses the same store (database and folder) as the manager: see 'When one machine is not enough'."})
final class WorkerCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Option(names = "--broker", required = true, paramLabel = "URL",
            description = {"The manager's broker: embedded[:PORT] (a manager on this host) or tcp://HOST:PORT.",
                    "Credentials: VIGIE_BROKER_USER and VIGIE_BROKER_PASSWORD."})
    String broker;

    @Override
    public Integer call() throws InterruptedException {
        BrokerAddress address = address(broker);
        VigieSettings settings = root.settings();
        CountDownLatch stopped = new CountDownLatch(1);
        try (StoreSession store = StoreSession.open(settings);
                IngestWorker worker = store.worker(settings, address)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "vigie-worker-stop"));
            System.out.println("vigie worker: waiting for ingest partitions on " + address.display());
            stopped.await();
        }
        return ExitCode.OK;
    }

    /** A {@code --broker} value, or a usage error that does not repeat it (it may hold a password). */
    static BrokerAddress address(String text) {
        BrokerAddress.Parsed parsed = BrokerAddress.parse(text);
        return parsed.address().orElseThrow(() -> new VigieException(ExitCode.BAD_CONFIGURATION, "--broker: "
                + parsed.problem()));
    }
}
