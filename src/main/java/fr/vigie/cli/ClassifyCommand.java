package fr.vigie.cli;

import fr.vigie.job.Standalone;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie classify FILE}: what each column is, with its evidence (never a value). */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify every column of a file: direct identifiers, quasi-identifiers, sensitive data,",
                "protected attributes; and the dataset's sensitivity, domains and DPIA need."})
final class ClassifyCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "FILE", description = "CSV, Parquet, XLSX or ODS file.")
    Path file;

    @Option(names = "--json", description = "Print the machine-readable result (see docs/architecture.md).")
    boolean json;

    @Option(names = "--sample", paramLabel = "N", description = "Non-null values sampled per column (default: rules).")
    Integer sample;

    @Override
    public Integer call() {
        if (Standalone.isDocument(file)) {
            printDocumentScan();
            return 0;
        }
        Standalone.FileClassification result = Standalone.classifyFile(root.settings(), file, sample);
        if (json) {
            System.out.println(result.toJson());
        } else {
            System.out.print(result.classification().toTable());
            if (result.malformedRows() > 0) {
                System.out.println(result.malformedRows() + " malformed row" + (result.malformedRows() == 1 ? "" : "s")
                        + " left out (run the file through a job to see them in its quarantine)");
            }
        }
        return 0;
    }

    /** A document has no columns: what personal data it holds, counted by type. */
    private void printDocumentScan() {
        var counts = Standalone.scanDocument(root.settings(), file);
        if (json) {
            System.out.println(fr.vigie.job.RunWorkspace.JSON.writeValueAsString(
                    java.util.Map.of("source", file.toString(), "document", true, "personalData", counts)));
        } else {
            System.out.println(file + ": " + (counts.isEmpty() ? "no personal data found"
                    : "personal data found (count per type): " + counts));
        }
    }
}
