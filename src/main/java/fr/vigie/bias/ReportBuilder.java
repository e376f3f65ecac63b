package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a scan's tables into the report: folds groups, runs every check, corrects for multiple tests. */
final class ReportBuilder {
    private final BiasScan scan;
    private final BiasRules rules;
    private final Messages messages;
    private final double confidence;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<GroupStat> groupStats = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ReportBuilder(BiasScan scan) {
        this.scan = scan;
        this.rules = scan.rules;
        this.confidence = rules.confidenceLevel();
        this.messages = new Messages(rules, scan.request);
    }

    BiasReport build() {
        int p = scan.attributes.length;
        Folded[] folded = new Folded[p];
        for (int i = 0; i < p; i++) {
            folded[i] = fold(i);
            attributeChecks(folded[i]);
        }
        int pair = 0;
        for (int i = 0; i < p; i++) {
            for (int k = i + 1; k < p; k++, pair++) {
                intersectionChecks(folded[i], folded[k], scan.intersections.get(pair));
            }
        }
        int[] proxies = scan.proxyIndex();
        for (int j = 0; j < proxies.length; j++) {
            for (int i = 0; i < p; i++) {
                proxyCheck(j, folded[i]);
            }
        }
        if (scan.request.stratifyBy() != null) {
            if (scan.request.binaryOutcome()) {
                for (Folded f : folded) {
                    conditionalChecks(f);
                }
            } else {
                notes.add("Stratification by " + scan.request.stratifyBy()
                        + " applies to a binary outcome only; it was skipped.");
            }
        }
        if (scan.outcomeInvalid > 0) {
            notes.add(scan.outcomeInvalid + " outcome cells were not numbers and were left out.");
        }
        return assemble();
    }

    // ---------------------------------------------------------------- folding

    /** The groups of one protected attribute (or of an intersection), after folding and capping. */
    static final class Folded {
        int attributeIndex;
        String attribute;
        String column;
        ProtectedAttribute protectedAttribute;
        final List<String> labels = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();
        int[] rawToGroup;
        int reference = -1;
        ReferenceChoice choice = ReferenceChoice.LARGEST;
        long known;

        int indexOf(String label) {
            return labels.indexOf(label);
        }
    }

    private Folded fold(int i) {
        Dictionary raw = scan.groups[i];
        List<Cell> rawCells = scan.cells.get(i);
        ProtectedAttribute attribute = scan.attributes[i];
        GroupVocabulary vocabulary = attribute == ProtectedAttribute.AGE ? null : rules.vocabulary(attribute);
        String otherwise = null;
        if (vocabulary != null && vocabulary.otherwise() != null) {
            long matched = 0;
            long known = 0;
            for (int c = 0; c < rawCells.size(); c++) {
                known += rawCells.get(c).n;
                if (vocabulary.aliases().containsValue(raw.label(c))) {
                    matched += rawCells.get(c).n;
                }
            }
            // Only a column that mostly speaks the vocabulary (a nationality) folds its strays into
            // "otherwise"; a district column keeps its own labels.
            if (known > 0 && (double) matched / known >= vocabulary.minMatchShare()) {
                otherwise = vocabulary.otherwise();
            }
        }
        Map<String, Cell> byLabel = new LinkedHashMap<>();
        String[] finalLabel = new String[raw.size()];
        for (int c = 0; c < raw.size(); c++) {
            String label = raw.label(c);
            if (otherwise != null && !vocabulary.aliases().containsValue(label)) {
                label = otherwise;
            }
            finalLabel[c] = label;
            Cell cell = byLabel.computeIfAbsent(label, l -> newCell());
            if (c < rawCells.size()) {
                cell.merge(rawCells.get(c));
            }
        }
        // A label of the data itself (not a category of the vocabulary) naming fewer people than the
        // publication minimum would single them out: such groups are pooled under "(other)".
        Cell pooled = null;
        for (String label : new ArrayList<>(byLabel.keySet())) {
            if (byLabel.get(label).n < rules.minPublishedCount() && !isVocabularyLabel(attribute, vocabulary, label)) {
                if (pooled == null) {
                    pooled = byLabel.computeIfAbsent(Dictionary.OVERFLOW, l -> newCell());
                }
                if (!label.equals(Dictionary.OVERFLOW)) {
                    pooled.merge(byLabel.remove(label));
                    for (int c = 0; c < finalLabel.length; c++) {
                        if (label.equals(finalLabel[c])) {
                            finalLabel[c] = Dictionary.OVERFLOW;
                        }
                    }
                }
            }
        }
        // Cap the number of groups: the smallest beyond the cap are pooled.
        List<String> order = new ArrayList<>(byLabel.keySet());
        if (attribute == ProtectedAttribute.AGE) {
            List<String> bands = Arrays.asList(scan.ageBands().labels());
            order.sort(Comparator.comparingInt(bands::indexOf));
        } else {
            order.sort(Comparator.comparingLong((String l) -> byLabel.get(l).n).reversed());
        }
        Folded f = new Folded();
        f.attributeIndex = i;
        f.attribute = attribute.name();
        f.column = scan.columnName(scan.protectedIndex(i));
        f.protectedAttribute = attribute;
        Map<String, Integer> finalIndex = new HashMap<>();
        for (String label : order) {
            Cell cell = byLabel.get(label);
            if (f.labels.size() >= rules.maxGroups() - 1 && order.size() > rules.maxGroups()
                    || label.equals(Dictionary.OVERFLOW)) {
                int other = f.indexOf(Dictionary.OVERFLOW);
                if (other < 0) {
                    f.labels.add(Dictionary.OVERFLOW);
                    f.cells.add(newCell());
                    other = f.labels.size() - 1;
                }
                f.cells.get(other).merge(cell);
                finalIndex.put(label, other);
                continue;
            }
            f.labels.add(label);
            f.cells.add(cell);
            finalIndex.put(label, f.labels.size() - 1);
        }
        f.rawToGroup = new int[raw.size()];
        for (int c = 0; c < raw.size(); c++) {
            f.rawToGroup[c] = finalIndex.get(finalLabel[c]);
        }
        f.known = scan.rows - scan.unknown[i];
        chooseReference(f, scan.request.referenceGroups().get(f.column), vocabulary);
        return f;
    }

    private boolean isVocabularyLabel(ProtectedAttribute attribute, GroupVocabulary vocabulary, String label) {
        if (attribute == ProtectedAttribute.AGE) {
            return Arrays.asList(scan.ageBands().labels()).contains(label);
        }
        return vocabulary != null && (vocabulary.aliases().containsValue(label) || label.equals(vocabulary.otherwise()));
    }

    private Cell newCell() {
        return new Cell(scan.request.header().size(), scan.request.numericOutcome());
    }

    private void chooseReference(Folded f, String declared, GroupVocabulary vocabulary) {
        if (declared != null) {
            String label = f.protectedAttribute == ProtectedAttribute.AGE ? scan.ageBands().band(declared) : null;
            if (label == null && vocabulary != null) {
                label = vocabulary.groupOf(declared);
            }
            int index = f.indexOf(label != null ? label : declared.trim());
            if (index >= 0) {
                f.reference = index;
                f.choice = ReferenceChoice.DECLARED;
                return;
            }
            notes.add("The declared reference group of " + f.column + " is absent from the data; "
                    + "the largest group is used instead.");
        }
        f.reference = largest(f.cells);
        f.choice = ReferenceChoice.LARGEST;
    }

    private static int largest(List<Cell> cells) {
        int best = -1;
        for (int g = 0; g < cells.size(); g++) {
            if (best < 0 || cells.get(g).n > cells.get(best).n) {
                best = g;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- per attribute

    private void attributeChecks(Folded f) {
        addGroupStats(f, rules.reference(f.protectedAttribute));
        unknownCheck(f);
        representationChecks(f);
        outcomeChecks(f);
        missingChecks(f);
    }

    private void addGroupStats(Folded f, Map<String, Double> population) {
        long total = 0;
        for (Cell c : f.cells) {
            total += c.n;
        }
        for (int g = 0; g < f.labels.size(); g++) {
            Cell c = f.cells.get(g);
            boolean small = c.n < rules.minPublishedCount();
            boolean suppressed = small;
            Long size = small ? null : c.n;
            Double share = small || total == 0 ? null : (double) c.n / total;
            Interval shareCi = share == null ? null : Stats.wilson(c.n, total, confidence);
            Long outcomeRows = null;
            Double rate = null;
            Interval rateCi = null;
            Double mean = null;
            Double median = null;
            if (scan.request.binaryOutcome() && !small) {
                outcomeRows = c.outcomeRows;
                if (Math.min(c.positives, c.negatives()) >= rules.minPublishedCount()) {
                    rate = (double) c.positives / c.outcomeRows;
                    rateCi = Stats.wilson(c.positives, c.outcomeRows, confidence);
                } else {
                    suppressed = true;
                }
            } else if (scan.request.numericOutcome() && !small) {
                outcomeRows = c.outcomeRows;
                if (c.outcomeRows >= rules.minPublishedCount()) {
                    mean = c.mean;
                    median = c.sketch == null ? null : c.sketch.quantile(0.5);
                } else {
                    suppressed = true;
                }
            }
            groupStats.add(new GroupStat(f.attribute, f.column, f.labels.get(g), size, share, shareCi,
                    population.get(f.labels.get(g)), outcomeRows, rate, rateCi, mean, median, insufficient(c),
                    suppressed));
        }
    }

    /** Below the minimum size (and, for a binary outcome, too few positives or negatives). */
    private boolean insufficient(Cell c) {
        if (scan.request.binaryOutcome()) {
            return c.outcomeRows < rules.minGroupSize() || c.positives < rules.minPositives()
                    || c.negatives() < rules.minNegatives();
        }
        if (scan.request.numericOutcome()) {
            return c.outcomeRows < rules.minGroupSize();
        }
        return c.n < rules.minGroupSize();
    }

    private void unknownCheck(Folded f) {
        long unknown = scan.unknown[f.attributeIndex];
        double share = scan.rows == 0 ? 0 : (double) unknown / scan.rows;
        Draft d = new Draft(Check.UNKNOWN_ATTRIBUTE, f.attribute, f.column, Metric.UNKNOWN_SHARE);
        d.value = share;
        d.ci = Stats.wilson(unknown, scan.rows, confidence);
        d.groupSize = published(unknown);
        d.rate(rules.scale(Metric.UNKNOWN_SHARE), share);
        d.direction = unknown > 0 ? Direction.ASSOCIATED : Direction.NONE;
        d.insufficient = scan.rows < rules.minGroupSize();
        d.messageFr = messages.unknownFr(f.column, share);
        d.messageEn = messages.unknownEn(f.column, share);
        drafts.add(d);
    }

    private void representationChecks(Folded f) {
        Map<String, Double> population = rules.reference(f.protectedAttribute);
        if (population.isEmpty() || f.known == 0) {
            return;
        }
        double shareSum = population.values().stream().mapToDouble(Double::doubleValue).sum();
        long total = 0;
        long outside = 0;
        for (int g = 0; g < f.labels.size(); g++) {
            if (population.containsKey(f.labels.get(g))) {
                total += f.cells.get(g).n;
            } else {
                outside += f.cells.get(g).n;
            }
        }
        if (outside > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "%.1f %% of the rows with a known %s fall in groups "
                    + "absent from the reference population; they are left out of its representation check.",
                    100.0 * outside / f.known, f.column));
        }
        if (total == 0) {
            return;
        }
        double[] expected = new double[population.size()];
        long[] observed = new long[population.size()];
        int e = 0;
        boolean enough = true;
        for (Map.Entry<String, Double> ref : population.entrySet()) {
            int g = f.indexOf(ref.getKey());
            long k = g < 0 ? 0 : f.cells.get(g).n;
            double expectedShare = ref.getValue() / shareSum;
            expected[e] = expectedShare * total;
            observed[e++] = k;
            Draft d = new Draft(Check.REPRESENTATION, f.attribute, f.column, Metric.REPRESENTATION_RATIO);
            d.group = ref.getKey();
            d.choice = ReferenceChoice.POPULATION;
            double observedShare = (double) k / total;
            double ratio = observedShare / expectedShare;
            Interval share = Stats.wilson(k, total, confidence);
            d.value = ratio;
            d.ci = new Interval(share.low() / expectedShare, share.high() / expectedShare);
            d.groupSize = published(k);
            d.suppressValue = k > 0 && k < rules.minPublishedCount();
            d.p = Stats.proportionVersusPopulation(k, total, expectedShare);
            d.insufficient = expectedShare * total < rules.minGroupSize();
            enough &= !d.insufficient;
            d.rate(rules.scale(Metric.REPRESENTATION_RATIO), Math.min(ratio, 1 / ratio));
            d.direction = ratio < 1 ? Direction.UNDER_REPRESENTED : Direction.OVER_REPRESENTED;
            d.measures.put("observedShare", observedShare);
            d.measures.put("populationShare", expectedShare);
            d.messageFr = messages.representationFr(d.group, observedShare, expectedShare, d.suppressValue);
            d.messageEn = messages.representationEn(d.group, observedShare, expectedShare, d.suppressValue);
            drafts.add(d);
        }
        if (population.size() >= 2) {
            double chi2 = Stats.chiSquare(expected, observed);
            Draft d = new Draft(Check.REPRESENTATION_FIT, f.attribute, f.column, Metric.COHEN_W);
            d.choice = ReferenceChoice.POPULATION;
            d.value = Math.sqrt(chi2 / total);
            d.p = Stats.chiSquareP(chi2, population.size() - 1);
            d.groupSize = published(total);
            d.insufficient = !enough;
            d.rate(rules.scale(Metric.COHEN_W), d.value);
            d.direction = Direction.NONE;
            d.measures.put("chiSquare", chi2);
            d.measures.put("degreesOfFreedom", (double) (population.size() - 1));
            String population1 = rules.referencePopulation();
            d.messageFr = messages.fitFr(f.column, d.value, population1);
            d.messageEn = messages.fitEn(f.column, d.value, population1);
            drafts.add(d);
        }
    }

    private void outcomeChecks(Folded f) {
        if (scan.request.binaryOutcome()) {
            rateChecks(Check.OUTCOME_RATE, f.attribute, f.column, f.labels, f.cells, f.reference, f.choice);
        } else if (scan.request.numericOutcome()) {
            meanChecks(f.attribute, f.column, f.labels, f.cells, f.reference, f.choice);
        }
    }

    private void rateChecks(Check check, String attribute, String column, List<String> labels, List<Cell> cells,
                            int reference, ReferenceChoice choice) {
        if (reference < 0) {
            return;
        }
        Cell ref = cells.get(reference);
        for (int g = 0; g < labels.size(); g++) {
            if (g == reference) {
                continue;
            }
            Cell c = cells.get(g);
            Draft d = new Draft(check, attribute, column, Metric.DISPARATE_IMPACT);
            d.group = labels.get(g);
            d.referenceGroup = labels.get(reference);
            d.choice = choice;
            d.groupSize = published(c.outcomeRows);
            d.referenceSize = published(ref.outcomeRows);
            d.insufficient = insufficient(c) || insufficient(ref);
            double groupRate = c.outcomeRows == 0 ? Double.NaN : (double) c.positives / c.outcomeRows;
            double refRate = ref.outcomeRows == 0 ? Double.NaN : (double) ref.positives / ref.outcomeRows;
            boolean disclosive = Math.min(c.positives, c.negatives()) < rules.minPublishedCount()
                    || Math.min(ref.positives, ref.negatives()) < rules.minPublishedCount();
            if (c.outcomeRows > 0 && ref.outcomeRows > 0 && ref.positives > 0) {
                double ratio = groupRate / refRate;
                d.value = ratio;
                d.ci = Stats.katz(c.positives, c.outcomeRows, ref.positives, ref.outcomeRows, confidence);
                d.p = Stats.proportionTest(c.positives, c.outcomeRows, ref.positives, ref.outcomeRows,
                        rules.fisherBelowExpected());
                d.rate(rules.scale(Metric.DISPARATE_IMPACT), ratio == 0 ? 0 : Math.min(ratio, 1 / ratio));
                d.direction = ratio < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                        : ratio > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
                d.measures.put("groupRate", groupRate);
                d.measures.put("referenceRate", refRate);
                d.measures.put("statisticalParityDifference", groupRate - refRate);
                d.measures.put("fourFifthsRuleViolated", ratio < 0.8 ? 1.0 : 0.0);
            }
            d.suppressValue = disclosive;
            d.messageFr = messages.rateFr(d, groupRate, refRate);
            d.messageEn = messages.rateEn(d, groupRate, refRate);
            drafts.add(d);
        }
        rangeCheck(attribute, column, labels, cells);
    }

    private void rangeCheck(String attribute, String column, List<String> labels, List<Cell> cells) {
        List<Integer> usable = new ArrayList<>();
        for (int g = 0; g < cells.size(); g++) {
            if (!insufficient(cells.get(g)) && Math.min(cells.get(g).positives, cells.get(g).negatives())
                    >= rules.minPublishedCount()) {
                usable.add(g);
            }
        }
        if (usable.size() < 2) {
            return;
        }
        int low = usable.get(0);
        int high = usable.get(0);
        long[][] table = new long[usable.size()][2];
        for (int u = 0; u < usable.size(); u++) {
            int g = usable.get(u);
            Cell c = cells.get(g);
            table[u][0] = c.positives;
            table[u][1] = c.negatives();
            if (rate(c) < rate(cells.get(low))) {
                low = g;
            }
            if (rate(c) > rate(cells.get(high))) {
                high = g;
            }
        }
        double ratio = rate(cells.get(low)) / rate(cells.get(high));
        Draft d = new Draft(Check.OUTCOME_RANGE, attribute, column, Metric.MIN_MAX_RATE_RATIO);
        d.group = labels.get(low);
        d.referenceGroup = labels.get(high);
        d.value = Double.isNaN(ratio) ? null : ratio;
        Cell lc = cells.get(low);
        Cell hc = cells.get(high);
        if (hc.positives > 0) {
            d.ci = Stats.katz(lc.positives, lc.outcomeRows, hc.positives, hc.outcomeRows, confidence);
        }
        d.groupSize = published(lc.outcomeRows);
        d.referenceSize = published(hc.outcomeRows);
        d.p = Stats.chiSquareP(Stats.chiSquareIndependence(table), usable.size() - 1);
        d.rate(rules.scale(Metric.MIN_MAX_RATE_RATIO), Double.isNaN(ratio) ? 1 : ratio);
        d.direction = ratio < 1 ? Direction.UNFAVOURABLE_TO_GROUP : Direction.NONE;
        d.messageFr = messages.rangeFr(d, rate(lc), rate(hc), usable.size());
        d.messageEn = messages.rangeEn(d, rate(lc), rate(hc), usable.size());
        drafts.add(d);
    }

    private static double rate(Cell c) {
        return c.outcomeRows == 0 ? Double.NaN : (double) c.positives / c.outcomeRows;
    }

    private void meanChecks(String attribute, String column, List<String> labels, List<Cell> cells, int reference,
                            ReferenceChoice choice) {
        if (reference < 0) {
            return;
        }
        Cell ref = cells.get(reference);
        for (int g = 0; g < labels.size(); g++) {
            if (g == reference) {
                continue;
            }
            Cell c = cells.get(g);
            Draft d = new Draft(Check.OUTCOME_MEAN, attribute, column, Metric.MEAN_RATIO);
            d.group = labels.get(g);
            d.referenceGroup = labels.get(reference);
            d.choice = choice;
            d.groupSize = published(c.outcomeRows);
            d.referenceSize = published(ref.outcomeRows);
            d.insufficient = insufficient(c) || insufficient(ref);
            d.suppressValue = c.outcomeRows < rules.minPublishedCount() || ref.outcomeRows < rules.minPublishedCount();
            if (c.outcomeRows > 1 && ref.outcomeRows > 1 && ref.mean > 0 && c.mean > 0) {
                double ratio = c.mean / ref.mean;
                d.value = ratio;
                d.ci = Stats.meanRatioInterval(c.mean, c.variance(), c.outcomeRows, ref.mean, ref.variance(),
                        ref.outcomeRows, confidence);
                d.p = Stats.welchTTest(c.mean, c.variance(), c.outcomeRows, ref.mean, ref.variance(),
                        ref.outcomeRows);
                d.rate(rules.scale(Metric.MEAN_RATIO), Math.min(ratio, 1 / ratio));
                d.direction = ratio < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                        : ratio > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
                d.measures.put("groupMean", c.mean);
                d.measures.put("referenceMean", ref.mean);
                if (c.sketch != null && ref.sketch != null) {
                    double groupMedian = c.sketch.quantile(0.5);
                    double refMedian = ref.sketch.quantile(0.5);
                    d.measures.put("groupMedian", groupMedian);
                    d.measures.put("referenceMedian", refMedian);
                    if (refMedian != 0) {
                        d.measures.put("medianRatio", groupMedian / refMedian);
                    }
                }
            } else if (!d.insufficient) {
                d.insufficient = true;
                notes.add("Mean ratios of " + column + " need positive means; " + labels.get(g)
                        + " could not be compared.");
            }
            d.messageFr = messages.meanFr(d, c.mean, ref.mean);
            d.messageEn = messages.meanEn(d, c.mean, ref.mean);
            drafts.add(d);
        }
    }

    private void missingChecks(Folded f) {
        if (f.reference < 0) {
            return;
        }
        Cell ref = f.cells.get(f.reference);
        int own = scan.protectedIndex(f.attributeIndex);
        for (int column = 0; column < scan.request.header().size(); column++) {
            if (column == own) {
                continue;
            }
            for (int g = 0; g < f.labels.size(); g++) {
                Cell c = f.cells.get(g);
                if (g == f.reference || c.n < rules.minGroupSize() || ref.n < rules.minGroupSize()) {
                    continue;
                }
                long m1 = c.missing[column];
                long m0 = ref.missing[column];
                if (Math.max(m1, m0) < rules.minPublishedCount()) {
                    continue;
                }
                double r1 = (double) m1 / c.n;
                double r0 = (double) m0 / ref.n;
                if (Math.abs(r1 - r0) < rules.missingMinDifference()) {
                    continue;
                }
                // Haldane's correction keeps the ratio finite when one side has no missing cell.
                double ratio = m1 == 0 || m0 == 0 ? ((m1 + 0.5) / (c.n + 1)) / ((m0 + 0.5) / (ref.n + 1)) : r1 / r0;
                Severity raw = rules.scale(Metric.MISSING_RATE_RATIO).rate(Math.max(ratio, 1 / ratio));
                if (raw == Severity.INFO) {
                    continue;
                }
                Draft d = new Draft(Check.MISSING_DATA, f.attribute, f.column, Metric.MISSING_RATE_RATIO);
                d.checkedColumn = scan.columnName(column);
                d.group = f.labels.get(g);
                d.referenceGroup = f.labels.get(f.reference);
                d.choice = f.choice;
                d.value = ratio;
                d.ci = Stats.katz(m1, c.n, m0, ref.n, confidence);
                d.groupSize = published(c.n);
                d.referenceSize = published(ref.n);
                d.p = Stats.proportionTest(m1, c.n, m0, ref.n, rules.fisherBelowExpected());
                d.rate(rules.scale(Metric.MISSING_RATE_RATIO), Math.max(ratio, 1 / ratio));
                d.direction = ratio > 1 ? Direction.UNFAVOURABLE_TO_GROUP : Direction.FAVOURABLE_TO_GROUP;
                d.measures.put("groupMissingRate", r1);
                d.measures.put("referenceMissingRate", r0);
                d.suppressValue = Math.min(m1, m0) > 0 && Math.min(m1, m0) < rules.minPublishedCount();
                d.messageFr = messages.missingFr(d, r1, r0);
                d.messageEn = messages.missingEn(d, r1, r0);
                drafts.add(d);
            }
        }
    }

    // ---------------------------------------------------------------- intersections

    private void intersectionChecks(Folded a, Folded b, CellGrid raw) {
        Map<Long, Cell> folded = new LinkedHashMap<>();
        raw.forEach((x, y, cell) -> folded.computeIfAbsent(BiasScan.key(a.rawToGroup[x], b.rawToGroup[y]),
                k -> new Cell(0, false)).merge(cell));
        List<Long> keys = new ArrayList<>(folded.keySet());
        keys.sort(Comparator.comparingLong((Long k) -> folded.get(k).n).reversed());
        List<String> labels = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (long key : keys) {
            labels.add(a.labels.get((int) (key >>> 32)) + " × " + b.labels.get((int) key));
            cells.add(folded.get(key));
        }
        String attribute = a.attribute + "×" + b.attribute;
        String column = a.column + "×" + b.column;
        int reference = largest(cells);
        ReferenceChoice choice = ReferenceChoice.LARGEST;
        if (a.choice == ReferenceChoice.DECLARED && b.choice == ReferenceChoice.DECLARED) {
            int declared = labels.indexOf(a.labels.get(a.reference) + " × " + b.labels.get(b.reference));
            if (declared >= 0) {
                reference = declared;
                choice = ReferenceChoice.DECLARED;
            }
        }
        long total = cells.stream().mapToLong(c -> c.n).sum();
        for (int g = 0; g < labels.size(); g++) {
            Cell c = cells.get(g);
            boolean small = c.n < rules.minPublishedCount();
            boolean suppressed = small;
            Double rate = null;
            Interval rateCi = null;
            Double mean = null;
            if (!small && scan.request.binaryOutcome()) {
                if (Math.min(c.positives, c.negatives()) >= rules.minPublishedCount()) {
                    rate = rate(c);
                    rateCi = Stats.wilson(c.positives, c.outcomeRows, confidence);
                } else {
                    suppressed = true;
                }
            } else if (!small && scan.request.numericOutcome()) {
                mean = c.mean;
            }
            groupStats.add(new GroupStat(attribute, column, labels.get(g), small ? null : c.n,
                    small ? null : (double) c.n / total, small ? null : Stats.wilson(c.n, total, confidence), null,
                    small ? null : c.outcomeRows, rate, rateCi, mean, null, insufficient(c), suppressed));
        }
        if (scan.request.binaryOutcome()) {
            rateChecks(Check.OUTCOME_RATE, attribute, column, labels, cells, reference, choice);
        } else if (scan.request.numericOutcome()) {
            meanChecks(attribute, column, labels, cells, reference, choice);
        }
    }

    // ---------------------------------------------------------------- proxies

    private void proxyCheck(int j, Folded f) {
        int i = f.attributeIndex;
        int groupsCount = f.labels.size();
        List<long[]> rows = new ArrayList<>();
        Dictionary values = scan.proxyValues[j];
        if (scan.proxyNumeric[j] && values.overflowed()) {
            rows = binnedRows(scan.proxyBuckets[j][i], f, groupsCount);
        } else {
            GrowTable table = scan.proxyTables[j][i];
            long[] rare = new long[groupsCount];
            for (int v = 0; v < values.size(); v++) {
                long[] row = foldRow(table, v, f, groupsCount);
                long sum = Arrays.stream(row).sum();
                // Rare values are pooled: an identifier-like column must not look like a perfect proxy.
                if (sum < rules.proxyMinCategoryCount() || values.isOverflow(v)) {
                    for (int g = 0; g < groupsCount; g++) {
                        rare[g] += row[g];
                    }
                } else if (sum > 0) {
                    rows.add(row);
                }
            }
            if (Arrays.stream(rare).sum() > 0) {
                rows.add(rare);
            }
        }
        // Groups too small to assess would only shrink Cramér's V through its min(r, c) denominator.
        long[][] matrix = dropSmallColumns(rows.toArray(long[][]::new), rules.minGroupSize());
        if (matrix.length < 2 || matrix[0].length < 2) {
            return;
        }
        double v = Stats.cramersVCorrected(matrix);
        double u = Stats.uncertaintyCoefficient(matrix);
        Severity byV = rules.scale(Metric.CRAMERS_V).rate(v);
        Severity byU = rules.scale(Metric.UNCERTAINTY_COEFFICIENT).rate(u);
        if (byV.max(byU) == Severity.INFO) {
            return;
        }
        String proxy = scan.columnName(scan.proxyIndex()[j]);
        Draft d = new Draft(Check.PROXY, f.attribute, f.column, Metric.CRAMERS_V);
        d.checkedColumn = proxy;
        d.proxyColumns = List.of(proxy);
        d.value = v;
        long n = Arrays.stream(matrix).flatMapToLong(Arrays::stream).sum();
        d.groupSize = published(n);
        double chi2 = Stats.chiSquareIndependence(matrix);
        d.p = Stats.chiSquareP(chi2, (matrix.length - 1) * (matrix[0].length - 1));
        if (byU.compareTo(byV) > 0) {
            d.rate(rules.scale(Metric.UNCERTAINTY_COEFFICIENT), u);
        } else {
            d.rate(rules.scale(Metric.CRAMERS_V), v);
        }
        d.direction = Direction.ASSOCIATED;
        d.measures.put("uncertaintyCoefficient", u);
        d.measures.put("categories", (double) matrix.length);
        d.messageFr = messages.proxyFr(proxy, f, v, u);
        d.messageEn = messages.proxyEn(proxy, f, v, u);
        drafts.add(d);
    }

    private static long[] foldRow(GrowTable table, int row, Folded f, int groupsCount) {
        long[] folded = new long[groupsCount];
        for (int c = 0; c < table.width(row); c++) {
            long count = table.get(row, c);
            if (count != 0) {
                folded[f.rawToGroup[c]] += count;
            }
        }
        return folded;
    }

    /** Joins adjacent log buckets into about {@code numericBins} bins of equal counts. */
    private List<long[]> binnedRows(GrowTable buckets, Folded f, int groupsCount) {
        List<long[]> rows = new ArrayList<>();
        long[] missingRow = foldRow(buckets, 0, f, groupsCount);
        long total = 0;
        for (int b = 1; b < buckets.rowCount(); b++) {
            total += Arrays.stream(foldRow(buckets, b, f, groupsCount)).sum();
        }
        int bins = rules.proxyNumericBins();
        long[] current = new long[groupsCount];
        long cumulative = 0;
        int bin = 1;
        for (int b = 1; b < buckets.rowCount(); b++) {
            long[] row = foldRow(buckets, b, f, groupsCount);
            long sum = Arrays.stream(row).sum();
            if (sum == 0) {
                continue;
            }
            for (int g = 0; g < groupsCount; g++) {
                current[g] += row[g];
            }
            cumulative += sum;
            if (cumulative >= (double) bin * total / bins) {
                rows.add(current);
                current = new long[groupsCount];
                while (cumulative >= (double) bin * total / bins) {
                    bin++;
                }
            }
        }
        if (Arrays.stream(current).sum() > 0) {
            rows.add(current);
        }
        if (Arrays.stream(missingRow).sum() > 0) {
            rows.add(missingRow);
        }
        return rows;
    }

    private static long[][] dropSmallColumns(long[][] matrix, long minimum) {
        if (matrix.length == 0) {
            return matrix;
        }
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < matrix[0].length; c++) {
            long sum = 0;
            for (long[] row : matrix) {
                sum += row[c];
            }
            if (sum >= minimum) {
                keep.add(c);
            }
        }
        List<long[]> result = new ArrayList<>();
        for (long[] row : matrix) {
            long[] kept = new long[keep.size()];
            long sum = 0;
            for (int k = 0; k < keep.size(); k++) {
                kept[k] = row[keep.get(k)];
                sum += kept[k];
            }
            if (sum > 0) {
                result.add(kept);
            }
        }
        return result.toArray(long[][]::new);
    }

    // ---------------------------------------------------------------- conditional

    private void conditionalChecks(Folded f) {
        if (f.reference < 0) {
            return;
        }
        Map<Long, Cell> strata = new HashMap<>();
        scan.stratified.get(f.attributeIndex).forEach((s, c, cell) -> strata.computeIfAbsent(
                BiasScan.key(s, f.rawToGroup[c]), k -> new Cell(0, false)).merge(cell));
        int strataCount = scan.strata.size();
        for (int g = 0; g < f.labels.size(); g++) {
            if (g == f.reference) {
                continue;
            }
            List<long[]> tables = new ArrayList<>();
            long a = 0;
            long n1 = 0;
            long c = 0;
            long n0 = 0;
            double minRatio = Double.NaN;
            double maxRatio = Double.NaN;
            for (int s = 0; s < strataCount; s++) {
                Cell group = strata.get(BiasScan.key(s, g));
                Cell ref = strata.get(BiasScan.key(s, f.reference));
                if (group == null || ref == null || group.outcomeRows == 0 || ref.outcomeRows == 0) {
                    continue;
                }
                tables.add(new long[] {group.positives, group.outcomeRows, ref.positives, ref.outcomeRows});
                a += group.positives;
                n1 += group.outcomeRows;
                c += ref.positives;
                n0 += ref.outcomeRows;
                if (!insufficient(group) && !insufficient(ref)) {
                    double ratio = rate(group) / rate(ref);
                    minRatio = Double.isNaN(minRatio) ? ratio : Math.min(minRatio, ratio);
                    maxRatio = Double.isNaN(maxRatio) ? ratio : Math.max(maxRatio, ratio);
                }
            }
            Draft d = new Draft(Check.CONDITIONAL, f.attribute, f.column, Metric.MH_RATE_RATIO);
            d.checkedColumn = scan.request.stratifyBy();
            d.group = f.labels.get(g);
            d.referenceGroup = f.labels.get(f.reference);
            d.choice = f.choice;
            d.groupSize = published(n1);
            d.referenceSize = published(n0);
            d.insufficient = n1 < rules.minGroupSize() || n0 < rules.minGroupSize() || a < rules.minPositives()
                    || n1 - a < rules.minNegatives() || c < rules.minPositives() || n0 - c < rules.minNegatives();
            d.suppressValue = Math.min(Math.min(a, n1 - a), Math.min(c, n0 - c)) < rules.minPublishedCount();
            double[] mh = Stats.mantelHaenszel(tables.toArray(long[][]::new), confidence);
            if (!Double.isNaN(mh[0])) {
                d.value = mh[0];
                d.ci = new Interval(mh[1], mh[2]);
                d.p = mh[3];
                d.rate(rules.scale(Metric.MH_RATE_RATIO), Math.min(mh[0], 1 / mh[0]));
                d.direction = mh[0] < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                        : mh[0] > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
                d.measures.put("strata", (double) tables.size());
                if (n1 > 0 && n0 > 0 && c > 0) {
                    d.measures.put("crudeRatio", ((double) a / n1) / ((double) c / n0));
                }
                if (!Double.isNaN(minRatio)) {
                    d.measures.put("minStratumRatio", minRatio);
                    d.measures.put("maxStratumRatio", maxRatio);
                }
            } else {
                d.insufficient = true;
            }
            d.messageFr = messages.conditionalFr(d);
            d.messageEn = messages.conditionalEn(d);
            drafts.add(d);
        }
    }

    // ---------------------------------------------------------------- assembly

    private Long published(long count) {
        return count < rules.minPublishedCount() ? null : count;
    }

    private BiasReport assemble() {
        // Checks that could not conclude are not part of the family of tests being corrected.
        List<Draft> tested = drafts.stream().filter(d -> d.p != null && !d.insufficient).toList();
        double[] q = Stats.benjaminiHochberg(tested.stream().mapToDouble(d -> d.p).toArray());
        for (int t = 0; t < q.length; t++) {
            tested.get(t).q = q[t];
        }
        for (Draft d : drafts) {
            Severity severity = d.rawSeverity;
            if (d.insufficient) {
                severity = Severity.INFO;
            } else if (d.q != null && d.q >= rules.significanceLevel()) {
                severity = severity.min(rules.notSignificantMax());
            }
            d.severity = severity;
        }
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing((Draft d) -> d.severity).reversed()
                .thenComparing(d -> d.check)
                .thenComparing(d -> d.attribute)
                .thenComparing(d -> d.group == null ? "" : d.group));
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            findings.add(sorted.get(k).toFinding(String.format("B%03d", k + 1)));
        }
        boolean insufficient = groupStats.stream().anyMatch(GroupStat::insufficientData)
                || findings.stream().anyMatch(Finding::insufficientData);
        Severity max = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
        BiasRequest request = scan.request;
        String kind = request.binaryOutcome() ? "BINARY" : request.numericOutcome() ? "NUMERIC" : "NONE";
        boolean anyPopulation = request.protectedColumns().stream()
                .anyMatch(c -> !rules.reference(c.attribute()).isEmpty());
        return new BiasReport(scan.rows, request.protectedColumns(), request.outcome(), request.positive(), kind,
                anyPopulation ? rules.referencePopulation() : null, confidence, groupStats, findings, insufficient,
                max, notes);
    }

    /** A finding under construction (severity is settled after the multiple-testing correction). */
    static final class Draft {
        final Check check;
        final String attribute;
        final String column;
        final String metric;
        String checkedColumn;
        String group;
        String referenceGroup;
        ReferenceChoice choice;
        Double value;
        Interval ci;
        Long groupSize;
        Long referenceSize;
        Double p;
        Double q;
        double threshold = Double.NaN;
        Direction direction = Direction.NONE;
        List<String> proxyColumns = List.of();
        Severity rawSeverity = Severity.INFO;
        Severity severity;
        boolean insufficient;
        boolean suppressValue;
        final Map<String, Double> measures = new LinkedHashMap<>();
        String messageFr;
        String messageEn;

        Draft(Check check, String attribute, String column, String metric) {
            this.check = check;
            this.attribute = attribute;
            this.column = column;
            this.metric = metric;
        }

        void rate(SeverityScale scale, double rated) {
            rawSeverity = scale.rate(rated);
            threshold = scale.threshold(rawSeverity);
        }

        Finding toFinding(String id) {
            boolean hide = suppressValue || insufficient && groupSize == null;
            Double shownValue = hide || value == null || value.isNaN() || value.isInfinite() ? null : value;
            Interval shownCi = hide ? null : ci;
            Map<String, Double> shownMeasures = hide ? Map.of() : measures;
            return new Finding(id, check, attribute, column, group, referenceGroup, choice, checkedColumn, metric,
                    shownValue, shownCi, groupSize, referenceSize, p, q, Double.isNaN(threshold) ? null : threshold,
                    direction, proxyColumns, severity,
                    insufficient ? FindingStatus.INSUFFICIENT_DATA : FindingStatus.EVALUATED, shownMeasures,
                    messageFr, messageEn);
        }
    }
}
