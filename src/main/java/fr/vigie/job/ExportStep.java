package fr.vigie.job;

import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.anonymise.AnonymisationReport;
import fr.vigie.export.ExportFormat;
import fr.vigie.export.ExportPackage;
import fr.vigie.export.ExportSummary;
import fr.vigie.export.Field;
import fr.vigie.export.PackageRequest;
import fr.vigie.export.PackageWriter;
import fr.vigie.keys.Signing;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The export step: one signed package per partner whose anonymisation succeeded, written atomically
 * and recorded as PENDING_REVIEW. Nothing is sent anywhere: the DPO's approval moves a package to the
 * partner's outbox. Re-running it (a resumed run) rewrites identical packages.
 */
final class ExportStep {
    static final String NAME = "export";
    static final String LICENCE = "etalab-2.0";

    private ExportStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            // column names leave in data files, datapackage.json and manifests: none may hold an identifying value
            NameDisclosure.check(run.workspace());
            List<ExportSummary> summaries = new ArrayList<>();
            PackageWriter writer = new PackageWriter(run.settings().store().exportsRoot(),
                    Signing.signer(run.settings().keyDir(), run.audit(), RunContext.PIPELINE));
            for (JobDefinition.Partner partner : run.job().partners()) {
                AnonymisationOutcome outcome = run.workspace().read(AnonymiseStep.name(partner),
                        AnonymisationOutcome.class);
                if (outcome.status() != AnonymisationOutcome.Status.OK) {
                    summaries.add(new ExportSummary(partner.id(), null, ExportSummary.Status.NOT_EXPORTED, 0, null,
                            "anonymisation refused by policy"));
                    continue;
                }
                ExportPackage pkg = export(run, partner, outcome.report(), writer);
                contribution.incrementWriteCount(pkg.rows());
                summaries.add(new ExportSummary(partner.id(), ProjectPaths.relative(run, pkg.dir()),
                        ExportSummary.Status.PENDING_REVIEW, pkg.rows(), pkg.manifestSha256(), null));
            }
            run.workspace().write(NAME, summaries);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /**
     * A resumed run may find the package an interrupted attempt moved into place before its record was
     * committed. Nobody can have approved it (approval needs the record), so it is written again.
     */
    private static void discardUnrecordedPackage(RunContext run, JobDefinition.Partner partner) {
        String id = ExportRecord.idOf(partner.id(), run.job().id(), run.runId());
        java.nio.file.Path dir = run.settings().store().export(partner.id(), run.job().id(), run.runId());
        if (java.nio.file.Files.exists(dir) && run.exports().find(id).isEmpty()) {
            try {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot remove the unrecorded package " + dir, e);
            }
        }
    }

    /**
     * The released rows cut into chunks, parsed and encoded for each data file on the job's workers, written in
     * order: the package is the one a single thread writes, byte for byte.
     */
    private static ExportPackage writeParallel(RunContext run, JobDefinition.Partner partner,
            java.nio.file.Path released, PackageRequest request, PackageWriter writer) {
        long expected = run.ingest().map(fr.vigie.ingest.IngestResult::rowsAccepted).orElse(-1L);
        Progress progress = Progress.start("export " + partner.id(), () -> expected);
        try {
            return writer.<StagingChunks.Chunk>write(request, run.job().workers(),
                    chunks -> StagingChunks.read(released, run.job().workers(), chunk -> {
                        chunks.accept(chunk);
                        progress.advance(chunk.count());
                    }),
                    chunk -> new PackageWriter.RowBatch(chunk.firstRow() + 1, chunk.rows()));
        } finally {
            progress.done();
        }
    }

    private static ExportPackage export(RunContext run, JobDefinition.Partner partner, AnonymisationReport report,
            PackageWriter writer) {
        var released = run.workspace().anonymised(partner.id());
        List<String> header = StagingFile.header(released);
        List<Field> fields = header.stream().map(Field::string).toList();
        Set<ExportFormat> formats = partner.formats().stream().map(f -> ExportFormat.valueOf(f.toUpperCase()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dataset", run.job().id());
        provenance.put("department", run.job().department());
        provenance.put("run", run.runId());
        provenance.put("purpose", run.job().purpose());
        provenance.put("policy", ProjectPaths.relative(run, partner.policy()));
        provenance.put("anonymisation", report);
        PackageRequest request = new PackageRequest(partner.id(), run.job().id(), run.runId(), fields, formats,
                LICENCE, provenance);
        discardUnrecordedPackage(run, partner);
        ExportPackage pkg = run.job().workers() > 1 ? writeParallel(run, partner, released, request, writer)
                : writer.write(request, sink -> run.streamRows("export " + partner.id(), released, sink::accept));
        run.exports().add(new ExportRecord(ExportRecord.idOf(partner.id(), run.job().id(), run.runId()), run.runId(),
                partner.id(), run.job().id(), ProjectPaths.relative(run, partner.policy()), pkg.dir().toString(),
                ExportStatus.PENDING_REVIEW, pkg.rows(), pkg.manifestSha256(), Instant.now(), null));
        run.audit().append(RunContext.PIPELINE, "EXPORT_CREATED",
                "export/" + ExportRecord.idOf(partner.id(), run.job().id(), run.runId()),
                pkg.rows() + " rows, manifest sha256 " + pkg.manifestSha256() + ", PENDING_REVIEW");
        return pkg;
    }
}
