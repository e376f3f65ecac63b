package fr.vigie.bias;

import java.util.Arrays;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Whether the groups of two attributes at once fare as their two attributes predict together: a
 * log-linear model of the rates, {@code log p_ij = mu + a_i + b_j}, fitted by weighted least squares
 * on the log rates (Grizzle, Starmer and Koch, 1969), with delta-method weights. Its residual
 * chi-square tests that one attribute's rate ratios are the same in every group of the other (the
 * rate-ratio analogue of the Breslow-Day test of odds ratios); each cell's standardised residual
 * says whether that intersection departs from the prediction. Cells without a usable rate (empty,
 * all or no positives, too small) are left out of the fit.
 */
final class Interaction {
    private final double chiSquare;
    private final int degreesOfFreedom;
    private final double pValue;
    private final double[][] predicted;
    private final double[][] cellPValue;

    private Interaction(double chiSquare, int degreesOfFreedom, double pValue, double[][] predicted,
            double[][] cellPValue) {
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.pValue = pValue;
        this.predicted = predicted;
        this.cellPValue = cellPValue;
    }

    /** The model of positive rates {@code positives / totals}; a cell with no positive or no negative is left out. */
    static Interaction ofRates(long[][] positives, long[][] totals) {
        double[][] y = nan(positives.length, positives[0].length);
        double[][] variance = nan(positives.length, positives[0].length);
        for (int i = 0; i < positives.length; i++) {
            for (int j = 0; j < positives[i].length; j++) {
                long a = positives[i][j];
                long n = totals[i][j];
                if (a > 0 && a < n) {
                    double p = (double) a / n;
                    y[i][j] = Math.log(p);
                    variance[i][j] = (1 - p) / (n * p);
                }
            }
        }
        return fit(y, variance);
    }

    /** The model of positive means; {@code variances} are of the observations, {@code counts} their numbers. */
    static Interaction ofMeans(double[][] means, double[][] variances, long[][] counts) {
        double[][] y = nan(means.length, means[0].length);
        double[][] variance = nan(means.length, means[0].length);
        for (int i = 0; i < means.length; i++) {
            for (int j = 0; j < means[i].length; j++) {
                double m = means[i][j];
                if (counts[i][j] > 1 && m > 0 && variances[i][j] > 0) {
                    y[i][j] = Math.log(m);
                    variance[i][j] = variances[i][j] / (counts[i][j] * m * m);
                }
            }
        }
        return fit(y, variance);
    }

    private static Interaction fit(double[][] y, double[][] variance) {
        int rows = y.length;
        int cols = y[0].length;
        int[] rowLevel = levels(y, true);
        int[] colLevel = levels(y, false);
        int rowLevels = Arrays.stream(rowLevel).max().orElse(-1) + 1;
        int colLevels = Arrays.stream(colLevel).max().orElse(-1) + 1;
        int params = 1 + Math.max(0, rowLevels - 1) + Math.max(0, colLevels - 1);
        int cells = 0;
        for (double[] row : y) {
            for (double v : row) {
                cells += Double.isNaN(v) ? 0 : 1;
            }
        }
        double[][] predicted = nan(rows, cols);
        double[][] cellP = nan(rows, cols);
        if (rowLevels < 2 || colLevels < 2 || cells - params < 1) {
            return new Interaction(Double.NaN, 0, Double.NaN, predicted, cellP);
        }
        double[] ys = new double[cells];
        double[][] xs = new double[cells][];
        int[][] where = new int[cells][];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (!Double.isNaN(y[i][j])) {
                    double root = 1 / Math.sqrt(variance[i][j]);
                    double[] x = design(rowLevel[i], colLevel[j], rowLevels, params);
                    for (int p = 0; p < params; p++) {
                        x[p] *= root;
                    }
                    xs[k] = x;
                    ys[k] = y[i][j] * root;
                    where[k++] = new int[] {i, j};
                }
            }
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.setNoIntercept(true);
        try {
            regression.newSampleData(ys, xs);
            double[] beta = regression.estimateRegressionParameters();
            double[] residuals = regression.estimateResiduals();
            // Leverages x_k' (X'X)^-1 x_k one by one: the full hat matrix would be cells x cells.
            RealMatrix inverse = MatrixUtils.createRealMatrix(regression.estimateRegressionParametersVariance());
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (rowLevel[i] >= 0 && colLevel[j] >= 0) {
                        predicted[i][j] = Math.exp(dot(design(rowLevel[i], colLevel[j], rowLevels, params), beta));
                    }
                }
            }
            for (int c = 0; c < cells; c++) {
                double leverage = 1 - quadratic(xs[c], inverse);
                if (leverage > 1e-9) {
                    double z = residuals[c] / Math.sqrt(leverage);
                    cellP[where[c][0]][where[c][1]] = 2 * Stats.normalUpperTail(Math.abs(z));
                }
            }
            double chi2 = regression.calculateResidualSumOfSquares();
            int df = cells - params;
            return new Interaction(chi2, df, Stats.chiSquareP(chi2, df), predicted, cellP);
        } catch (MathIllegalArgumentException e) {
            // Singular design (usable cells that do not link every group to every other): no model to test.
            return new Interaction(Double.NaN, 0, Double.NaN, nan(rows, cols), nan(rows, cols));
        }
    }

    /** Dense level numbers of the rows (or columns) that have at least one usable cell; -1 for the others. */
    private static int[] levels(double[][] y, boolean ofRows) {
        int count = ofRows ? y.length : y[0].length;
        int[] level = new int[count];
        int next = 0;
        for (int a = 0; a < count; a++) {
            boolean used = false;
            int other = ofRows ? y[0].length : y.length;
            for (int b = 0; b < other && !used; b++) {
                used = !Double.isNaN(ofRows ? y[a][b] : y[b][a]);
            }
            level[a] = used ? next++ : -1;
        }
        return level;
    }

    private static double[] design(int row, int col, int rowLevels, int params) {
        double[] x = new double[params];
        x[0] = 1;
        if (row > 0) {
            x[row] = 1;
        }
        if (col > 0) {
            x[rowLevels - 1 + col] = 1;
        }
        return x;
    }

    private static double quadratic(double[] x, RealMatrix m) {
        return dot(x, m.operate(x));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[][] nan(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    /** The residual chi-square of the model (NaN when there is no test). */
    double chiSquare() {
        return chiSquare;
    }

    int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** p-value that the two attributes' effects simply multiply (NaN when the table allows no test). */
    double pValue() {
        return pValue;
    }

    /** The rate (or mean) the model predicts for cell (i, j), NaN when its row or column has no usable cell. */
    double predicted(int i, int j) {
        return predicted[i][j];
    }

    /** Two-sided p-value of the cell's standardised residual, NaN when the cell was left out. */
    double cellPValue(int i, int j) {
        return cellPValue[i][j];
    }
}
