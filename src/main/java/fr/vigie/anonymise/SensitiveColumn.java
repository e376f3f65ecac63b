package fr.vigie.anonymise;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/** A sensitive column as the class-level privacy models see it: codes, overall distribution, order. */
final class SensitiveColumn {
    final String name;
    final int column;
    final int cardinality;
    /** Overall share of each value. */
    final double[] global;
    /** Codes in ascending order of their values (numeric when all values are numbers). */
    final int[] ordered;
    /** For hierarchical t-closeness, or null. */
    final ColumnHierarchy hierarchy;

    SensitiveColumn(DataTable table, int column, ColumnHierarchy hierarchy) {
        this.name = table.header().get(column);
        this.column = column;
        this.cardinality = table.cardinality(column);
        this.hierarchy = hierarchy;
        global = shares(table, column, cardinality);
        ordered = valueOrder(table, column, cardinality);
    }

    /** The share of the rows holding each value. */
    private static double[] shares(DataTable table, int column, int cardinality) {
        long[] counts = new long[cardinality];
        for (int code : table.codes(column)) {
            counts[code]++;
        }
        double[] shares = new double[cardinality];
        for (int v = 0; v < cardinality; v++) {
            shares[v] = (double) counts[v] / table.rowCount();
        }
        return shares;
    }

    /** The value codes in the values' order: numeric when every value is a number, else alphabetical. */
    private static int[] valueOrder(DataTable table, int column, int cardinality) {
        Integer[] order = new Integer[cardinality];
        for (int v = 0; v < cardinality; v++) {
            order[v] = v;
        }
        BigDecimal[] numbers = new BigDecimal[cardinality];
        boolean numeric = true;
        for (int v = 0; v < cardinality && numeric; v++) {
            numbers[v] = Hierarchies.parseNumber(table.dictionaryValue(column, v)).orElse(null);
            numeric = numbers[v] != null;
        }
        Comparator<Integer> comparator = numeric
                ? Comparator.comparing(v -> numbers[v])
                : Comparator.comparing(v -> table.dictionaryValue(column, v));
        Arrays.sort(order, comparator);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
