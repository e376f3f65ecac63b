package fr.vigie.anonymise;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/** Re-identification risk of released equivalence classes, the sample taken as the population. */
final class Risks {
    private Risks() {
    }

    /**
     * @param populationSize size of the population the rows were drawn from, or null: then population
     *                       uniqueness is not estimated
     */
    static AnonymisationReport.Risk of(Partition p, boolean[] suppressed, double threshold, Long populationSize) {
        long records = 0;
        int classes = 0;
        int smallest = Integer.MAX_VALUE;
        long atRisk = 0;
        long unique = 0;
        Map<Integer, Integer> classesBySize = new TreeMap<>();
        for (int c = 0; c < p.size; c++) {
            if (suppressed[c]) {
                continue;
            }
            int size = p.counts[c];
            records += size;
            classes++;
            smallest = Math.min(smallest, size);
            classesBySize.merge(size, 1, Integer::sum);
            if (1.0 / size > threshold) {
                atRisk += size;
            }
            if (size == 1) {
                unique++;
            }
        }
        if (records == 0) {
            return new AnonymisationReport.Risk(0, 0, 0, threshold, 0, 0, populationSize == null ? null : 0.0);
        }
        double average = (double) classes / records;
        Double population = populationSize == null || populationSize < records ? null
                : zayatz(classesBySize, classes, records, populationSize) / records;
        return new AnonymisationReport.Risk(1.0 / smallest, average, (double) atRisk / records, threshold,
                (double) unique / records, average, population);
    }

    /**
     * Zayatz (1991): the number of sample uniques that are also unique in the population, the population's
     * class sizes being estimated by the sample's. A class of size i in the population shows up as a sample
     * unique with the hypergeometric probability P(1 drawn | N, i, n).
     */
    static double zayatz(Map<Integer, Integer> classesBySize, int classes, long records, long populationSize) {
        Integer uniques = classesBySize.get(1);
        if (uniques == null || populationSize < records || populationSize > Integer.MAX_VALUE) {
            return 0;
        }
        int population = (int) populationSize;
        int sample = (int) records;
        double total = 0;
        for (Map.Entry<Integer, Integer> entry : classesBySize.entrySet()) {
            int size = Math.min(entry.getKey(), population);
            double drawnOnce = new HypergeometricDistribution(null, population, size, sample).probability(1);
            total += (double) entry.getValue() / classes * drawnOnce;
        }
        double uniqueDrawnOnce = new HypergeometricDistribution(null, population, 1, sample).probability(1);
        double conditional = total == 0 ? 0 : ((double) uniques / classes * uniqueDrawnOnce) / total;
        return uniques * conditional;
    }
}
