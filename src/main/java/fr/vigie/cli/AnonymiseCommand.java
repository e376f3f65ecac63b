package fr.vigie.cli;

import fr.vigie.anonymise.PolicyRefusedException;
import fr.vigie.job.RunWorkspace;
import fr.vigie.job.Standalone;
import fr.vigie.model.ExitCode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie anonymise FILE --policy P --out DIR}: the anonymisation engine alone. */
@Command(name = "anonymise", aliases = "anonymize", mixinStandardHelpOptions = true,
        description = {"Anonymise a file under a policy: writes DIR/anonymised.csv and DIR/anonymisation.json,",
                "prints the achieved guarantees and where the policy overrides the classification. Exit code 3",
                "when the policy cannot be met, or would release a personal column as is without saying so."})
final class AnonymiseCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "FILE", description = "CSV, Parquet, XLSX or ODS file.")
    Path file;

    @Option(names = "--policy", required = true, paramLabel = "POLICY.yml", description = "A policy of rules/policies/.")
    Path policy;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--partner", paramLabel = "ID",
            description = "Whose pseudonymisation key to use (default: the policy id).")
    String partner;

    @Option(names = "--json", description = "Print the guarantees as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Standalone.AnonymiseResult result;
        try {
            result = Standalone.anonymise(root.settings(), file, policy, partner, out);
        } catch (PolicyRefusedException refused) {
            // The best attempt tells the DPO which constraint failed and what was achievable.
            System.out.println(RunWorkspace.JSON.writeValueAsString(refused.report()));
            System.err.println("vigie: " + refused.getMessage());
            return ExitCode.REFUSED_BY_POLICY;
        }
        System.out.println(RunWorkspace.JSON.writeValueAsString(result.anonymisation().report()));
        if (!json) {
            System.out.println("Anonymised table: " + result.table());
        }
        return ExitCode.OK;
    }
}
