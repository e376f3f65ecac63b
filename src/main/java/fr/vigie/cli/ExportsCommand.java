package fr.vigie.cli;

import fr.vigie.store.ExportRecord;
import fr.vigie.review.Reviews;
import fr.vigie.store.ExportStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigie exports}: export packages and where they stand in the review. */
@Command(name = "exports", mixinStandardHelpOptions = true,
        description = "List export packages (pending review by default).")
final class ExportsCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "PENDING_REVIEW",
            description = "PENDING_REVIEW, RELEASED, REJECTED or ALL (default: ${DEFAULT-VALUE}).")
    String status;

    @Override
    public Integer call() {
        ExportStatus filter = status.equalsIgnoreCase("ALL") ? null : ExportStatus.valueOf(status.toUpperCase());
        try (StoreSession store = StoreSession.open(root.settings())) {
            System.out.printf("%-62s %-15s %9s  %s%n", "EXPORT", "STATUS", "ROWS", "POLICY");
            for (ExportRecord e : store.get(Reviews.class).exports(filter)) {
                System.out.printf("%-62s %-15s %9d  %s%n", e.exportId(), e.status(), e.rows(), e.policy());
            }
        }
        return 0;
    }
}
