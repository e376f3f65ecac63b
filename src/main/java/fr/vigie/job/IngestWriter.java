package fr.vigie.job;

import fr.vigie.ingest.Profiler;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.model.FormulaGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.core.io.FileSystemResource;

/**
 * Writes what ingestion read: accepted rows to the run's staging file, malformed records to the
 * run's quarantine file (line, reason, raw text), and profiles accepted rows on the way. Both files
 * are Spring Batch flat-file writers, so a resumed run truncates them to the last committed chunk;
 * the profile and the counts, kept in memory, are rebuilt from the staging file and the saved
 * context on restart. Nothing read is lost: every record ends in one of the two files.
 */
final class IngestWriter implements ItemStreamWriter<SourceRecord> {
    private static final String ACCEPTED = "ingest.accepted";
    private static final String QUARANTINED = "ingest.quarantined";
    private static final String REASONS = "ingest.reasons";

    private final Path stagingFile;
    private final Supplier<List<String>> header;
    private final Runnable ownership;
    private final FlatFileItemWriter<String[]> staging;
    private final FlatFileItemWriter<SourceRecord.Malformed> quarantine;
    private Profiler profiler;
    private Progress progress;
    private final long sourceBytes;
    private long accepted;
    private long quarantined;
    private final Map<String, Long> reasons = new TreeMap<>();

    IngestWriter(Path stagingFile, Path quarantineFile, Supplier<List<String>> header, long sourceBytes) {
        this(stagingFile, quarantineFile, header, sourceBytes, () -> {
        });
    }

    /**
     * {@code ownership} throws once the files are no longer this writer's: a partition's worker checks that
     * its run's manager has not given the partition up (the resumed run may be writing the same files).
     * It is checked before the files are opened (opening a file not resumed deletes what it holds) and
     * before an empty quarantine file is removed on closing.
     */
    IngestWriter(Path stagingFile, Path quarantineFile, Supplier<List<String>> header, long sourceBytes,
            Runnable ownership) {
        this.stagingFile = stagingFile;
        this.ownership = ownership;
        this.sourceBytes = sourceBytes;
        this.header = header;
        this.staging = new FlatFileItemWriterBuilder<String[]>()
                .name("staging")
                .resource(new FileSystemResource(stagingFile))
                .encoding("UTF-8")
                .lineSeparator("\n")
                .lineAggregator(StagingFile::line)
                .headerCallback(writer -> writer.write(StagingFile.line(header.get().toArray(String[]::new))))
                .build();
        this.quarantine = new FlatFileItemWriterBuilder<SourceRecord.Malformed>()
                .name("quarantine")
                .resource(new FileSystemResource(quarantineFile))
                .encoding("UTF-8")
                .lineSeparator("\n")
                .shouldDeleteIfEmpty(true)
                .lineAggregator(m -> StagingFile.line(FormulaGuard.neutraliseAll(Long.toString(m.line()), m.reason(),
                        m.raw())))
                .headerCallback(writer -> writer.write("line,reason,raw"))
                .build();
    }

    @Override
    public void open(ExecutionContext context) {
        ownership.run();
        try {
            Files.createDirectories(stagingFile.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        staging.open(context);
        quarantine.open(context);
        profiler = new Profiler(header.get());
        accepted = context.getLong(ACCEPTED, 0L);
        quarantined = context.getLong(QUARANTINED, 0L);
        if (context.containsKey(REASONS)) {
            String saved = context.getString(REASONS);
            for (String entry : saved.isEmpty() ? new String[0] : saved.split("\n")) {
                int tab = entry.lastIndexOf('\t');
                reasons.put(entry.substring(0, tab), Long.parseLong(entry.substring(tab + 1)));
            }
        }
        if (accepted > 0) {
            // A resumed run: the staging file was truncated to the last commit; profile it again.
            StagingFile.forEachRow(stagingFile, profiler::accept);
        }
        progress = Progress.start("ingest", this::expectedRecords);
        progress.advance(accepted + quarantined);
    }

    @Override
    public void write(Chunk<? extends SourceRecord> chunk) throws Exception {
        Chunk<String[]> rows = new Chunk<>();
        Chunk<SourceRecord.Malformed> bad = new Chunk<>();
        for (SourceRecord record : chunk) {
            if (record instanceof SourceRecord.Row row) {
                rows.add(row.values());
                profiler.accept(row.values());
            } else if (record instanceof SourceRecord.Malformed malformed) {
                bad.add(malformed);
                reasons.merge(reasonCategory(malformed.reason()), 1L, Long::sum);
            }
        }
        if (!rows.isEmpty()) {
            staging.write(rows);
        }
        if (!bad.isEmpty()) {
            quarantine.write(bad);
        }
        accepted += rows.size();
        quarantined += bad.size();
        progress.advance(chunk.size());
    }

    /** The source's size over the mean size of a staged row: an estimate, for the ETA only. */
    private long expectedRecords() {
        long staged = FileSizes.size(stagingFile);
        return accepted == 0 || staged == 0 ? -1 : Math.round(sourceBytes / ((double) staged / accepted));
    }

    /** Reasons are grouped by their text before any detail in parentheses or after a colon. */
    static String reasonCategory(String reason) {
        int cut = reason.length();
        for (char c : new char[] {'(', ':'}) {
            int at = reason.indexOf(c);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return reason.substring(0, cut).strip();
    }

    @Override
    public void update(ExecutionContext context) {
        staging.update(context);
        quarantine.update(context);
        context.putLong(ACCEPTED, accepted);
        context.putLong(QUARANTINED, quarantined);
        StringBuilder saved = new StringBuilder();
        reasons.forEach((reason, count) -> saved.append(reason).append('\t').append(count).append('\n'));
        context.putString(REASONS, saved.toString());
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.done();
        }
        staging.close();
        try {
            ownership.run();
        } catch (RuntimeException notOurs) {
            quarantine.setShouldDeleteIfEmpty(false);
        }
        quarantine.close();
    }

    long accepted() {
        return accepted;
    }

    long quarantined() {
        return quarantined;
    }

    Map<String, Long> reasons() {
        return Map.copyOf(reasons);
    }

    Profiler profiler() {
        return profiler;
    }
}
