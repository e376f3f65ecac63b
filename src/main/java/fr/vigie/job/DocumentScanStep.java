package fr.vigie.job;

import fr.vigie.classify.Classifier;
import fr.vigie.ingest.DocumentLimits;
import fr.vigie.ingest.DocumentResult;
import fr.vigie.ingest.DocumentText;
import fr.vigie.ingest.Documents;
import fr.vigie.model.VigieException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step of a document job (PDF, DOCX, ODT, TXT): extracts each document's text through Tika, within
 * limits that a hostile file cannot exceed, and counts the personal data found in it per info type —
 * never the values. A document that cannot be read is listed with the reason: nothing is skipped silently.
 */
final class DocumentScanStep {
    static final String NAME = "documents";

    private DocumentScanStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            Classifier classifier = new Classifier(run.rules().classification());
            List<DocumentResult> results = new ArrayList<>();
            for (Path file : run.sourceFiles()) {
                results.add(scan(run, classifier, file));
                contribution.incrementReadCount();
            }
            run.workspace().write(NAME, results);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    static DocumentResult scan(RunContext run, Classifier classifier, Path file) {
        String name = ProjectPaths.relative(run, file);
        try {
            DocumentText text = Documents.extract(file, DocumentLimits.defaults());
            return new DocumentResult(name, text.mediaType(), text.text().length(), text.truncated(),
                    classifier.scanText(text.text()), null);
        } catch (VigieException e) {
            return new DocumentResult(name, null, 0, false, Map.of(), e.getMessage());
        } catch (RuntimeException e) {
            // a parser's own failure: one unreadable document, not a failed run (its message may quote the text)
            return new DocumentResult(name, null, 0, false, Map.of(), name + ": cannot extract text ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
