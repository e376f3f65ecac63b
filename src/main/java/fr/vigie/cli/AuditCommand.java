package fr.vigie.cli;

import fr.vigie.model.ExitCode;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import fr.vigie.store.AuditVerification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie audit}: read or verify the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Show the audit log, or verify that no entry was edited or deleted.",
                "  vigie audit list [--subject PREFIX]", "  vigie audit verify"})
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "ACTION", description = "list or verify", defaultValue = "list")
    String action;

    @Option(names = "--subject", paramLabel = "PREFIX", description = "Only entries whose subject starts so (list).")
    String subject;

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            AuditLog audit = store.get(AuditLog.class);
            switch (action) {
                case "list" -> {
                    for (AuditEntry e : audit.entries(subject)) {
                        System.out.printf("%6d %s %-16s %-16s %s%s%n", e.seq(), e.at(), e.actor(), e.action(),
                                e.subject(), e.details() == null ? "" : "  " + e.details());
                    }
                    return ExitCode.OK;
                }
                case "verify" -> {
                    AuditVerification result = audit.verify();
                    if (result.intact()) {
                        System.out.println("Audit log intact: " + result.entries() + " entries, chain verified.");
                        return ExitCode.OK;
                    }
                    System.out.println("Audit log BROKEN:");
                    result.problems().forEach(p -> System.out.println("  " + p));
                    return ExitCode.FAILED;
                }
                default -> {
                    System.err.println("vigie audit: unknown action '" + action + "' (list or verify)");
                    return ExitCode.BAD_CONFIGURATION;
                }
            }
        }
    }
}
