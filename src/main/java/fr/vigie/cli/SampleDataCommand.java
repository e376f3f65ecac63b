package fr.vigie.cli;

import fr.vigie.sample.SampleData;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie sample-data}: deterministic synthetic department datasets. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = {"Generate realistic synthetic French department datasets (no real person's data).",
                "Same rows and seed give byte-identical files."})
final class SampleDataCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "5000", description = "Rows per dataset (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--dataset", paramLabel = "NAME", split = ",",
            description = "Only these datasets (default: all of ${COMPLETION-CANDIDATES}).",
            completionCandidates = Names.class)
    List<String> datasets;

    @Override
    public Integer call() {
        List<Path> files = datasets == null ? SampleData.write(out, rows, seed)
                : SampleData.write(out, rows, seed, new LinkedHashSet<>(datasets));
        files.forEach(f -> System.out.println("wrote " + f));
        return 0;
    }

    /** The dataset names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SampleData.datasets().iterator();
        }
    }
}
