package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the classifier on the labelled corpus of {@code src/test/resources/classify/}: precision,
 * recall and F1 per attribute type and per domain, and the recall on the columns that must be
 * protected (IDENTIFYING ∪ SENSITIVE). Prints the table; fails under the thresholds of issue 4.
 */
class CorpusEvaluationTest {
    static final double MIN_MACRO_F1 = 0.95;
    static final double MIN_PROTECTED_RECALL = 0.98;

    /** One labelled column and what the classifier said about it. */
    record Outcome(String dataset, String column, AttributeType expectedType, AttributeType actualType,
            Domain expectedDomain, Domain actualDomain, String expectedInfo, String actualInfo) {
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classifyCorpus() throws IOException {
        Classifier classifier = Fixtures.classifier();
        outcomes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(CorpusGenerator.DEFAULT_DIR)) {
            files = list.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".labels.csv")).sorted().toList();
        }
        for (Path file : files) {
            String dataset = file.getFileName().toString().replace(".csv", "");
            ClassificationResult result = classify(classifier, file);
            for (CSVRecord label : read(file.resolveSibling(dataset + ".labels.csv"))) {
                ColumnClassification actual = result.column(label.get("column"));
                assertThat(actual).as("column %s of %s", label.get("column"), dataset).isNotNull();
                outcomes.add(new Outcome(dataset, label.get("column"),
                    AttributeType.valueOf(label.get("attributeType")), actual.attributeType(),
                    blankToNull(label.get("domain"), Domain::valueOf), actual.domain(),
                    blankToNull(label.get("infoType"), Function.identity()), actual.infoType()));
            }
        }
    }

    @Test
    void corpusHasTenDatasetsAndHundredFiftyColumns() {
        assertThat(outcomes.stream().map(Outcome::dataset).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void committedCorpusIsTheGeneratorsOutput(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(dir);
        try (Stream<Path> generated = Files.list(dir)) {
            for (Path file : generated.toList()) {
                Path committed = CorpusGenerator.DEFAULT_DIR.resolve(file.getFileName());
                assertThat(committed).as("regenerate the corpus with CorpusGenerator").exists();
                assertThat(Files.mismatch(file, committed)).as("%s differs from CorpusGenerator's output", committed).isEqualTo(-1L);
            }
        }
    }

    @Test
    void classifiesCorpusAboveThresholds() {
        StringBuilder report = new StringBuilder("\nClassification of the labelled corpus (" + outcomes.size() + " columns)\n\n");
        report.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s%n", "attributeType", "precision", "recall", "F1", "support"));
        double macro = 0;
        for (AttributeType type : AttributeType.values()) {
            double[] prf = scores(o -> o.expectedType() == type, o -> o.actualType() == type);
            macro += prf[2];
            report.append(row(type.name(), prf));
        }
        macro /= AttributeType.values().length;
        report.append(String.format(Locale.ROOT, "%-20s %29.3f%n%n", "macro-F1", macro));
        report.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s%n", "domain", "precision", "recall", "F1", "support"));
        for (Domain domain : Domain.values()) {
            double[] prf = scores(o -> o.expectedDomain() == domain, o -> o.actualDomain() == domain);
            if (prf[3] > 0 || prf[4] > 0) {
                report.append(row(domain.name(), prf));
            }
        }
        long mustProtect = outcomes.stream().filter(o -> isProtected(o.expectedType())).count();
        long protectedOk = outcomes.stream().filter(o -> isProtected(o.expectedType()) && isProtected(o.actualType())).count();
        long exact = outcomes.stream().filter(o -> isProtected(o.expectedType()) && o.expectedType() == o.actualType()).count();
        double protectedRecall = (double) protectedOk / mustProtect;
        long infoOk = outcomes.stream().filter(o -> Objects.equals(o.expectedInfo(), o.actualInfo())).count();
        report.append(String.format(Locale.ROOT, "%nrecall IDENTIFYING ∪ SENSITIVE: %.3f (%d/%d protected; %d with the exact type)%n",
            protectedRecall, protectedOk, mustProtect, exact));
        report.append(String.format(Locale.ROOT, "infoType accuracy: %.3f (%d/%d)%n", (double) infoOk / outcomes.size(), infoOk, outcomes.size()));
        report.append("\nDisagreements (dataset.column: expected -> actual):\n");
        for (Outcome o : outcomes) {
            if (o.expectedType() != o.actualType() || o.expectedDomain() != o.actualDomain()
                    || !Objects.equals(o.expectedInfo(), o.actualInfo())) {
                report.append(String.format(Locale.ROOT, "  %s.%s: %s/%s/%s -> %s/%s/%s%n", o.dataset(), o.column(),
                    o.expectedType(), o.expectedInfo(), o.expectedDomain(), o.actualType(), o.actualInfo(), o.actualDomain()));
            }
        }
        System.out.println(report);
        assertThat(macro).as("macro-F1 on attributeType" + report).isGreaterThanOrEqualTo(MIN_MACRO_F1);
        assertThat(protectedRecall).as("recall on IDENTIFYING ∪ SENSITIVE" + report).isGreaterThanOrEqualTo(MIN_PROTECTED_RECALL);
    }

    /** precision, recall, F1, support (expected count), predicted count. */
    private static double[] scores(java.util.function.Predicate<Outcome> expected, java.util.function.Predicate<Outcome> predicted) {
        long tp = outcomes.stream().filter(o -> expected.test(o) && predicted.test(o)).count();
        long support = outcomes.stream().filter(expected).count();
        long predictedCount = outcomes.stream().filter(predicted).count();
        double precision = predictedCount == 0 ? (support == 0 ? 1 : 0) : (double) tp / predictedCount;
        double recall = support == 0 ? 1 : (double) tp / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, support, predictedCount};
    }

    private static String row(String name, double[] prf) {
        return String.format(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %7d%n", name, prf[0], prf[1], prf[2], (long) prf[3]);
    }

    private static boolean isProtected(AttributeType type) {
        return type == AttributeType.IDENTIFYING || type == AttributeType.SENSITIVE;
    }

    static ClassificationResult classify(Classifier classifier, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            ColumnSampler sampler = classifier.sampler(parser.getHeaderNames());
            long rows = 0;
            for (CSVRecord record : parser) {
                sampler.accept(record.values());
                rows++;
            }
            return classifier.classify(file.toString(), rows, sampler, Map.of(), ProcessingContext.none());
        }
    }

    private static List<CSVRecord> read(Path labels) throws IOException {
        try (Reader reader = Files.newBufferedReader(labels, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static <T> T blankToNull(String text, Function<String, T> parse) {
        return text == null || text.isBlank() ? null : parse.apply(text);
    }
}
