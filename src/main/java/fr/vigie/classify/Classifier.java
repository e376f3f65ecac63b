package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Classifies the columns of a dataset from their names and a sample of their values, then the
 * dataset as a whole. Thread-safe once built (it holds only the immutable rules).
 */
public final class Classifier {
    /** The info type name rules give to free-text columns; such columns are scanned for embedded data. */
    public static final String FREE_TEXT = "FREE_TEXT";

    private final ClassificationRules rules;
    private final int sampleSize;

    /** A classifier sampling the rules' sample size (default 10,000) non-null values per column. */
    public Classifier(ClassificationRules rules) {
        this(rules, rules.sampleSize());
    }

    /** A classifier sampling up to {@code sampleSize} non-null values per column. */
    public Classifier(ClassificationRules rules, int sampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be at least 1");
        }
        this.rules = rules;
        this.sampleSize = sampleSize;
    }

    public ClassificationRules rules() {
        return rules;
    }

    /** A streaming sampler for a file with this header: feed it every row with {@code accept}. */
    public ColumnSampler sampler(List<String> header) {
        return new ColumnSampler(header, sampleSize, rules.subjectRules().areaTables().personTraits().rowSample());
    }

    /**
     * Classifies every column of the sampler, applies the pins, and decides for the dataset.
     *
     * @param source  the file or dataset name, echoed in the result
     * @param rows    the number of rows of the dataset (data rows, not the header)
     * @param pins    column name to pin (may be empty or null)
     * @param context the processing the job declares, for the record of processing (may be null)
     */
    public ClassificationResult classify(String source, long rows, ColumnSampler sampler,
            Map<String, ColumnPin> pins, ProcessingContext context) {
        List<DataSubjects.Column> decided = new ArrayList<>();
        List<String> header = sampler.header();
        for (int i = 0; i < header.size(); i++) {
            decided.add(decideColumn(header.get(i), sampler.sample(i)));
        }
        // Whose data it is decides what some columns are (a company's SIRET is not personal data).
        DataSubjects subjects = new DataSubjects(rules.subjectRules());
        DataSubjects.Decision subject = subjects.decide(decided, sampler.rowSample());
        List<ColumnClassification> inContext = new DatasetContext(rules.contextRules())
            .apply(subjects.apply(subject, decided, rules.valueRules()), decided, subject.subject(), sampler.rowSample());
        // A person's phone, address or name written as another country or department writes them, read from its shape.
        inContext = new ContactShapes(rules.contactShapes()).apply(inContext, decided, subject.subject());
        // What no rule understands in a file about persons is held for review, not let through as harmless.
        inContext = new FailClosed(rules.failClosed(), rules.freeTextMinAverageLength(), rules.freeTextMinShare(),
            rules.subjectRules().areaTables()::namesAStatistic).apply(inContext, decided, subject.subject(), source);
        // The club, residence or station a person belongs to: a quasi-identifier a rule explains, not a doubt.
        inContext = new PlacesOfPersons(rules.placesOfPersons()).apply(inContext, decided, subject.subject());
        // Notes holding a relative's or the person's phone reach a person, whatever they tell besides.
        inContext = new ContactShapes(rules.contactShapes()).notesReachingPersons(inContext, decided, subject.subject());
        // A person's rank in the household, restarting in each household, is no identifier; the
        // household's key it restarts on links the household's persons.
        inContext = new HouseholdRanks(rules.householdRanks(), rules.failClosed().harmless())
            .apply(inContext, decided, subject.subject(), sampler.rowSample());
        // A birth date split over columns: the day and the month beside the year are no harmless numbers of a calendar.
        inContext = new BirthDateParts(rules.birthDateParts()).apply(inContext, decided, subject.subject());
        // A file written one row per field (transposed, or key and value): the columns beside the keys carry the fields.
        inContext = new FieldsAsRows(rules.fieldsAsRows(), this::classifyColumn).apply(inContext, sampler.rowSample());
        // A line's rank in the list, named so and numbered 1..n in file order, numbers the export's lines, not persons.
        // Numbers rising with many gaps number the persons in a longer list (a draw, a register): held.
        inContext = new RowNumbers(rules.rowNumbers()).apply(inContext, sampler, subject.subject());
        // Hours beside a person's dependency or disability: the volume of care it calls for.
        inContext = new CareVolumes(rules.careVolumes()).apply(inContext, sampler, source);
        // Coded microdata in the layout of a published schema: its code book says what each variable is.
        inContext = new MicrodataSchemas(rules.microdataSchemas()).apply(inContext, sampler);
        // A coded survey's weight in hundreds is how many persons a respondent stands for, no body's weight or money.
        inContext = new SurveyWeights(rules.surveyWeights()).apply(inContext, decided);
        List<ColumnClassification> columns = new ArrayList<>();
        for (ColumnClassification column : inContext) {
            ColumnPin pin = pins == null ? null : pins.get(column.name());
            columns.add(pin == null ? column : applyPin(column, pin));
        }
        return new ClassificationResult(source, rows, columns,
            decideDataset(rows, columns, context == null ? ProcessingContext.none() : context, subject));
    }

    /**
     * Counts, per info type, the occurrences found in a document or any free text (identifiers
     * confirmed by their validators, dictionary phrases such as medical terms). Never returns text.
     */
    public Map<String, Integer> scanText(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return counts;
        }
        String normalised = null;
        for (TextScanRule rule : rules.textRules()) {
            int found;
            if (rule.pattern() != null) {
                found = 0;
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    if (rule.validator() == null || rule.validator().test(m.group())) {
                        found++;
                    }
                }
            } else {
                if (normalised == null) {
                    normalised = Text.normalize(text);
                }
                found = rule.dictionary().countPhrases(rule.withoutExcepted(Text.valueWords(normalised)), false);
            }
            if (found > 0) {
                counts.merge(rule.infoType(), found, Integer::sum);
            }
        }
        return counts;
    }

    /** Classifies one column from its name and sampled non-null values. */
    public ColumnClassification classifyColumn(String name, List<String> sample) {
        return decideColumn(name, sample).classification();
    }

    private DataSubjects.Column decideColumn(String name, List<String> sample) {
        return new ColumnDecision(rules, ColumnEvidence.of(name, sample, rules), this::scanText).decide();
    }

    private static ColumnClassification applyPin(ColumnClassification c, ColumnPin pin) {
        if (!pin.pinsAnything()) {
            return c;
        }
        Evidence pinnedEvidence = c.evidence().withNote("pinned: detected " + c.attributeType()
            + (c.infoType() == null ? "" : " " + c.infoType()));
        return new ColumnClassification(c.name(),
            pin.attributeType() != null ? pin.attributeType() : c.attributeType(),
            pin.infoType() != null ? pin.infoType() : c.infoType(),
            pin.domain() != null ? pin.domain() : c.domain(),
            pin.protectedAttribute() != null ? pin.protectedAttribute() : c.protectedAttribute(),
            1.0, pinnedEvidence, pin.pinnedBy() == null ? "pin" : pin.pinnedBy(), false);
    }

    private DatasetClassification decideDataset(long rows, List<ColumnClassification> columns, ProcessingContext context,
            DataSubjects.Decision subject) {
        // Fail closed: in a file read as about persons, a column held for review may be the one naming them.
        boolean aboutPersons = subject.subject() == DataSubject.PERSON || subject.subject() == DataSubject.MIXED;
        boolean personal = columns.stream().anyMatch(c -> c.isPersonal() || aboutPersons && c.reviewNeeded());
        EnumSet<Domain> domains = EnumSet.noneOf(Domain.class);
        Map<ProtectedAttribute, List<String>> protectedColumns = new EnumMap<>(ProtectedAttribute.class);
        Set<String> categories = new LinkedHashSet<>();
        for (ColumnClassification c : columns) {
            if (c.domain() != null) {
                domains.add(c.domain());
            }
            if (c.protectedAttribute() != null) {
                protectedColumns.computeIfAbsent(c.protectedAttribute(), k -> new ArrayList<>()).add(c.name());
            }
            if (c.attributeType() != AttributeType.INSENSITIVE || c.domain() != null) {
                categories.add(c.infoType() != null ? c.infoType() : c.attributeType().name());
            }
        }
        boolean crosses = domains.contains(Domain.HEALTH) && domains.contains(Domain.FINANCIAL);
        boolean largeScale = rows >= rules.largeScaleRows();
        List<String> reasons = new ArrayList<>();
        if (personal) {
            EnumSet<Domain> sensitive = EnumSet.noneOf(Domain.class);
            for (Domain d : domains) {
                if (rules.dpiaDomains().contains(d)) {
                    sensitive.add(d);
                }
            }
            if (!sensitive.isEmpty()) {
                reasons.add("personal data with sensitive domains " + sensitive);
            }
            // Fail closed: a column held as sensitive until someone decides may be a special category.
            List<String> undecided = columns.stream()
                .filter(c -> c.reviewNeeded() && c.attributeType() == AttributeType.SENSITIVE && c.domain() == null)
                .map(ColumnClassification::name).toList();
            if (!undecided.isEmpty()) {
                reasons.add("columns held for review may be special categories until someone decides: "
                    + String.join(", ", undecided));
            }
            if (largeScale) {
                reasons.add("large scale: " + rows + " rows (threshold " + rules.largeScaleRows() + ")");
            }
            if (crosses) {
                reasons.add("health and financial data crossed");
            }
        }
        Sensitivity sensitivity = personal && !domains.isEmpty() ? Sensitivity.HIGH
            : personal || !domains.isEmpty() ? Sensitivity.MEDIUM : Sensitivity.LOW;
        RecordOfProcessing record = new RecordOfProcessing(context.purpose(), context.controller(),
            List.copyOf(categories), List.copyOf(domains), context.recipients(), rows, largeScale);
        List<String> review = columns.stream().filter(ColumnClassification::reviewNeeded).map(ColumnClassification::name)
            .toList();
        return new DatasetClassification(sensitivity, List.copyOf(domains), crosses, !reasons.isEmpty(), reasons,
            personal, protectedColumns, record, subject.subject(), subject.evidence(), review);
    }

    /** Counts of sampled values: evaluating each distinct value once keeps low-cardinality columns cheap. */
    static Map<String, Integer> distinctCounts(List<String> sample) {
        Map<String, Integer> counts = new HashMap<>();
        for (String value : sample) {
            counts.merge(value, 1, Integer::sum);
        }
        return counts;
    }
}
