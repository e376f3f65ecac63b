package fr.vigie.classify;

import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dataset-level decisions (the {@code dataset} object of the {@code vigie classify} contract).
 *
 * @param crossesHealthAndFinance health and financial data in the same dataset: the convention
 *                                forbids it without an ethics review
 * @param dpiaRequired            an impact assessment is needed before the processing
 * @param dpiaReasons             why, in plain words (empty when not required)
 * @param personalData            at least one identifying or quasi-identifying column, or, in a file about persons, a
 *                                column held for review (it may be the one that names them)
 * @param protectedAttributes     protected attribute to the columns that carry it
 * @param dataSubject             what a row describes: a person, an organisation, a place, or a mix
 * @param dataSubjectEvidence     why, in plain words (column names and rules, never a value)
 * @param columnsNeedingReview    the columns classified SENSITIVE as a precaution, waiting for a decision
 */
public record DatasetClassification(
        Sensitivity sensitivity,
        List<Domain> domains,
        boolean crossesHealthAndFinance,
        boolean dpiaRequired,
        List<String> dpiaReasons,
        boolean personalData,
        Map<ProtectedAttribute, List<String>> protectedAttributes,
        RecordOfProcessing recordOfProcessing,
        DataSubject dataSubject,
        List<String> dataSubjectEvidence,
        List<String> columnsNeedingReview) {

    public DatasetClassification {
        domains = List.copyOf(domains);
        dpiaReasons = List.copyOf(dpiaReasons);
        dataSubjectEvidence = List.copyOf(dataSubjectEvidence);
        columnsNeedingReview = List.copyOf(columnsNeedingReview);
        // Enum order, so the JSON output is stable from run to run.
        EnumMap<ProtectedAttribute, List<String>> sorted = new EnumMap<>(ProtectedAttribute.class);
        protectedAttributes.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        protectedAttributes = Collections.unmodifiableMap(sorted);
    }
}
