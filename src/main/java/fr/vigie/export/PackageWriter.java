package fr.vigie.export;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.parallel.OrderedWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes signed export packages under {@code <exportsRoot>/<partner>/<dataset>/<runId>/}.
 *
 * <p>Everything is first written to a {@code .tmp-<runId>-*} folder next to the final one, then
 * renamed in one atomic move: a package folder that exists is complete. Leftovers of an
 * interrupted write are deleted on the next write into the same dataset folder.
 */
public final class PackageWriter {
    /** Prefix of the temporary folders; nothing else in the exports tree starts with it. */
    public static final String TEMP_PREFIX = ".tmp-";
    /** Leftovers younger than this may belong to a write still in progress in another process. */
    private static final Duration STALE_AFTER = Duration.ofHours(1);

    private final Path exportsRoot;
    private final Signer signer;

    /**
     * @param exportsRoot the {@code store/exports} folder (created if needed)
     * @param signer signs every manifest
     */
    public PackageWriter(Path exportsRoot, Signer signer) {
        this.exportsRoot = Objects.requireNonNull(exportsRoot, "exportsRoot");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * Writes one package. {@code rows} is called once with a sink into which it pushes every row;
     * if it throws, no package is left behind and the exception propagates.
     *
     * @throws VigieException if the package already exists, a row has the wrong width or a typed
     *     value does not parse (the message names the row and column, never the value)
     */
    public ExportPackage write(PackageRequest request, Consumer<RowSink> rows) {
        Objects.requireNonNull(rows, "rows");
        return writePackage(request, dir -> writeData(dir, request, rows));
    }

    /**
     * Rows of an export handed over together: the first one's number (1-based, it names rows in errors) and the rows.
     */
    public record RowBatch(long firstRowNumber, List<String[]> rows) {
    }

    /**
     * Writes one package from chunks of rows on {@code threads} threads: {@code chunks} pushes the chunks in row
     * order, {@code rows} turns a chunk into its rows (parsing it, say) on any of the threads, where the rows are also
     * checked and encoded for each data file; the data files are written in chunk order on the calling thread, so
     * the package is, byte for byte, the one {@link #write(PackageRequest, Consumer)} writes with the same rows. If
     * anything throws, no package is left behind and the first exception propagates.
     */
    public <C> ExportPackage write(PackageRequest request, int threads, Consumer<Consumer<C>> chunks,
            Function<C, RowBatch> rows) {
        Objects.requireNonNull(chunks, "chunks");
        return writePackage(request, dir -> writeData(dir, request, threads, chunks, rows));
    }

    /** Writes the data files of a package into a folder; returns the rows written. */
    @FunctionalInterface
    private interface DataWriting {
        long write(Path dir) throws IOException;
    }

    private ExportPackage writePackage(PackageRequest request, DataWriting data) {
        Path parent = exportsRoot.resolve(request.partner()).resolve(request.dataset());
        Path target = parent.resolve(request.runId());
        Path temp = prepareTempDirectory(parent, target, request.runId());
        try {
            Written written = writeContent(temp, request, data.write(temp));
            moveAtomically(temp, target);
            return new ExportPackage(target, written.hashes().get(Manifest.FILE), written.hashes(),
                    written.rows(), request.formats(), signer.publicKeySha256());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write the export package " + target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** A fresh temporary folder next to {@code target}, leftovers of an earlier attempt removed. */
    private static Path prepareTempDirectory(Path parent, Path target, String runId) {
        try {
            Files.createDirectories(parent);
            cleanLeftovers(parent, runId);
            if (Files.exists(target)) {
                throw new VigieException(ExitCode.FAILED, "export package already exists: " + target);
            }
            return Files.createTempDirectory(parent, TEMP_PREFIX + runId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the export folder " + parent, e);
        }
    }

    private record Written(Map<String, String> hashes, long rows) {
    }

    private Written writeContent(Path dir, PackageRequest request, long count) throws IOException {
        Map<ExportFormat, long[]> sizes = new EnumMap<>(ExportFormat.class);
        Map<ExportFormat, String> dataHashes = new EnumMap<>(ExportFormat.class);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ExportFormat format : request.formats()) {
            Path file = dir.resolve(format.fileName());
            sizes.put(format, new long[] {Files.size(file)});
            dataHashes.put(format, Sha256.hex(file));
            hashes.put(format.fileName(), dataHashes.get(format));
        }
        byte[] manifest = Manifest.build(request, count, sizes, dataHashes, signer.publicKeySha256());
        byte[] signature = Base64.getEncoder().encode(signer.sign(manifest));
        Files.write(dir.resolve(Manifest.FILE), manifest);
        Files.write(dir.resolve(Manifest.SIGNATURE_FILE), signature);
        hashes.put(Manifest.FILE, Sha256.hex(manifest));
        hashes.put(Manifest.SIGNATURE_FILE, Sha256.hex(signature));
        return new Written(hashes, count);
    }

    private static long writeData(Path dir, PackageRequest request, Consumer<RowSink> rows) throws IOException {
        List<TableFileWriter<?>> writers = new ArrayList<>();
        long[] count = {0};
        try {
            openWriters(dir, request, writers);
            int width = request.fields().size();
            rows.accept(row -> writeRow(writers, row, ++count[0], width));
        } finally {
            closeAll(writers);
        }
        return count[0];
    }

    private static <C> long writeData(Path dir, PackageRequest request, int threads, Consumer<Consumer<C>> chunks,
            Function<C, RowBatch> rows) throws IOException {
        List<TableFileWriter<?>> writers = new ArrayList<>();
        long[] count = {0};
        try {
            openWriters(dir, request, writers);
            int width = request.fields().size();
            OrderedWork.<C, Prepared>run("vigie-export", threads, chunks, chunk -> {
                RowBatch batch = rows.apply(chunk);
                for (int r = 0; r < batch.rows().size(); r++) {
                    checkWidth(batch.rows().get(r), batch.firstRowNumber() + r, width);
                }
                List<Encoded<?>> encoded = new ArrayList<>(writers.size());
                for (TableFileWriter<?> writer : writers) {
                    encoded.add(Encoded.of(writer, batch));
                }
                return new Prepared(batch, encoded);
            }, prepared -> {
                RowBatch batch = prepared.batch();
                if (batch.firstRowNumber() != count[0] + 1) {
                    throw new IllegalStateException("export rows out of order: row " + batch.firstRowNumber()
                            + " after row " + count[0]);
                }
                for (Encoded<?> encoded : prepared.perWriter()) {
                    try {
                        encoded.write();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                count[0] += batch.rows().size();
            });
        } finally {
            closeAll(writers);
        }
        return count[0];
    }

    /** A batch of rows and what each data file's writer made of it, in the order of the writers. */
    private record Prepared(RowBatch batch, List<Encoded<?>> perWriter) {
    }

    /** A batch as one writer encoded it, kept with that writer so that it is written by it. */
    private record Encoded<P>(TableFileWriter<P> writer, P rows) {
        static <P> Encoded<P> of(TableFileWriter<P> writer, RowBatch batch) {
            return new Encoded<>(writer, writer.prepare(batch.rows(), batch.firstRowNumber()));
        }

        void write() throws IOException {
            writer.writePrepared(rows);
        }
    }

    private static void openWriters(Path dir, PackageRequest request, List<TableFileWriter<?>> writers)
            throws IOException {
        for (ExportFormat format : request.formats()) {
            Path file = dir.resolve(format.fileName());
            writers.add(format == ExportFormat.CSV
                    ? new CsvTableWriter(file, request.fields())
                    : new ParquetTableWriter(file, request.fields()));
        }
    }

    private static void checkWidth(String[] row, long number, int width) {
        if (row == null || row.length != width) {
            throw new VigieException(ExitCode.FAILED, "export row " + number + " has "
                    + (row == null ? 0 : row.length) + " cells, expected " + width);
        }
    }

    private static void writeRow(List<TableFileWriter<?>> writers, String[] row, long number, int width) {
        checkWidth(row, number, width);
        for (TableFileWriter<?> writer : writers) {
            try {
                writer.write(row, number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void closeAll(List<TableFileWriter<?>> writers) throws IOException {
        IOException first = null;
        for (TableFileWriter<?> writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same parent folder, so this only happens on exotic file systems: refuse rather than copy.
            throw new IOException("the file system cannot rename " + from + " atomically", e);
        }
    }

    /** Deletes leftovers of interrupted writes: any for this run, and stale ones for other runs. */
    private static void cleanLeftovers(Path parent, String runId) throws IOException {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                FileTime modified = Files.getLastModifiedTime(entry);
                if (name.startsWith(TEMP_PREFIX + runId + "-") || modified.toInstant().isBefore(staleBefore)) {
                    deleteQuietly(entry);
                }
            }
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Best effort: a leftover is recognisable by its prefix and retried next time.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Same as above.
        }
    }
}
