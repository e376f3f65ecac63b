package fr.vigie.job;

import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.Classifier;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.classify.ColumnPin;
import fr.vigie.classify.ColumnSampler;
import fr.vigie.classify.ProcessingContext;
import fr.vigie.ingest.IngestResult;
import fr.vigie.store.ClassificationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The classify step: samples the accepted rows (parsed in chunks on the job's workers, sampled in file order:
 * {@link RunContext#streamRows}) and classifies every column and the dataset.
 */
final class ClassifyStep {
    static final String NAME = "classify";

    private ClassifyStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            ClassificationResult result = classify(run);
            run.workspace().write(NAME, result);
            // the first point where a name is known to hold an identifying value: stop before anything leaves
            NameDisclosure.check(run.workspace());
            run.runs().saveClassification(run.runId(), rows(result));
            contribution.incrementReadCount();
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    static ClassificationResult classify(RunContext run) {
        IngestResult ingest = run.workspace().read(IngestStep.NAME, IngestResult.class);
        Classifier classifier = new Classifier(run.rules().classification());
        ColumnSampler sampler = classifier.sampler(ingest.header());
        run.streamRows(NAME, run.workspace().staging(), sampler::accept);
        Map<String, ColumnPin> pins = new LinkedHashMap<>();
        run.job().pins().forEach((column, pin) -> pins.put(column, new ColumnPin(pin.attributeType(), pin.infoType(),
                pin.domain(), pin.protectedAttribute(), run.jobFile())));
        List<String> recipients = run.job().partners().stream().map(JobDefinition.Partner::id).toList();
        ProcessingContext context = new ProcessingContext(run.job().purpose(), recipients, run.job().controller());
        String source = String.join(", ", ingest.sources());
        return classifier.classify(source, ingest.rowsAccepted(), sampler, pins, context);
    }

    static List<ClassificationRow> rows(ClassificationResult result) {
        List<ClassificationRow> rows = new ArrayList<>();
        int position = 0;
        for (ColumnClassification c : result.columns()) {
            rows.add(new ClassificationRow(position++, c.name(), c.attributeType().name(), c.infoType(),
                    c.domain() == null ? null : c.domain().name(),
                    c.protectedAttribute() == null ? null : c.protectedAttribute().name(), c.confidence(),
                    c.pinnedBy(), RunWorkspace.JSON.writeValueAsString(c.evidence())));
        }
        return rows;
    }
}
