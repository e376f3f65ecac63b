package fr.vigie.bias;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * The statistics of the bias scan, on counts only. Distributions come from Commons Math; the
 * formulas are the textbook ones, each unit-tested against a hand-computed example.
 */
public final class Stats {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Stats() {
    }

    /** P(Z > z) for a standard normal Z. */
    public static double normalUpperTail(double z) {
        return NORMAL.cumulativeProbability(-z);
    }

    /** The two-sided normal quantile for a confidence level (1.959964 for 0.95). */
    public static double z(double confidenceLevel) {
        return NORMAL.inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    }

    /** Wilson score interval for {@code successes} out of {@code n}; [0, 1] when n is 0. */
    public static Interval wilson(long successes, long n, double confidenceLevel) {
        if (n <= 0) {
            return new Interval(0, 1);
        }
        double z = z(confidenceLevel);
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Katz log interval for the ratio of two proportions (a/n1) / (c/n0). A zero count gets 0.5
     * added to each cell of its row (Haldane), so the interval stays finite.
     */
    public static Interval katz(long a, long n1, long c, long n0, double confidenceLevel) {
        double aa = a;
        double nn1 = n1;
        double cc = c;
        double nn0 = n0;
        if (a == 0 || c == 0) {
            aa += 0.5;
            nn1 += 1;
            cc += 0.5;
            nn0 += 1;
        }
        double logRatio = Math.log((aa / nn1) / (cc / nn0));
        double se = Math.sqrt(1 / aa - 1 / nn1 + 1 / cc - 1 / nn0);
        double z = z(confidenceLevel);
        return new Interval(Math.exp(logRatio - z * se), Math.exp(logRatio + z * se));
    }

    /** Two-sided p-value of the pooled two-proportion z-test of a/n1 against c/n0. */
    public static double twoProportionZTest(long a, long n1, long c, long n0) {
        double p1 = (double) a / n1;
        double p0 = (double) c / n0;
        double pooled = (double) (a + c) / (n1 + n0);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0));
        if (se == 0) {
            return 1;
        }
        double z = (p1 - p0) / se;
        return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /**
     * Two-sided p-value of Fisher's exact test on the 2x2 table [[a, b], [c, d]]: the total
     * probability of the tables with the same margins that are at most as likely as the observed one.
     */
    public static double fisherExact(long a, long b, long c, long d) {
        int n = Math.toIntExact(a + b + c + d);
        int row1 = Math.toIntExact(a + b);
        int col1 = Math.toIntExact(a + c);
        HypergeometricDistribution h = new HypergeometricDistribution(null, n, col1, row1);
        double observed = h.probability(Math.toIntExact(a));
        double p = 0;
        for (int x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
            double px = h.probability(x);
            // Relative tolerance, as R does, so that ties computed with rounding errors count.
            if (px <= observed * (1 + 1e-7)) {
                p += px;
            }
        }
        return Math.min(1, p);
    }

    /**
     * Compares group a/n1 with reference c/n0: Fisher's exact test when an expected count is below
     * {@code fisherBelowExpected}, else the two-proportion z-test.
     */
    public static double proportionTest(long a, long n1, long c, long n0, double fisherBelowExpected) {
        long positives = a + c;
        long total = n1 + n0;
        double minExpected = minExpected(n1, n0, positives, total);
        if (minExpected < fisherBelowExpected && total < Integer.MAX_VALUE) {
            return fisherExact(a, n1 - a, c, n0 - c);
        }
        return twoProportionZTest(a, n1, c, n0);
    }

    private static double minExpected(long n1, long n0, long positives, long total) {
        double minRow = Math.min(n1, n0);
        double minCol = Math.min(positives, total - positives);
        return minRow * minCol / total;
    }

    /** Pearson's chi-square statistic of observed counts against expected ones. */
    public static double chiSquare(double[] expected, long[] observed) {
        double chi2 = 0;
        for (int i = 0; i < expected.length; i++) {
            double diff = observed[i] - expected[i];
            chi2 += diff * diff / expected[i];
        }
        return chi2;
    }

    /** Upper-tail p-value of a chi-square statistic. */
    public static double chiSquareP(double statistic, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return 1;
        }
        // The upper regularised gamma keeps precision far in the tail, where 1 - CDF rounds to 0.
        return statistic <= 0 ? 1 : Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2);
    }

    /** Two-sided p-value that a count {@code k} out of {@code n} comes from proportion {@code p}. */
    public static double proportionVersusPopulation(long k, long n, double p) {
        if (n * p >= 10 && n * (1 - p) >= 10 || n > Integer.MAX_VALUE) {
            double z = (k - n * p) / Math.sqrt(n * p * (1 - p));
            return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
        }
        return new BinomialTest().binomialTest((int) n, (int) k, p, AlternativeHypothesis.TWO_SIDED);
    }

    /** Pearson's chi-square statistic of independence of an r x c table. */
    public static double chiSquareIndependence(long[][] table) {
        int rows = table.length;
        int cols = table[0].length;
        double[] rowSums = new double[rows];
        double[] colSums = new double[cols];
        double n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                rowSums[i] += table[i][j];
                colSums[j] += table[i][j];
                n += table[i][j];
            }
        }
        double chi2 = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double expected = rowSums[i] * colSums[j] / n;
                if (expected > 0) {
                    double diff = table[i][j] - expected;
                    chi2 += diff * diff / expected;
                }
            }
        }
        return chi2;
    }

    /**
     * Bias-corrected Cramér's V (Bergsma 2013) of an r x c table; rows and columns that are all zero
     * should be removed first. 0 when the table has a single row or column.
     */
    public static double cramersVCorrected(long[][] table) {
        int r = table.length;
        int k = table[0].length;
        long n = 0;
        for (long[] row : table) {
            for (long cell : row) {
                n += cell;
            }
        }
        if (r < 2 || k < 2 || n < 2) {
            return 0;
        }
        double phi2 = chiSquareIndependence(table) / n;
        double phi2Corrected = Math.max(0, phi2 - (double) (k - 1) * (r - 1) / (n - 1));
        double rCorrected = r - (double) (r - 1) * (r - 1) / (n - 1);
        double kCorrected = k - (double) (k - 1) * (k - 1) / (n - 1);
        double denominator = Math.min(kCorrected - 1, rCorrected - 1);
        return denominator <= 0 ? 0 : Math.sqrt(phi2Corrected / denominator);
    }

    /**
     * The uncertainty coefficient with the plug-in mutual information's bias removed ((r-1)(c-1)/2n,
     * Miller-Madow): a column of many small categories no longer looks informative by chance alone.
     */
    public static double uncertaintyCoefficientCorrected(long[][] table) {
        double n = 0;
        for (long[] row : table) {
            for (long cell : row) {
                n += cell;
            }
        }
        double u = uncertaintyCoefficient(table);
        double hA = entropyOfColumns(table, n);
        if (n == 0 || hA == 0) {
            return 0;
        }
        double bias = (table.length - 1) * (table[0].length - 1) / (2 * n);
        return Math.max(0, (u * hA - bias) / hA);
    }

    private static double entropyOfColumns(long[][] table, double n) {
        double h = 0;
        for (int j = 0; j < table[0].length; j++) {
            double c = 0;
            for (long[] row : table) {
                c += row[j];
            }
            if (c > 0) {
                h -= c / n * Math.log(c / n);
            }
        }
        return h;
    }

    /**
     * Uncertainty coefficient U(A|X) = (H(A) - H(A|X)) / H(A) of a table whose rows are the values
     * of X and whose columns are the groups of A: the share of A's entropy that knowing X removes.
     */
    public static double uncertaintyCoefficient(long[][] table) {
        int rows = table.length;
        int cols = table[0].length;
        double[] colSums = new double[cols];
        double n = 0;
        for (long[] row : table) {
            for (int j = 0; j < cols; j++) {
                colSums[j] += row[j];
                n += row[j];
            }
        }
        if (n == 0) {
            return 0;
        }
        double hA = 0;
        for (double c : colSums) {
            if (c > 0) {
                hA -= c / n * Math.log(c / n);
            }
        }
        if (hA == 0) {
            return 0;
        }
        double hAGivenX = 0;
        for (int i = 0; i < rows; i++) {
            double rowSum = 0;
            for (long cell : table[i]) {
                rowSum += cell;
            }
            for (long cell : table[i]) {
                if (cell > 0) {
                    hAGivenX -= cell / n * Math.log(cell / rowSum);
                }
            }
        }
        return Math.max(0, (hA - hAGivenX) / hA);
    }

    /**
     * Benjamini-Hochberg adjusted p-values (q-values), in the order of {@code p}: q(i) = min over
     * j ranked at or after i of m p(j) / rank(j), capped at 1.
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = Math.min(1, running);
        }
        return q;
    }

    /** Two-sided p-value of Welch's t-test from means, variances (unbiased) and sizes. */
    public static double welchTTest(double mean1, double var1, long n1, double mean0, double var0, long n0) {
        double s1 = var1 / n1;
        double s0 = var0 / n0;
        double se = Math.sqrt(s1 + s0);
        if (se == 0 || n1 < 2 || n0 < 2) {
            return mean1 == mean0 ? 1 : 0;
        }
        double t = (mean1 - mean0) / se;
        double df = (s1 + s0) * (s1 + s0) / (s1 * s1 / (n1 - 1) + s0 * s0 / (n0 - 1));
        return Math.min(1, 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)));
    }

    /**
     * Delta-method interval for the ratio of two means: log(m1/m0) ± z sqrt(v1/(n1 m1²) + v0/(n0 m0²)).
     */
    public static Interval meanRatioInterval(double mean1, double var1, long n1, double mean0, double var0, long n0,
                                             double confidenceLevel) {
        double ratio = mean1 / mean0;
        double se = Math.sqrt(var1 / (n1 * mean1 * mean1) + var0 / (n0 * mean0 * mean0));
        double z = z(confidenceLevel);
        return new Interval(ratio * Math.exp(-z * se), ratio * Math.exp(z * se));
    }

    /**
     * Mantel-Haenszel rate ratio of a group against a reference over strata, with the
     * Greenland-Robins interval and the Cochran-Mantel-Haenszel test (no continuity correction).
     * Each stratum is {a, n1, c, n0}: positives and size of the group, then of the reference.
     *
     * @return {ratio, low, high, pValue}; NaN ratio when no stratum holds both
     */
    public static double[] mantelHaenszel(long[][] strata, double confidenceLevel) {
        double num = 0;
        double den = 0;
        double varNum = 0;
        double sumA = 0;
        double sumExpected = 0;
        double sumVariance = 0;
        for (long[] s : strata) {
            double a = s[0];
            double n1 = s[1];
            double c = s[2];
            double n0 = s[3];
            double n = n1 + n0;
            if (n1 == 0 || n0 == 0) {
                continue;
            }
            double m1 = a + c;
            num += a * n0 / n;
            den += c * n1 / n;
            varNum += (n1 * n0 * m1 - a * c * n) / (n * n);
            sumA += a;
            sumExpected += n1 * m1 / n;
            if (n > 1) {
                sumVariance += n1 * n0 * m1 * (n - m1) / (n * n * (n - 1));
            }
        }
        if (num == 0 || den == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, 1};
        }
        double ratio = num / den;
        double se = Math.sqrt(varNum / (num * den));
        double z = z(confidenceLevel);
        double chi2 = sumVariance == 0 ? 0 : (sumA - sumExpected) * (sumA - sumExpected) / sumVariance;
        return new double[] {ratio, ratio * Math.exp(-z * se), ratio * Math.exp(z * se), chiSquareP(chi2, 1)};
    }
}
