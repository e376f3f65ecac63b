package fr.vigie.report;

import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reports for the report package's tests: the report of a real run of the shipped CCAS job
 * ({@code src/test/resources/report/ccas-report.json}, as {@code vigie run ccas-aides} wrote it), and ways
 * to bend it through its JSON tree.
 */
final class ReportFixtures {
    private static final Path CCAS = Path.of("src/test/resources/report/ccas-report.json");

    private ReportFixtures() {
    }

    /** The CCAS run's report: one partner pending review, sex and nationality scanned, a DPIA required. */
    static ComplianceReport ccas() {
        return ComplianceReport.read(CCAS);
    }

    /** The CCAS run's report as a tree, to bend before {@link #typed}. */
    static ObjectNode ccasTree() {
        return (ObjectNode) ComplianceReport.JSON.readTree(CCAS.toFile());
    }

    static ComplianceReport typed(ObjectNode tree) {
        return ComplianceReport.fromTree(tree);
    }

    /** A report of a run that reached no stage. */
    static ComplianceReport empty() {
        return new ComplianceReport(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
