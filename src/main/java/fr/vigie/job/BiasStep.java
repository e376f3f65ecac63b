package fr.vigie.job;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRequest;
import fr.vigie.bias.BiasScan;
import fr.vigie.bias.BiasSettings;
import fr.vigie.bias.ColumnFacts;
import fr.vigie.bias.Finding;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.model.AttributeType;
import fr.vigie.store.FindingRow;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bias scan step: one streaming pass over the accepted rows (parsed in chunks on the job's workers, handed to
 * the scan in file order: {@link RunContext#streamRows}). The protected columns the job lists
 * are the whole list; when it lists none, those the classification found are scanned (and the report
 * says so). Every column, direct identifiers included, is tested as a proxy.
 */
final class BiasStep {
    static final String NAME = "bias";

    private BiasStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            ClassificationResult classification = run.workspace().read(ClassifyStep.NAME, ClassificationResult.class);
            Optional<BiasRequest> request = request(run.job(), classification);
            if (request.isEmpty()) {
                run.workspace().write(NAME, BiasReport.skipped("no protected attribute in this dataset: nothing to "
                        + "compare"));
                return RepeatStatus.FINISHED;
            }
            BiasScan scan = new BiasScan(run.rules().bias(), request.get());
            long rows = run.streamRows(NAME, run.workspace().staging(), scan::accept);
            BiasReport report = scan.finish();
            run.workspace().write(NAME, report);
            run.runs().saveFindings(run.runId(), findings(report));
            contribution.incrementReadCount();
            contribution.incrementWriteCount(rows);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** The scan to run, or empty when the dataset has no protected attribute. */
    static Optional<BiasRequest> request(JobDefinition job, ClassificationResult classification) {
        JobDefinition.Bias bias = job.bias();
        List<ColumnFacts> columns = classification.columns().stream().map(c -> new ColumnFacts(c.name(),
                c.attributeType() == AttributeType.IDENTIFYING, c.protectedAttribute())).toList();
        return BiasRequest.plan(job.file(), settings(bias), columns);
    }

    /**
     * Every column the job's bias section names is in the source's header: checked before the run
     * starts, so that a typo stops the run before ingestion rather than after classification.
     */
    static void requireColumns(JobDefinition job, List<String> header) {
        BiasRequest.requireColumns(job.file(), settings(job.bias()), header);
    }

    private static BiasSettings settings(JobDefinition.Bias bias) {
        return new BiasSettings(bias.protectedColumns().stream()
                .map(spec -> new BiasSettings.Declared(spec.column(), spec.attribute())).toList(), bias.outcome(),
                bias.positive(), bias.referenceGroups(), bias.stratifyBy());
    }

    /** The report's findings, flattened for the database. */
    static List<FindingRow> findings(BiasReport report) {
        return report.findings().stream().map(BiasStep::row).toList();
    }

    private static FindingRow row(Finding f) {
        return new FindingRow(f.id(), f.check().name(), f.attribute(), f.group(), f.referenceGroup(), f.metric(),
                f.value(), f.pValue(), f.qValue(), f.severity().name(), f.messageEn());
    }
}
