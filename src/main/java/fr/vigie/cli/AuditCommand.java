package fr.vigie.cli;

import fr.vigie.export.Keys;
import fr.vigie.job.AuditCheckpoints;
import fr.vigie.model.ExitCode;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditVerification;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie audit}: read the hash-chained audit log, sign its head, or verify it against the signed heads. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Show the audit log, sign its head into a checkpoint, or verify that no entry was edited,",
                "deleted or rewritten since the signed checkpoints.",
                "  vigie audit list [--subject PREFIX]",
                "  vigie audit checkpoint",
                "  vigie audit verify [--public-key FILE] [--checkpoints DIR]..."})
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "ACTION", description = "list, checkpoint or verify", defaultValue = "list")
    String action;

    @Option(names = "--subject", paramLabel = "PREFIX", description = "Only entries whose subject starts so (list).")
    String subject;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The authority's public key to check checkpoints with (verify). Default: the key folder's.")
    Path publicKey;

    @Option(names = "--checkpoints", paramLabel = "DIR",
            description = "Another folder of checkpoint files to check against (verify), e.g. a backup or lines"
                    + " saved from the syslog server.")
    List<Path> moreCheckpoints = new ArrayList<>();

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            return switch (action) {
                case "list" -> list(store.get(AuditCheckpoints.class));
                case "checkpoint" -> checkpoint(store.get(AuditCheckpoints.class));
                case "verify" -> verify(store.get(AuditCheckpoints.class));
                default -> {
                    System.err.println("vigie audit: unknown action '" + action + "' (list, checkpoint or verify)");
                    yield ExitCode.BAD_CONFIGURATION;
                }
            };
        }
    }

    private int list(AuditCheckpoints log) {
        for (AuditEntry e : log.entries(subject)) {
            System.out.printf("%6d %s %-16s %-16s %s%s%n", e.seq(), e.at(), e.actor(), e.action(),
                    e.subject(), e.details() == null ? "" : "  " + e.details());
        }
        return ExitCode.OK;
    }

    private static int checkpoint(AuditCheckpoints checkpoints) {
        AuditCheckpoints.Written written = checkpoints.write();
        System.out.println("Audit log signed up to entry " + written.entry().seq() + " (hash "
                + written.entry().hash() + ", " + written.entry().at() + ")");
        written.files().forEach(f -> System.out.println("  checkpoint written to " + f));
        if (written.syslog() != null) {
            System.out.println("  checkpoint sent to syslog at " + written.syslog());
        }
        return ExitCode.OK;
    }

    private int verify(AuditCheckpoints checkpoints) {
        PublicKey key = publicKey != null ? Keys.readPublicKey(publicKey) : checkpoints.publicKey();
        AuditVerification result = checkpoints.verify(key, moreCheckpoints);
        if (result.intact()) {
            printIntact(result);
            return ExitCode.OK;
        }
        printBroken(result);
        return ExitCode.FAILED;
    }

    private static void printIntact(AuditVerification result) {
        System.out.println("Audit log intact: " + result.entries() + " entries, chain verified.");
        if (result.latest() != null) {
            System.out.println("Vouched for up to entry " + result.vouchedUpTo() + " by the checkpoint signed at "
                    + result.latest().at() + " (" + result.latest().source() + ").");
        }
        if (result.vouchedUpTo() < result.lastEntry()) {
            System.out.println("Entries " + (result.vouchedUpTo() + 1) + " to " + result.lastEntry()
                    + " came after the latest checkpoint: not covered yet (vigie audit checkpoint signs them).");
        }
    }

    /** What is wrong, then how far the latest checkpoint still vouches for the log. */
    private static void printBroken(AuditVerification result) {
        System.out.println("Audit log BROKEN:");
        result.problems().forEach(p -> System.out.println("  - " + p));
        if (result.vouchedUpTo() == 0) {
            System.out.println("Vigie cannot vouch for any entry of this log.");
        } else if (result.vouchedUpTo() >= result.lastEntry()) {
            System.out.println("The checkpoint signed at " + result.latest().at() + " still vouches for every entry"
                    + " (1 to " + result.lastEntry() + ").");
        } else {
            System.out.println("Vigie can vouch for entries 1 to " + result.vouchedUpTo() + " (checkpoint signed at "
                    + result.latest().at() + ") and no longer from entry " + result.untrustedFrom() + " on.");
        }
    }
}
