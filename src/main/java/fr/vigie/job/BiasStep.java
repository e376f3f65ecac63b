package fr.vigie.job;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRequest;
import fr.vigie.bias.BiasScan;
import fr.vigie.bias.ProtectedColumn;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import fr.vigie.model.ProtectedAttribute;
import fr.vigie.store.FindingRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The bias scan step: one streaming pass over the accepted rows. Protected columns are those the
 * classification found plus those the job declares; direct identifiers are never tested as proxies.
 */
final class BiasStep {
    static final String NAME = "bias";

    private BiasStep() {
    }

    static Step create(RunContext run, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            ClassificationResult classification = run.workspace().read(ClassifyStep.NAME, ClassificationResult.class);
            BiasRequest request = request(run.job(), classification);
            if (request == null) {
                run.workspace().write(NAME, new Skipped("no protected attribute in this dataset: nothing to compare"));
                return RepeatStatus.FINISHED;
            }
            BiasScan scan = new BiasScan(run.rules().bias(), request);
            long rows = run.streamRows(NAME, run.workspace().staging(), scan::accept);
            BiasReport report = scan.finish();
            run.workspace().write(NAME, report);
            run.runs().saveFindings(run.runId(), findings(RunWorkspace.JSON.valueToTree(report)));
            contribution.incrementReadCount();
            contribution.incrementWriteCount(rows);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** The bias section when there was nothing to scan. */
    record Skipped(String skipped) {
    }

    /** The scan to run, or null when the dataset has no protected attribute. */
    static BiasRequest request(JobDefinition job, ClassificationResult classification) {
        JobDefinition.Bias bias = job.bias();
        Map<String, ProtectedAttribute> protectedColumns = new LinkedHashMap<>();
        for (ColumnClassification c : classification.columns()) {
            if (c.protectedAttribute() != null && c.attributeType() != AttributeType.IDENTIFYING) {
                protectedColumns.put(c.name(), c.protectedAttribute());
            }
        }
        List<String> header = classification.columns().stream().map(ColumnClassification::name).toList();
        requireColumns(job, header);
        for (JobDefinition.ProtectedColumnSpec spec : bias.protectedColumns()) {
            ProtectedAttribute attribute = spec.attribute() != null ? spec.attribute()
                    : protectedColumns.getOrDefault(spec.column(), null);
            if (attribute == null) {
                throw new ConfigException(job.file(), "bias.protected", "column '" + spec.column()
                        + "' is not recognised as a protected attribute: declare it as {column: " + spec.column()
                        + ", attribute: GENDER|ORIGIN|AGE|DISABILITY|...}");
            }
            protectedColumns.put(spec.column(), attribute);
        }
        List<String> proxies = new ArrayList<>();
        for (ColumnClassification c : classification.columns()) {
            boolean identifier = c.attributeType() == AttributeType.IDENTIFYING;
            if (!identifier && !protectedColumns.containsKey(c.name()) && !c.name().equals(bias.outcome())) {
                proxies.add(c.name());
            }
        }
        if (protectedColumns.isEmpty()) {
            return null;
        }
        List<ProtectedColumn> columns = protectedColumns.entrySet().stream()
                .map(e -> new ProtectedColumn(e.getKey(), e.getValue())).toList();
        return new BiasRequest(header, columns, bias.outcome(), bias.positive(), bias.referenceGroups(),
                bias.stratifyBy(), proxies);
    }

    /**
     * Every column the job's bias section names is in the header. Called on the classified header by
     * {@link #request}, and on the source's header before the run starts, so that a typo stops the run
     * before ingestion rather than after classification.
     */
    static void requireColumns(JobDefinition job, List<String> header) {
        JobDefinition.Bias bias = job.bias();
        for (JobDefinition.ProtectedColumnSpec spec : bias.protectedColumns()) {
            requireColumn(job, header, spec.column(), "bias.protected");
        }
        if (bias.outcome() != null) {
            requireColumn(job, header, bias.outcome(), "bias.outcome");
        }
        if (bias.stratifyBy() != null) {
            requireColumn(job, header, bias.stratifyBy(), "bias.stratifyBy");
        }
        for (String column : bias.referenceGroups().keySet()) {
            requireColumn(job, header, column, "bias.referenceGroups." + column);
        }
    }

    private static void requireColumn(JobDefinition job, List<String> header, String column, String key) {
        if (!header.contains(column)) {
            throw new ConfigException(job.file(), key, "no column '" + column + "' in the source");
        }
    }

    /** Flattens the report's findings for the database (reads the JSON form: one contract, not two). */
    static List<FindingRow> findings(JsonNode report) {
        List<FindingRow> rows = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            rows.add(new FindingRow(text(f, "id"), text(f, "check"), text(f, "attribute"), text(f, "group"),
                    text(f, "referenceGroup"), text(f, "metric"), number(f, "value"), number(f, "pValue"),
                    number(f, "qValue"), f.path("severity").asString("INFO"), text(f, "messageEn")));
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
