package fr.vigie.classify;

import fr.vigie.ingest.ReadOptions;
import fr.vigie.ingest.SourceRecord;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Scores the classifier on one labelled corpus folder: per dataset {@code <name>.csv} and
 * {@code <name>.labels.csv} (header {@code column,attributeType,infoType,domain,protectedAttribute}),
 * and optionally {@code datasets.csv} ({@code dataset,dataSubject,personalData,note}). Every file is
 * read with Vigie's own ingest, so whoever wrote it may have used any separator or encoding a
 * department would. Precision, recall and F1 per attribute type and per domain, the recall on the
 * columns to protect (IDENTIFYING ∪ SENSITIVE), and the agreement on what rows describe and on
 * whether a dataset holds personal data.
 */
final class CorpusEvaluation {
    static final String LABELS_SUFFIX = ".labels.csv";
    static final String DATASETS_FILE = "datasets.csv";

    /** One labelled column and what the classifier said about it. */
    record Outcome(String dataset, String column, AttributeType expectedType, AttributeType actualType,
            Domain expectedDomain, Domain actualDomain, String expectedInfo, String actualInfo, boolean reviewNeeded) {
    }

    /** One dataset of {@code datasets.csv} and what the classifier said about it. */
    record DatasetOutcome(String dataset, DataSubject expectedSubject, DataSubject actualSubject,
            boolean expectedPersonal, boolean actualPersonal) {
    }

    private final String title;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<DatasetOutcome> datasets = new ArrayList<>();
    private int datasetCount;

    private CorpusEvaluation(String title) {
        this.title = title;
    }

    /**
     * Classifies every labelled dataset of {@code dir}.
     *
     * @throws IllegalStateException naming the file when a label names no column of its dataset, a
     *     dataset of datasets.csv has no labels, or the folder holds no labelled dataset
     */
    static CorpusEvaluation of(String title, Path dir, Classifier classifier) throws IOException {
        CorpusEvaluation evaluation = new CorpusEvaluation(title);
        List<Path> labelFiles;
        try (Stream<Path> list = Files.list(dir)) {
            labelFiles = list.filter(p -> p.getFileName().toString().endsWith(LABELS_SUFFIX)).sorted().toList();
        }
        if (labelFiles.isEmpty()) {
            throw new IllegalStateException(dir + ": no <name>" + LABELS_SUFFIX + " file");
        }
        evaluation.datasetCount = labelFiles.size();
        for (Path labels : labelFiles) {
            Path data = dataOf(labels);
            if (!Files.isRegularFile(data)) {
                throw new IllegalStateException(labels + ": no data file " + data.getFileName());
            }
        }
        // Each dataset is classified on its own, so the corpus is read on every core: the test is the suite's longest.
        Map<String, ClassificationResult> results = new ConcurrentHashMap<>();
        labelFiles.parallelStream().forEach(labels -> results.put(datasetOf(labels), classify(classifier, dataOf(labels))));
        for (Path labels : labelFiles) {
            String name = datasetOf(labels);
            Path data = dataOf(labels);
            ClassificationResult result = results.get(name);
            for (Map<String, String> label : read(labels)) {
                String column = label.get("column");
                ColumnClassification actual = result.column(column);
                if (actual == null) {
                    throw new IllegalStateException(labels + ": column '" + column + "' is not in " + data.getFileName()
                        + " (columns read: " + result.columns().stream().map(ColumnClassification::name).toList() + ")");
                }
                evaluation.outcomes.add(new Outcome(name, column, type(label), actual.attributeType(), domain(label),
                    actual.domain(), blankToNull(label.get("infotype")), actual.infoType(), actual.reviewNeeded()));
            }
        }
        Path datasetsFile = dir.resolve(DATASETS_FILE);
        if (Files.isRegularFile(datasetsFile)) {
            for (Map<String, String> row : read(datasetsFile)) {
                String name = row.get("dataset");
                ClassificationResult result = results.get(name);
                if (result == null) {
                    throw new IllegalStateException(datasetsFile + ": dataset '" + name + "' has no " + name + LABELS_SUFFIX);
                }
                evaluation.datasets.add(new DatasetOutcome(name, subject(row), result.dataset().dataSubject(),
                    yes(row.get("personaldata")), result.dataset().personalData()));
            }
        }
        return evaluation;
    }

    /**
     * A second labelling of datasets scored against the first, as if the second hand were the classifier: what two
     * careful readers of the same data agree on. Every dataset the second folder labels must be labelled in the first,
     * column for column.
     *
     * @throws IllegalStateException naming the file when a dataset or a column of the second labelling is not in the
     *     first
     */
    static CorpusEvaluation betweenLabellings(String title, Path first, Path second) throws IOException {
        CorpusEvaluation evaluation = new CorpusEvaluation(title);
        List<Path> labelFiles;
        try (Stream<Path> list = Files.list(second)) {
            labelFiles = list.filter(p -> p.getFileName().toString().endsWith(LABELS_SUFFIX)).sorted().toList();
        }
        for (Path labels : labelFiles) {
            String file = labels.getFileName().toString();
            Path firstLabels = first.resolve(file);
            if (!Files.isRegularFile(firstLabels)) {
                throw new IllegalStateException(labels + ": no first labelling " + firstLabels);
            }
            Map<String, Map<String, String>> byColumn = new LinkedHashMap<>();
            read(firstLabels).forEach(label -> byColumn.put(label.get("column"), label));
            String name = file.substring(0, file.length() - LABELS_SUFFIX.length());
            for (Map<String, String> label : read(labels)) {
                Map<String, String> expected = byColumn.get(label.get("column"));
                if (expected == null) {
                    throw new IllegalStateException(labels + ": column '" + label.get("column") + "' is not labelled in "
                        + firstLabels);
                }
                evaluation.outcomes.add(new Outcome(name, label.get("column"), type(expected), type(label), domain(expected),
                    domain(label), blankToNull(expected.get("infotype")), blankToNull(label.get("infotype")), false));
            }
        }
        evaluation.datasetCount = labelFiles.size();
        Map<String, Map<String, String>> firstDatasets = new LinkedHashMap<>();
        read(first.resolve(DATASETS_FILE)).forEach(row -> firstDatasets.put(row.get("dataset"), row));
        for (Map<String, String> row : read(second.resolve(DATASETS_FILE))) {
            Map<String, String> expected = firstDatasets.get(row.get("dataset"));
            if (expected == null) {
                throw new IllegalStateException(second.resolve(DATASETS_FILE) + ": dataset '" + row.get("dataset")
                    + "' is not in " + first.resolve(DATASETS_FILE));
            }
            evaluation.datasets.add(new DatasetOutcome(row.get("dataset"), subject(expected), subject(row),
                yes(expected.get("personaldata")), yes(row.get("personaldata"))));
        }
        return evaluation;
    }

    private static AttributeType type(Map<String, String> label) {
        return AttributeType.valueOf(upper(label.get("attributetype")));
    }

    private static Domain domain(Map<String, String> label) {
        return blankToNull(label.get("domain")) == null ? null : Domain.valueOf(upper(label.get("domain")));
    }

    private static DataSubject subject(Map<String, String> row) {
        return DataSubject.valueOf(upper(row.get("datasubject")));
    }

    /**
     * Several evaluated parts scored as one corpus (each part keeps its own datasets: two parts may
     * both hold a dataset of the same name).
     */
    static CorpusEvaluation union(String title, List<CorpusEvaluation> parts) {
        CorpusEvaluation all = new CorpusEvaluation(title);
        for (CorpusEvaluation part : parts) {
            all.outcomes.addAll(part.outcomes);
            all.datasets.addAll(part.datasets);
            all.datasetCount += part.datasetCount;
        }
        return all;
    }

    /** The datasets of this part whose names are given, scored on their own. */
    CorpusEvaluation only(String title, java.util.Set<String> names) {
        CorpusEvaluation part = new CorpusEvaluation(title);
        outcomes.stream().filter(o -> names.contains(o.dataset())).forEach(part.outcomes::add);
        datasets.stream().filter(d -> names.contains(d.dataset())).forEach(part.datasets::add);
        part.datasetCount = (int) outcomes.stream().map(Outcome::dataset).filter(names::contains).distinct().count();
        return part;
    }

    private static String datasetOf(Path labels) {
        String name = labels.getFileName().toString();
        return name.substring(0, name.length() - LABELS_SUFFIX.length());
    }

    private static Path dataOf(Path labels) {
        return labels.resolveSibling(datasetOf(labels) + ".csv");
    }

    /** Reads a table with Vigie's ingest (format, encoding and dialect detected) and classifies it. */
    static ClassificationResult classify(Classifier classifier, Path file) {
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            ColumnSampler sampler = classifier.sampler(reader.header());
            long rows = 0;
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (record instanceof SourceRecord.Row row) {
                    sampler.accept(row.values());
                    rows++;
                }
            }
            return classifier.classify(file.toString(), rows, sampler, Map.of(), ProcessingContext.none());
        }
    }

    /** The rows of a small table read with Vigie's ingest, by lower-case header name. */
    private static List<Map<String, String>> read(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, ReadOptions.defaults())) {
            List<String> header = reader.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            SourceRecord record;
            while ((record = reader.next()) != null) {
                if (!(record instanceof SourceRecord.Row row)) {
                    throw new IllegalStateException(file + ": malformed line " + record);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < row.values().length && row.values()[i] != null ? row.values()[i].strip() : "");
                }
                rows.add(values);
            }
        }
        return rows;
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    List<DatasetOutcome> datasets() {
        return datasets;
    }

    long datasetCount() {
        return datasetCount;
    }

    /** Mean F1 over the four attribute types. */
    double macroF1() {
        double sum = 0;
        for (AttributeType type : AttributeType.values()) {
            sum += scores(o -> o.expectedType() == type, o -> o.actualType() == type)[2];
        }
        return sum / AttributeType.values().length;
    }

    /** Share of the IDENTIFYING ∪ SENSITIVE columns classified as either. */
    double protectedRecall() {
        long mustProtect = outcomes.stream().filter(o -> isProtected(o.expectedType())).count();
        long ok = outcomes.stream().filter(o -> isProtected(o.expectedType()) && isProtected(o.actualType())).count();
        return mustProtect == 0 ? 1 : (double) ok / mustProtect;
    }

    /**
     * Share of the IDENTIFYING ∪ SENSITIVE columns classified as either or held for review (nothing is
     * exported on a guess until someone pins them); it does not replace {@link #protectedRecall()}.
     */
    double protectedOrReviewShare() {
        long mustProtect = outcomes.stream().filter(o -> isProtected(o.expectedType())).count();
        long ok = outcomes.stream()
            .filter(o -> isProtected(o.expectedType()) && (isProtected(o.actualType()) || o.reviewNeeded())).count();
        return mustProtect == 0 ? 1 : (double) ok / mustProtect;
    }

    /** Share of the datasets of datasets.csv whose personal-data verdict agrees (1 when none listed). */
    double personalDataAgreement() {
        return agreement(d -> d.expectedPersonal() == d.actualPersonal());
    }

    /** Share of the datasets of datasets.csv whose data subject agrees (1 when none listed). */
    double subjectAgreement() {
        return agreement(d -> d.expectedSubject() == d.actualSubject());
    }

    private double agreement(Predicate<DatasetOutcome> agrees) {
        return datasets.isEmpty() ? 1 : (double) datasets.stream().filter(agrees).count() / datasets.size();
    }

    /** The tables and every disagreement, as printed by the test. */
    String report() {
        return summary() + disagreements();
    }

    /** The tables without the disagreements. */
    String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s: %d datasets, %d labelled columns%n%n",
            title, datasetCount(), outcomes.size()));
        out.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s%n", "attributeType", "precision", "recall", "F1", "support"));
        for (AttributeType type : AttributeType.values()) {
            out.append(row(type.name(), scores(o -> o.expectedType() == type, o -> o.actualType() == type)));
        }
        out.append(String.format(Locale.ROOT, "%-20s %29.3f%n%n", "macro-F1", macroF1()));
        out.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s%n", "domain", "precision", "recall", "F1", "support"));
        for (Domain domain : Domain.values()) {
            double[] prf = scores(o -> o.expectedDomain() == domain, o -> o.actualDomain() == domain);
            if (prf[3] > 0 || prf[4] > 0) {
                out.append(row(domain.name(), prf));
            }
        }
        long mustProtect = outcomes.stream().filter(o -> isProtected(o.expectedType())).count();
        long exact = outcomes.stream().filter(o -> isProtected(o.expectedType()) && o.expectedType() == o.actualType()).count();
        long infoOk = outcomes.stream().filter(o -> Objects.equals(o.expectedInfo(), o.actualInfo())).count();
        long review = outcomes.stream().filter(Outcome::reviewNeeded).count();
        out.append(String.format(Locale.ROOT, "%nrecall IDENTIFYING ∪ SENSITIVE: %.3f (%d/%d protected; %d with the exact type)%n",
            protectedRecall(), Math.round(protectedRecall() * mustProtect), mustProtect, exact));
        out.append(String.format(Locale.ROOT, "protected or held for review: %.3f%n", protectedOrReviewShare()));
        long reviewOfOrdinary = outcomes.stream().filter(o -> o.reviewNeeded() && !isProtected(o.expectedType())).count();
        out.append(String.format(Locale.ROOT, "infoType accuracy: %.3f (%d/%d); flagged for review: %d (%d of them labelled"
            + " neither IDENTIFYING nor SENSITIVE)%n", (double) infoOk / outcomes.size(), infoOk, outcomes.size(), review,
            reviewOfOrdinary));
        if (!datasets.isEmpty()) {
            out.append(String.format(Locale.ROOT, "dataSubject agreement: %.3f, personalData agreement: %.3f (%d datasets)%n",
                subjectAgreement(), personalDataAgreement(), datasets.size()));
        }
        return out.toString();
    }

    /** Disagreements on the type or domain first, then those on the info type alone. */
    private String disagreements() {
        StringBuilder out = new StringBuilder("\nDisagreements (dataset.column: expected -> actual):\n");
        Predicate<Outcome> typeOrDomain = o -> o.expectedType() != o.actualType() || o.expectedDomain() != o.actualDomain();
        outcomes.stream().filter(typeOrDomain).forEach(o -> out.append(line(o)));
        out.append("Disagreements on the info type alone:\n");
        outcomes.stream().filter(typeOrDomain.negate().and(o -> !Objects.equals(o.expectedInfo(), o.actualInfo())))
            .forEach(o -> out.append(line(o)));
        for (DatasetOutcome d : datasets) {
            if (d.expectedSubject() != d.actualSubject() || d.expectedPersonal() != d.actualPersonal()) {
                out.append(String.format(Locale.ROOT, "  %s: dataSubject %s, personalData %s -> %s, %s%n", d.dataset(),
                    d.expectedSubject(), d.expectedPersonal(), d.actualSubject(), d.actualPersonal()));
            }
        }
        return out.toString();
    }

    private static String line(Outcome o) {
        return String.format(Locale.ROOT, "  %s.%s: %s/%s/%s -> %s/%s/%s%s%n", o.dataset(), o.column(), o.expectedType(),
            o.expectedInfo(), o.expectedDomain(), o.actualType(), o.actualInfo(), o.actualDomain(),
            o.reviewNeeded() ? " (review)" : "");
    }

    /** precision, recall, F1, support (expected count), predicted count. */
    private double[] scores(Predicate<Outcome> expected, Predicate<Outcome> predicted) {
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

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean yes(String text) {
        String t = upper(text);
        if (Stream.of("TRUE", "YES", "OUI", "1").anyMatch(t::equals)) {
            return true;
        }
        if (Stream.of("FALSE", "NO", "NON", "0").anyMatch(t::equals)) {
            return false;
        }
        throw new IllegalStateException("personalData: expected true or false, got '" + text + "'");
    }
}
