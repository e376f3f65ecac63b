package fr.vigie.cli;

import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.review.Reviews;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie approve}: the DPO releases a package to the partner's outbox. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve an export package: it is verified again, the approval is recorded,",
                "then the package is moved to the partner's outbox with a release statement signed by the",
                "authority naming who approved. Needs a DPO's account (--user NAME, or the operating-system",
                "user mapped to DPO)."})
final class ApproveCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "EXPORT", description = "The export id: partner/dataset/run (see vigie exports).")
    String export;

    @Mixin
    ReviewerOptions reviewer;

    @Option(names = "--comment", paramLabel = "TEXT",
            description = "Why, or under which conditions (required when the report is not GREEN).")
    String comment;

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            AuthenticatedUser user = reviewer.signIn(store.accounts(), "approve");
            Path outbox = store.get(Reviews.class).approve(export, user, comment);
            System.out.println("Approved " + export + " by " + user.label() + "; released to " + outbox
                    + " with the signed release statement");
        }
        return 0;
    }
}
