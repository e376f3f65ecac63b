package fr.vigie.cli;

import fr.vigie.job.VigieSettings;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.report.ComplianceReport;
import fr.vigie.report.TerminalSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie report RUN}: the summary of a run's compliance report, and where its HTML is. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the summary of a run's compliance report and the path of its HTML version.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "RUN", description = "The run id (see vigie runs).")
    String run;

    @Override
    public Integer call() {
        VigieSettings settings = root.settings();
        Path dir = settings.store().reports(run);
        Path json = dir.resolve("report.json");
        if (!Files.exists(json)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "no report for run " + run + " in " + dir);
        }
        System.out.print(TerminalSummary.render(ComplianceReport.read(json), dir.resolve("report.html")));
        return ExitCode.OK;
    }
}
