package fr.vigie.cli;

import fr.vigie.job.VigieSettings;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; its options are inherited by every subcommand. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Vigie: classify, anonymise, scan for bias and export the datasets of a metropolis,",
                "with a compliance report and nothing released without the DPO's approval."},
        subcommands = {RunCommand.class, WorkerCommand.class, ClassifyCommand.class, AnonymiseCommand.class, ScanBiasCommand.class,
                RunsCommand.class, ReportCommand.class, ExportsCommand.class, ApproveCommand.class,
                RejectCommand.class, VerifyCommand.class, AuditCommand.class, ScheduleCommand.class,
                SampleDataCommand.class, BenchCommand.class, UsersCommand.class,
                ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the job ran and failed (see its report)",
                "2:bad usage or bad configuration", "3:refused by policy"})
public class VigieCommand {

    @Option(names = "--project", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Project folder holding jobs/ and rules/ (default: $VIGIE_HOME or the current folder).")
    Path project;

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Store folder (default: $VIGIE_STORE or <project>/store).")
    Path store;

    /** The settings for this invocation: environment first, then the options above. */
    VigieSettings settings() {
        return VigieSettings.fromEnvironment(project, store);
    }
}
