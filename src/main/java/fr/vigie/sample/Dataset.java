package fr.vigie.sample;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One synthetic department dataset: its file name, columns, dialect and a deterministic, streaming
 * row source. Obtain instances from {@link SampleData#dataset(String)}.
 */
public final class Dataset {
    private static final int BUFFER = 1 << 16;

    private final String name;
    private final String fileName;
    private final String description;
    private final List<String> columns;
    private final Dialect dialect;
    private final Function<SplittableRandom, RowGenerator> generators;

    Dataset(String name, String fileName, String description, List<String> columns, Dialect dialect,
            Function<SplittableRandom, RowGenerator> generators) {
        this.name = name;
        this.fileName = fileName;
        this.description = description;
        this.columns = List.copyOf(columns);
        this.dialect = dialect;
        this.generators = generators;
    }

    /** Short name, also the department folder: {@code ccas}, {@code sante}, {@code eau}. */
    public String name() {
        return name;
    }

    /** The file's path relative to the output directory, e.g. {@code ccas/aides.csv} (always with {@code /}). */
    public String fileName() {
        return fileName;
    }

    /** One line saying what the dataset holds. */
    public String description() {
        return description;
    }

    /** Header names, in file order. */
    public List<String> columns() {
        return columns;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where {@link #write(Path, long, long)} puts the file under {@code outDir}. */
    public Path path(Path outDir) {
        return outDir.resolve(fileName);
    }

    /**
     * An endless stream of rows (without the header) for {@code seed}: take as many as needed.
     * Each call starts the same sequence again; each row is a fresh array in column order, with
     * numbers and dates already formatted in this dataset's dialect.
     */
    public Iterator<String[]> rows(long seed) {
        return rows(seed, Long.MAX_VALUE);
    }

    /** The first {@code count} rows of {@link #rows(long)}. */
    public Iterator<String[]> rows(long seed, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        SplittableRandom random = streamRandom(seed);
        RowGenerator generator = generators.apply(random.split());
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public String[] next() {
                if (index >= count) {
                    throw new NoSuchElementException();
                }
                return generator.next(random, index++);
            }
        };
    }

    /**
     * Writes {@code rows} rows for {@code seed} to {@code outDir/}{@link #fileName()}, creating the
     * folder; replaces an existing file. Memory use does not depend on {@code rows}.
     *
     * @return the file written
     * @throws VigieException (exit code 1) when the file cannot be written
     */
    public Path write(Path outDir, long rows, long seed) {
        Path file = path(outDir);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out, rows, seed);
            }
        } catch (IOException e) {
            throw new VigieException(ExitCode.FAILED, "cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Writes the file's bytes (BOM, header, rows) to {@code out}, which is left open. */
    public void write(OutputStream out, long rows, long seed) throws IOException {
        // A strict encoder: a character the charset cannot hold is a bug here, never a silent '?'.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, dialect.charset().newEncoder()), BUFFER);
        if (dialect.bom()) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(dialect.separator())
                .setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator(dialect.lineSeparator())
                .setHeader(columns.toArray(String[]::new))
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        Iterator<String[]> it = rows(seed, rows);
        while (it.hasNext()) {
            printer.printRecord((Object[]) it.next());
        }
        printer.flush();
    }

    private SplittableRandom streamRandom(long seed) {
        // Mixing in the name gives each dataset its own stream for the same user seed.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
    }

    @Override
    public String toString() {
        return name + " (" + fileName + ")";
    }
}
