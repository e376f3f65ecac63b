package fr.vigie.cli;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.Lang;
import fr.vigie.job.RunWorkspace;
import fr.vigie.job.Standalone;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie scan-bias FILE --protected COL[,COL]}: the bias scan alone. */
@Command(name = "scan-bias", mixinStandardHelpOptions = true,
        description = {"Scan a file for gender/origin bias: representation, outcome disparities, proxies.",
                "Small groups are reported as insufficient data, never as a pass."})
final class ScanBiasCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "FILE", description = "CSV, Parquet, XLSX or ODS file.")
    Path file;

    @Option(names = "--protected", required = true, split = ",", paramLabel = "COL[:ATTRIBUTE]",
            description = "Protected columns; the attribute (GENDER, ORIGIN, AGE...) is taken from classification "
                    + "unless given after a colon.")
    List<String> protectedColumns;

    @Option(names = "--outcome", paramLabel = "COL", description = "The outcome column (a decision, an amount).")
    String outcome;

    @Option(names = "--positive", paramLabel = "VALUE", description = "The favourable value of a binary outcome.")
    String positive;

    @Option(names = "--json", description = "Print groups and findings as JSON (both languages' messages).")
    boolean json;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of the text output: fr (default) or en.")
    String lang;

    @Override
    public Integer call() {
        Lang language;
        try {
            language = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "--lang: " + e.getMessage());
        }
        BiasReport report = Standalone.scanBias(root.settings(), file, protectedColumns, outcome, positive);
        System.out.println(json ? RunWorkspace.JSON.writeValueAsString(report) : report.toText(language));
        return 0;
    }
}
