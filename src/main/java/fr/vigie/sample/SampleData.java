package fr.vigie.sample;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synthetic sample-data generator: realistic French department datasets, deterministic (same
 * seed and row count give byte-identical files) and streaming (10 million rows in constant memory).
 *
 * <pre>{@code
 * SampleData.write(Path.of("out"), 5_000, 42);                  // every dataset
 * Dataset ccas = SampleData.dataset("ccas");
 * Iterator<String[]> rows = ccas.rows(42);                     // endless, streaming
 * }</pre>
 */
public final class SampleData {
    /** The seed of the files committed in {@code sample-data/}. */
    public static final long COMMITTED_SEED = 42;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, Dataset> DATASETS = new LinkedHashMap<>();
    /** Row counts of the committed files, by dataset. */
    private static final Map<String, Long> COMMITTED_ROWS = new LinkedHashMap<>();

    static {
        Dialect ccas = new Dialect(WINDOWS_1252, false, ';', "\r\n", ',', "dd/MM/yyyy");
        register(new Dataset("ccas", "ccas/aides.csv",
                "CCAS social aid requests and decisions (Windows-1252, ';', decimal comma, dd/MM/yyyy)",
                CcasGenerator.COLUMNS, ccas, random -> new CcasGenerator(ccas)), 5_000);
        Dialect sante = new Dialect(StandardCharsets.UTF_8, true, ';', "\r\n", ',', "yyyy-MM-dd");
        register(new Dataset("sante", "sante/prevention.csv",
                "Health prevention consultations (UTF-8 with BOM, ';', decimal comma, yyyy-MM-dd)",
                SanteGenerator.COLUMNS, sante, random -> new SanteGenerator(sante, random)), 3_000);
        Dialect eau = new Dialect(StandardCharsets.UTF_8, false, ',', "\n", '.', "yyyy-MM-dd");
        register(new Dataset("eau", "eau/facturation.csv",
                "Water billing, one half-yearly bill per meter (UTF-8, ',', decimal point, yyyy-MM-dd)",
                EauGenerator.COLUMNS, eau, random -> new EauGenerator(eau)), 4_000);
        Dialect rh = new Dialect(StandardCharsets.UTF_8, false, ';', "\r\n", ',', "dd/MM/yyyy");
        register(new Dataset("rh", "rh/agents.csv",
                "Staff of the metropolis, HR (UTF-8, ';', decimal comma, dd/MM/yyyy)",
                RhGenerator.COLUMNS, rh, random -> new RhGenerator(rh)), 3_000);
        Dialect mobilite = new Dialect(StandardCharsets.UTF_8, false, '\t', "\n", '.', "yyyy-MM-dd");
        register(new Dataset("mobilite", "mobilite/abonnements.csv",
                "Public-transport subscriptions (UTF-8, tab-separated, decimal point, yyyy-MM-dd)",
                MobiliteGenerator.COLUMNS, mobilite, random -> new MobiliteGenerator(mobilite)), 3_000);
        Dialect bibliotheques = new Dialect(Charset.forName("ISO-8859-15"), false, '|', "\r\n", ',', "dd/MM/yyyy");
        register(new Dataset("bibliotheques", "bibliotheques/lecteurs.csv",
                "Library members (ISO-8859-15, '|', decimal comma, dd/MM/yyyy)",
                BibliothequesGenerator.COLUMNS, bibliotheques, random -> new BibliothequesGenerator(bibliotheques)),
                3_000);
    }

    private SampleData() {
    }

    private static void register(Dataset dataset, long committedRows) {
        DATASETS.put(dataset.name(), dataset);
        COMMITTED_ROWS.put(dataset.name(), committedRows);
    }

    /** Names of every dataset, in a stable order: {@code ccas, sante, eau...}. */
    public static List<String> datasets() {
        return List.copyOf(DATASETS.keySet());
    }

    /**
     * The dataset called {@code name}.
     *
     * @throws VigieException (exit code 2, bad usage) naming the known datasets when there is none by that name
     */
    public static Dataset dataset(String name) {
        Dataset dataset = DATASETS.get(name);
        if (dataset == null) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "unknown dataset '" + name
                    + "' (expected one of: " + String.join(", ", DATASETS.keySet()) + ")");
        }
        return dataset;
    }

    /**
     * Writes {@code rows} rows of every dataset under {@code outDir}, each at
     * {@code outDir/<department>/<file>} (e.g. {@code ccas/aides.csv}).
     *
     * @return the files written, in {@link #datasets()} order
     * @throws VigieException (exit code 2) for a negative row count; (exit code 1) when a file cannot be written
     */
    public static List<Path> write(Path outDir, long rows, long seed) {
        return write(outDir, rows, seed, DATASETS.keySet());
    }

    /**
     * Writes only the named datasets (in {@link #datasets()} order).
     *
     * @throws VigieException (exit code 2) for an unknown name or a negative row count, before anything
     *                        is written; (exit code 1) when a file cannot be written
     */
    public static List<Path> write(Path outDir, long rows, long seed, Set<String> datasets) {
        if (rows < 0) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "rows must be 0 or more, not " + rows);
        }
        List<Dataset> chosen = new ArrayList<>();
        for (String name : datasets) {
            dataset(name);
        }
        for (Dataset dataset : DATASETS.values()) {
            if (datasets.contains(dataset.name())) {
                chosen.add(dataset);
            }
        }
        List<Path> written = new ArrayList<>();
        for (Dataset dataset : chosen) {
            written.add(dataset.write(outDir, rows, seed));
        }
        return written;
    }

    /** How many rows the committed {@code sample-data/} file of {@code name} has. */
    public static long committedRows(String name) {
        dataset(name);
        return COMMITTED_ROWS.get(name);
    }

    /**
     * Regenerates the small committed files ({@code sample-data/}): each dataset at its
     * {@link #committedRows(String)} with {@link #COMMITTED_SEED}.
     */
    public static List<Path> writeCommitted(Path outDir) {
        List<Path> written = new ArrayList<>();
        for (Dataset dataset : DATASETS.values()) {
            written.add(dataset.write(outDir, COMMITTED_ROWS.get(dataset.name()), COMMITTED_SEED));
        }
        return written;
    }

}
