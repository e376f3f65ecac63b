package fr.vigie.report;

import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.bias.BiasReport;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.export.ExportSummary;
import fr.vigie.ingest.DocumentResult;
import fr.vigie.ingest.IngestResult;
import fr.vigie.model.AttributeType;
import java.util.List;

/**
 * What the stages of a run handed over, each null (or empty) when the run did not reach that stage: the
 * typed input of {@link ComplianceReport#of}.
 */
public record StageResults(RunStatus runStatus, IngestResult ingest, ClassificationResult classification,
        List<AnonymisationOutcome> anonymisation, BiasReport bias, List<DocumentResult> documents,
        List<ExportSummary> exports) {

    public StageResults {
        anonymisation = anonymisation == null ? List.of() : List.copyOf(anonymisation);
    }

    /** The classified columns; empty before classification. */
    List<ColumnClassification> columns() {
        return classification == null ? List.of() : classification.columns();
    }

    /**
     * Whether the report withholds a column's extremes: every column that is not INSENSITIVE, and every
     * column when the classification has not run (fail closed).
     */
    boolean withholdsExtremesOf(String column) {
        return classification == null || columns().stream()
                .noneMatch(c -> c.name().equals(column) && c.attributeType() == AttributeType.INSENSITIVE);
    }

    List<ExportSummary> exportLines() {
        return exports == null ? List.of() : exports;
    }

    List<DocumentResult> documentLines() {
        return documents == null ? List.of() : documents;
    }
}
