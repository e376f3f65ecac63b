package fr.vigie.job;

import fr.vigie.ingest.CsvDialect;
import fr.vigie.ingest.Profiler;
import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Joins the partitions of a partitioned ingest into what one stream writes: the staging file (one header,
 * then every part's rows in partition order), the quarantine file (likewise, absent when nothing was
 * quarantined), the counts and the profile merged in partition order. A partition read by an earlier
 * process of a resumed run is recounted and profiled again from its part files.
 */
final class IngestMerge {
    private static final String QUARANTINE_HEADER = "line,reason,raw\n";

    private final RunContext run;
    private final ReadOptions options;

    IngestMerge(RunContext run, ReadOptions options) {
        this.run = run;
        this.options = options;
    }

    /**
     * Joins the parts and returns what they counted together. The part files stay until the run's work
     * area goes: a run killed before this step commits joins them again on resume.
     */
    IngestStep.Tally merge(List<PartitionedIngest.Part> parts, Map<Integer, PartitionedIngest.Outcome> known) {
        List<String> header;
        CsvDialect dialect;
        try (TableReader first = TableReaders.open(run.sourceFiles().get(0), options)) {
            header = first.header();
            dialect = first.dialect();
        }
        Profiler profiler = new Profiler(header);
        long accepted = 0;
        long quarantined = 0;
        Map<String, Long> reasons = new TreeMap<>();
        for (PartitionedIngest.Part part : parts) {
            PartitionedIngest.Outcome outcome = known.containsKey(part.index()) ? known.get(part.index())
                    : recount(part.index(), header);
            profiler.merge(outcome.profiler());
            accepted += outcome.accepted();
            quarantined += outcome.quarantined();
            outcome.reasons().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        }
        join(parts, header, quarantined > 0);
        return new IngestStep.Tally(header, dialect, accepted, quarantined, Map.copyOf(reasons), profiler.finish());
    }

    /** The counts and profile of a part read before this process started, from its files. */
    private PartitionedIngest.Outcome recount(int index, List<String> header) {
        Profiler profiler = new Profiler(header);
        long accepted = StagingFile.forEachRow(PartitionedIngest.staging(run, index), profiler::accept);
        Map<String, Long> reasons = new TreeMap<>();
        long quarantined = 0;
        Path quarantine = PartitionedIngest.quarantine(run, index);
        if (Files.exists(quarantine)) {
            try (Reader in = Files.newBufferedReader(quarantine, StandardCharsets.UTF_8);
                    CSVParser parser = StagingFile.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(in)) {
                for (CSVRecord record : parser) {
                    reasons.merge(IngestWriter.reasonCategory(record.get(1)), 1L, Long::sum);
                    quarantined++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + quarantine, e);
            }
        }
        return new PartitionedIngest.Outcome(accepted, quarantined, reasons, profiler);
    }

    private void join(List<PartitionedIngest.Part> parts, List<String> header, boolean anyQuarantined) {
        byte[] stagingHeader = (StagingFile.line(header.toArray(String[]::new)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] quarantineHeader = QUARANTINE_HEADER.getBytes(StandardCharsets.UTF_8);
        concatenate(run.workspace().staging(), stagingHeader,
                parts.stream().map(p -> PartitionedIngest.staging(run, p.index())).toList());
        Path quarantine = run.quarantineFile();
        if (anyQuarantined) {
            concatenate(quarantine, quarantineHeader,
                    parts.stream().map(p -> PartitionedIngest.quarantine(run, p.index())).toList());
        } else {
            deleteQuietly(quarantine);
        }
    }

    /** Writes {@code header}, then each existing part without its own first {@code header.length} bytes. */
    private static void concatenate(Path target, byte[] header, List<Path> parts) {
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(header));
                for (Path part : parts) {
                    append(out, part, header.length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void append(FileChannel out, Path part, long skip) throws IOException {
        if (!Files.exists(part)) {
            return;
        }
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
            long size = in.size();
            long at = skip;
            while (at < size) {
                at += in.transferTo(at, size - at, out);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
