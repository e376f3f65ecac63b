package fr.vigie.cli;

import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.review.Reviews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie reject}: the DPO refuses a package, saying why. */
@Command(name = "reject", mixinStandardHelpOptions = true, description = {"Reject an export package, with a reason. Needs a DPO's account (--user NAME, or the",
                "operating-system user mapped to DPO)."})
final class RejectCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "EXPORT", description = "The export id: partner/dataset/run (see vigie exports).")
    String export;

    @Mixin
    ReviewerOptions reviewer;

    @Option(names = {"--reason", "--comment"}, required = true, paramLabel = "TEXT", description = "Why (recorded).")
    String reason;

    @Override
    public Integer call() {
        try (StoreSession store = StoreSession.open(root.settings())) {
            AuthenticatedUser user = reviewer.signIn(store.accounts(), "reject");
            store.get(Reviews.class).reject(export, user, reason);
            System.out.println("Rejected " + export + " by " + user.label());
        }
        return 0;
    }
}
