package fr.vigie.cli;

import fr.vigie.job.Reviews;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie approve}: the DPO releases a package to the partner's outbox. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve an export package: it is verified again, the approval is recorded,",
                "then the package is moved to the partner's outbox."})
final class ApproveCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "EXPORT", description = "The export id: partner/dataset/run (see vigie exports).")
    String export;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who approves (recorded).")
    String reviewer;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why, or under which conditions.")
    String comment;

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            Path outbox = store.get(Reviews.class).approve(export, reviewer, comment);
            System.out.println("Approved " + export + " by " + reviewer + "; released to " + outbox);
        }
        return 0;
    }
}
