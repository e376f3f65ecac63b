package fr.vigie.bias;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every column (identifiers included: a first name reveals sex) tested against every protected
 * attribute it is not itself: bias-corrected Cramér's V and the uncertainty coefficient of the table
 * of its values (rare ones pooled), of bins of a number, or of the first character of a code unique
 * per row (the NIR's first digit is the sex). A column that cannot be tested is recorded with why.
 */
final class ProxyCheck implements CheckFamily {
    /** A column unique per row is free text when its values run this long on average, in several words. */
    private static final int FREE_TEXT_LENGTH = 25;
    private static final int FREE_TEXT_SPACES = 2;

    @Override
    public void run(CheckContext ctx) {
        int[] proxies = ctx.scan.proxyIndex();
        for (int j = 0; j < proxies.length; j++) {
            check(ctx, j, ctx.scan.columnName(proxies[j]));
        }
    }

    private static void check(CheckContext ctx, int j, String column) {
        BiasScan scan = ctx.scan;
        Dictionary values = scan.proxyValues[j];
        int distinct = values.size() - (values.has("") ? 1 : 0);
        if (scan.proxyPresent[j] == 0) {
            leftOut(ctx, column, ProxyTest.Reason.ALWAYS_MISSING);
            return;
        }
        if (scan.proxyUnique[j]) {
            leftOut(ctx, column, freeText(values) ? ProxyTest.Reason.FREE_TEXT : ProxyTest.Reason.UNIQUE_PER_ROW);
            return;
        }
        if (distinct <= 1 && !values.overflowed()) {
            leftOut(ctx, column, ProxyTest.Reason.SINGLE_VALUE);
            return;
        }
        ProxyTest.Basis basis = null;
        for (GroupSet set : ctx.values) {
            if (column.equals(set.column)) {
                continue;
            }
            if (basis == null) {
                basis = basis(ctx, j, set);
                if (basis == null) {
                    leftOut(ctx, column, reason(ctx, j, set));
                    return;
                }
            }
            // A first name may reveal "non-EU" better than any one nationality: the roll-up is tested too.
            Association best = associate(ctx, j, set, basis);
            for (GroupSet rollup : ctx.rollups) {
                if (rollup.attributeIndex == set.attributeIndex) {
                    Association other = associate(ctx, j, rollup, basis);
                    best = best == null || other != null && other.stronger(best) ? other : best;
                }
            }
            if (best != null) {
                record(ctx, column, best);
            }
        }
    }

    /** The association of a column with one view of a protected attribute, rated. */
    private record Association(GroupSet set, ProxyTest.Basis basis, long[][] matrix, double v, double u,
                               Severity severity, boolean byUncertainty) {
        boolean stronger(Association other) {
            int bySeverity = severity.compareTo(other.severity);
            return bySeverity > 0 || bySeverity == 0 && Math.max(v, u) > Math.max(other.v, other.u);
        }
    }

    /**
     * How the column is compared: its values; for a code unique per row, its first character; for a
     * number of many values, bins. Null when it cannot be compared (unique per row, free text).
     */
    private static ProxyTest.Basis basis(CheckContext ctx, int j, GroupSet set) {
        BiasScan scan = ctx.scan;
        Dictionary values = scan.proxyValues[j];
        boolean manyNumbers = scan.proxyNumeric[j]
                && (values.overflowed() || values.size() > 5 * ctx.rules.proxyNumericBins());
        long[] rare = new long[set.size()];
        long kept = sum(valueRows(ctx, j, set, rare));
        long pooled = Arrays.stream(rare).sum();
        if (!manyNumbers && kept + pooled > 0 && (double) pooled / (kept + pooled) <= ctx.rules.proxyMaxRareShare()) {
            return ProxyTest.Basis.VALUES;
        }
        if (scan.proxyCode[j] && firstCharacters(ctx, j, set).size() > 1) {
            return ProxyTest.Basis.FIRST_CHARACTER;
        }
        return manyNumbers ? ProxyTest.Basis.BINS : null;
    }

    private static ProxyTest.Reason reason(CheckContext ctx, int j, GroupSet set) {
        BiasScan scan = ctx.scan;
        Dictionary values = scan.proxyValues[j];
        if (freeText(values)) {
            return ProxyTest.Reason.FREE_TEXT;
        }
        if (!values.overflowed()) {
            return ProxyTest.Reason.UNIQUE_PER_ROW;
        }
        long kept = sum(valueRows(ctx, j, set, new long[set.size()]));
        return kept * 2 < scan.proxyPresent[j] ? ProxyTest.Reason.UNIQUE_PER_ROW : ProxyTest.Reason.TOO_MANY_VALUES;
    }

    /** « le sexe », « la nationalité ou l'origine », « l'âge »... */
    private static String withArticle(fr.vigie.model.ProtectedAttribute attribute) {
        return switch (attribute) {
            case GENDER -> "le sexe";
            case ORIGIN -> "la nationalité ou l'origine";
            case AGE -> "l'âge";
            case DISABILITY -> "le handicap";
            case RELIGION -> "la religion";
            case SEXUAL_ORIENTATION -> "l'orientation sexuelle";
        };
    }

    /** Judged on the values the scan kept (the first ones it met): long, and mostly several words. */
    private static boolean freeText(Dictionary values) {
        long length = 0;
        int words = 0;
        for (int v = 0; v < values.size(); v++) {
            String label = values.label(v);
            length += label.length();
            words += label.chars().filter(c -> c == ' ').count() >= FREE_TEXT_SPACES ? 1 : 0;
        }
        return values.size() > 0 && length >= (long) FREE_TEXT_LENGTH * values.size() && words * 2 > values.size();
    }

    private static void leftOut(CheckContext ctx, String column, ProxyTest.Reason reason) {
        ctx.proxyTests.add(new ProxyTest(column, null, null, ProxyTest.Status.LEFT_OUT, null, reason, null, null,
                null, null, null));
    }

    private static Association associate(CheckContext ctx, int j, GroupSet set, ProxyTest.Basis basis) {
        List<long[]> rows = switch (basis) {
            case BINS -> binnedRows(ctx, j, set);
            case VALUES -> {
                long[] rare = new long[set.size()];
                List<long[]> kept = valueRows(ctx, j, set, rare);
                if (Arrays.stream(rare).sum() > 0) {
                    kept.add(rare);
                }
                yield kept;
            }
            case FIRST_CHARACTER -> firstCharacters(ctx, j, set);
        };
        // Groups too small to assess would only shrink Cramér's V through its min(r, c) denominator.
        long[][] matrix = dropSmallColumns(rows.toArray(long[][]::new), ctx.rules.minGroupSize());
        if (matrix.length < 2 || matrix[0].length < 2) {
            return null;
        }
        double v = Stats.cramersVCorrected(matrix);
        double u = Stats.uncertaintyCoefficientCorrected(matrix);
        Severity byV = ctx.rules.scale(Metric.CRAMERS_V).rate(v);
        Severity byU = ctx.rules.scale(Metric.UNCERTAINTY_COEFFICIENT).rate(u);
        return new Association(set, basis, matrix, v, u, byV.max(byU), byU.compareTo(byV) > 0);
    }

    private static void record(CheckContext ctx, String column, Association a) {
        if (a.severity() != Severity.INFO) {
            finding(ctx, column, a.set(), a.basis(), a.matrix(), a.v(), a.u(), a.byUncertainty());
        }
        // The finding's id is known once the sieve has numbered the findings (see ReportBuilder).
        ctx.proxyTests.add(new ProxyTest(column, a.set().attribute, a.set().column, ProxyTest.Status.TESTED, a.basis(),
                null, a.v(), a.u(), a.matrix().length, null, a.set().view));
    }

    private static void finding(CheckContext ctx, String column, GroupSet set, ProxyTest.Basis basis,
            long[][] matrix, double v, double u, boolean byUncertainty) {
        FindingDraft d = ctx.draft(Check.PROXY, set, Metric.CRAMERS_V);
        d.checkedColumn = column;
        d.proxyColumns = List.of(column);
        d.proxyOf = set.attribute;
        d.value = v;
        long n = Arrays.stream(matrix).flatMapToLong(Arrays::stream).sum();
        d.groupSize = ctx.published(n);
        d.p = Stats.chiSquareP(Stats.chiSquareIndependence(matrix), (matrix.length - 1) * (matrix[0].length - 1));
        if (byUncertainty) {
            d.rate(ctx.rules.scale(Metric.UNCERTAINTY_COEFFICIENT), u);
        } else {
            d.rate(ctx.rules.scale(Metric.CRAMERS_V), v);
        }
        d.direction = Direction.ASSOCIATED;
        d.measures.put("uncertaintyCoefficient", u);
        d.measures.put("categories", (double) matrix.length);
        boolean first = basis == ProxyTest.Basis.FIRST_CHARACTER;
        if (first) {
            d.measures.put("firstCharacter", 1.0);
        }
        GroupCodings.Rollup rollup = set.extraView ? ctx.rules.codings().rollup(set.protectedAttribute) : null;
        String whatFr = rollup != null ? "la " + rollup.fr() : withArticle(set.protectedAttribute);
        String whatEn = rollup != null ? "the " + rollup.en() : BiasLabels.attribute(set.protectedAttribute, Lang.EN);
        d.message(String.format(Locale.FRANCE, "%s « %s » révèle %s (colonne « %s ») : V de Cramér corrigé %s, "
                + "coefficient d'incertitude %s ; elle peut servir de variable de substitution (proxy).",
                first ? "Le premier caractère de la colonne" : "La colonne", column, whatFr, set.column,
                Wording.num(Lang.FR, v), Wording.num(Lang.FR, u)), String.format(Locale.ROOT, "%s “%s” reveals %s "
                + "(column “%s”): bias-corrected Cramér's V %s, uncertainty coefficient %s; it can act as a proxy.",
                first ? "The first character of column" : "Column", column, whatEn, set.column,
                Wording.num(Lang.EN, v), Wording.num(Lang.EN, u)));
    }

    private static long sum(List<long[]> rows) {
        return rows.stream().mapToLong(r -> Arrays.stream(r).sum()).sum();
    }

    /** Rows of the table of values; values seen in fewer rows than the minimum are added up in {@code rare}. */
    private static List<long[]> valueRows(CheckContext ctx, int j, GroupSet set, long[] rare) {
        Dictionary values = ctx.scan.proxyValues[j];
        GrowTable table = ctx.scan.proxyTables[j][set.attributeIndex];
        List<long[]> rows = new ArrayList<>();
        for (int value = 0; value < values.size(); value++) {
            long[] row = fold(table, value, set);
            long sum = Arrays.stream(row).sum();
            // Rare values are pooled: an identifier-like column must not look like a perfect proxy.
            if (sum < ctx.rules.proxyMinCategoryCount() || values.isOverflow(value)) {
                for (int g = 0; g < row.length; g++) {
                    rare[g] += row[g];
                }
            } else if (sum > 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<long[]> firstCharacters(CheckContext ctx, int j, GroupSet set) {
        GrowTable table = ctx.scan.proxyFirst[j][set.attributeIndex];
        List<long[]> rows = new ArrayList<>();
        for (int c = 0; c < table.rowCount(); c++) {
            long[] row = fold(table, c, set);
            if (Arrays.stream(row).sum() > 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static long[] fold(GrowTable table, int row, GroupSet set) {
        long[] folded = new long[set.size()];
        for (int c = 0; c < table.width(row); c++) {
            long count = table.get(row, c);
            if (count != 0) {
                folded[set.rawToGroup[c]] += count;
            }
        }
        return folded;
    }

    /** Joins adjacent log buckets into about {@code numericBins} bins of equal counts. */
    private static List<long[]> binnedRows(CheckContext ctx, int j, GroupSet set) {
        GrowTable buckets = ctx.scan.proxyBuckets[j][set.attributeIndex];
        List<long[]> rows = new ArrayList<>();
        long[] missingRow = fold(buckets, 0, set);
        long total = 0;
        for (int b = 1; b < buckets.rowCount(); b++) {
            total += Arrays.stream(fold(buckets, b, set)).sum();
        }
        int bins = ctx.rules.proxyNumericBins();
        long[] current = new long[set.size()];
        long cumulative = 0;
        int bin = 1;
        for (int b = 1; b < buckets.rowCount(); b++) {
            long[] row = fold(buckets, b, set);
            long sum = Arrays.stream(row).sum();
            if (sum == 0) {
                continue;
            }
            for (int g = 0; g < current.length; g++) {
                current[g] += row[g];
            }
            cumulative += sum;
            if (cumulative >= (double) bin * total / bins) {
                rows.add(current);
                current = new long[set.size()];
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
        List<Integer> keep = columnsWithAtLeast(matrix, minimum);
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

    private static List<Integer> columnsWithAtLeast(long[][] matrix, long minimum) {
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
        return keep;
    }
}
