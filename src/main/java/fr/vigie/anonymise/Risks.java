package fr.vigie.anonymise;

/** Re-identification risk of released equivalence classes, the sample taken as the population. */
final class Risks {
    private Risks() {
    }

    static AnonymisationReport.Risk of(Partition p, boolean[] suppressed, double threshold) {
        long records = 0;
        int classes = 0;
        int smallest = Integer.MAX_VALUE;
        long atRisk = 0;
        long unique = 0;
        for (int c = 0; c < p.size; c++) {
            if (suppressed[c]) {
                continue;
            }
            int size = p.counts[c];
            records += size;
            classes++;
            smallest = Math.min(smallest, size);
            if (1.0 / size > threshold) {
                atRisk += size;
            }
            if (size == 1) {
                unique++;
            }
        }
        if (records == 0) {
            return new AnonymisationReport.Risk(0, 0, 0, threshold, 0, 0);
        }
        double average = (double) classes / records;
        return new AnonymisationReport.Risk(1.0 / smallest, average, (double) atRisk / records, threshold,
                (double) unique / records, average);
    }
}
