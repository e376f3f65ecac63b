package fr.vigie.bias;

import fr.vigie.model.ConfigException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to scan in one dataset.
 *
 * @param header           the dataset's column names, in row order
 * @param protectedColumns columns carrying a protected attribute (at least one)
 * @param outcome          the outcome column, or null for representation/missing-data/proxy checks only
 * @param positive         the outcome value that counts as positive (e.g. {@code ACCORDEE}); null means the
 *                         outcome is numeric (an amount) and is compared through means and medians
 * @param referenceGroups  protected column → declared reference group; columns not in it use the largest group
 * @param stratifyBy       a legitimate factor to stratify outcome disparities by (age band, service), or null
 * @param proxyCandidates  columns to test as proxies of the protected attributes (protected columns and
 *                         the outcome are skipped)
 */
public record BiasRequest(List<String> header, List<ProtectedColumn> protectedColumns, String outcome,
                          String positive, Map<String, String> referenceGroups, String stratifyBy,
                          List<String> proxyCandidates) {

    public BiasRequest {
        header = List.copyOf(Objects.requireNonNull(header, "header"));
        protectedColumns = List.copyOf(Objects.requireNonNull(protectedColumns, "protectedColumns"));
        referenceGroups = referenceGroups == null ? Map.of() : Map.copyOf(referenceGroups);
        proxyCandidates = proxyCandidates == null ? List.of() : List.copyOf(proxyCandidates);
        if (protectedColumns.isEmpty()) {
            throw new ConfigException(null, "protected", "at least one protected column is needed");
        }
        Set<String> names = new HashSet<>(header);
        Set<String> seen = new HashSet<>();
        for (ProtectedColumn column : protectedColumns) {
            requireColumn(names, "protected", column.column());
            if (!seen.add(column.column())) {
                throw new ConfigException(null, "protected", "column " + column.column() + " is listed twice");
            }
        }
        if (outcome != null) {
            requireColumn(names, "outcome", outcome);
        } else if (positive != null) {
            throw new ConfigException(null, "positive", "a positive value needs an outcome column");
        }
        if (stratifyBy != null) {
            requireColumn(names, "stratifyBy", stratifyBy);
        }
        for (String column : referenceGroups.keySet()) {
            if (!seen.contains(column)) {
                throw new ConfigException(null, "referenceGroups." + column, "not a protected column");
            }
        }
        for (String column : proxyCandidates) {
            requireColumn(names, "proxyCandidates", column);
        }
    }

    /** A request with only protected columns and an outcome, as the command line builds it. */
    public static BiasRequest of(List<String> header, List<ProtectedColumn> protectedColumns, String outcome,
                                 String positive) {
        return new BiasRequest(header, protectedColumns, outcome, positive, Map.of(), null, List.of());
    }

    /** True when the outcome is compared as a positive rate, false for an amount (or no outcome). */
    public boolean binaryOutcome() {
        return outcome != null && positive != null;
    }

    /** True when the outcome is a number compared through means and medians. */
    public boolean numericOutcome() {
        return outcome != null && positive == null;
    }

    private static void requireColumn(Set<String> names, String key, String column) {
        if (column == null || !names.contains(column)) {
            throw new ConfigException(null, key, "no column named " + column + " in the header");
        }
    }
}
