package fr.vigie.bias;

import fr.vigie.model.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to scan in one dataset.
 *
 * @param header           the dataset's column names, in row order
 * @param protectedColumns columns carrying a protected attribute (at least one)
 * @param outcome          the outcome column, or null for representation/missing-data/proxy checks only
 * @param positive         the outcome value that counts as positive (e.g. {@code ACCORDEE}); null means the
 *                         outcome is numeric (an amount) and is compared through means and medians
 * @param referenceGroups  protected column → declared reference group; the others use the most favoured group
 * @param stratifyBy       a legitimate factor to stratify outcome disparities by (age band, service), or null
 * @param proxyCandidates  columns to test as proxies of the protected attributes (the outcome is skipped, and
 *                         a protected column is tested for the other attributes only)
 * @param setAside         protected columns the classification found but the job did not list (not scanned)
 */
public record BiasRequest(List<String> header, List<ProtectedColumn> protectedColumns, String outcome,
                          String positive, Map<String, String> referenceGroups, String stratifyBy,
                          List<String> proxyCandidates, List<ProtectedColumn> setAside) {

    public BiasRequest {
        header = List.copyOf(Objects.requireNonNull(header, "header"));
        protectedColumns = List.copyOf(Objects.requireNonNull(protectedColumns, "protectedColumns"));
        referenceGroups = referenceGroups == null ? Map.of() : Map.copyOf(referenceGroups);
        proxyCandidates = proxyCandidates == null ? List.of() : List.copyOf(proxyCandidates);
        setAside = setAside == null ? List.of() : List.copyOf(setAside);
        if (protectedColumns.isEmpty()) {
            throw new ConfigException(null, "protected", "at least one protected column is needed");
        }
        validate(null, "", header, protectedColumns.stream().map(ProtectedColumn::column).toList(), outcome,
                positive, referenceGroups, stratifyBy);
        for (String column : proxyCandidates) {
            requireColumn(null, "proxyCandidates", header, column);
        }
    }

    /** A request with no column set aside. */
    public BiasRequest(List<String> header, List<ProtectedColumn> protectedColumns, String outcome, String positive,
                       Map<String, String> referenceGroups, String stratifyBy, List<String> proxyCandidates) {
        this(header, protectedColumns, outcome, positive, referenceGroups, stratifyBy, proxyCandidates, List.of());
    }

    /** A request with only protected columns and an outcome, as the command line builds it. */
    public static BiasRequest of(List<String> header, List<ProtectedColumn> protectedColumns, String outcome,
                                 String positive) {
        return new BiasRequest(header, protectedColumns, outcome, positive, Map.of(), null, List.of());
    }

    /**
     * The scan of one dataset as a job describes it. Protected columns the job declares are the whole
     * list (an attribute left out takes the classification's); when it declares none, the columns the
     * classification found are scanned, marked as added. Every column but the outcome is a proxy
     * candidate, direct identifiers included (a first name reveals sex).
     *
     * @param file     the job file, named in errors
     * @param settings the job's bias section
     * @param columns  the dataset's columns, in order, with what the classification found
     * @return the request, or empty when no column carries a protected attribute
     * @throws ConfigException naming {@code file} and the key ({@code bias.protected[1]}, {@code bias.outcome}...)
     */
    public static Optional<BiasRequest> plan(Path file, BiasSettings settings, List<ColumnFacts> columns) {
        List<String> header = columns.stream().map(ColumnFacts::name).toList();
        List<ProtectedColumn> found = new ArrayList<>();
        for (ColumnFacts c : columns) {
            if (c.protectedAttribute() != null && !c.identifying()) {
                found.add(new ProtectedColumn(c.name(), c.protectedAttribute(), ProtectedColumn.Source.CLASSIFICATION));
            }
        }
        List<ProtectedColumn> scanned = settings.protectedColumns().isEmpty() ? found
                : declared(file, settings.protectedColumns(), columns);
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        validate(file, "bias.", header, scanned.stream().map(ProtectedColumn::column).toList(), settings.outcome(),
                settings.positive(), settings.referenceGroups(), settings.stratifyBy());
        List<ProtectedColumn> setAside = found.stream()
                .filter(f -> scanned.stream().noneMatch(s -> s.column().equals(f.column()))).toList();
        List<String> candidates = header.stream().filter(c -> !c.equals(settings.outcome())).toList();
        return Optional.of(new BiasRequest(header, scanned, settings.outcome(), settings.positive(),
                settings.referenceGroups(), settings.stratifyBy(), candidates, setAside));
    }

    /**
     * Checks, before any data is read, that every column the settings name is in {@code header}.
     *
     * @throws ConfigException naming {@code file} and the key ({@code bias.protected[1]}, {@code bias.outcome}...)
     */
    public static void requireColumns(Path file, BiasSettings settings, List<String> header) {
        List<BiasSettings.Declared> declared = settings.protectedColumns();
        for (int i = 0; i < declared.size(); i++) {
            requireColumn(file, "bias.protected[" + i + "]", header, declared.get(i).column());
        }
        if (settings.outcome() != null) {
            requireColumn(file, "bias.outcome", header, settings.outcome());
        }
        if (settings.stratifyBy() != null) {
            requireColumn(file, "bias.stratifyBy", header, settings.stratifyBy());
        }
        for (String column : settings.referenceGroups().keySet()) {
            requireColumn(file, "bias.referenceGroups." + column, header, column);
        }
    }

    private static List<ProtectedColumn> declared(Path file, List<BiasSettings.Declared> declared,
                                                  List<ColumnFacts> columns) {
        List<ProtectedColumn> result = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            BiasSettings.Declared d = declared.get(i);
            String key = "bias.protected[" + i + "]";
            ColumnFacts facts = columns.stream().filter(c -> c.name().equals(d.column())).findFirst()
                    .orElseThrow(() -> new ConfigException(file, key, "no column '" + d.column() + "' in the source"));
            var attribute = d.attribute() != null ? d.attribute() : facts.protectedAttribute();
            if (attribute == null) {
                throw new ConfigException(file, key, "column '" + d.column() + "' is not recognised as a protected "
                        + "attribute: declare it as {column: " + d.column()
                        + ", attribute: GENDER|ORIGIN|AGE|DISABILITY|...}");
            }
            result.add(new ProtectedColumn(d.column(), attribute));
        }
        return result;
    }

    private static void validate(Path file, String prefix, List<String> header, List<String> protectedColumns,
                                 String outcome, String positive, Map<String, String> referenceGroups,
                                 String stratifyBy) {
        Set<String> seen = requireDistinctColumns(file, prefix, header, protectedColumns);
        if (outcome != null) {
            requireColumn(file, prefix + "outcome", header, outcome);
        } else if (positive != null) {
            throw new ConfigException(file, prefix + "positive", "a positive value needs an outcome column");
        }
        if (stratifyBy != null) {
            requireColumn(file, prefix + "stratifyBy", header, stratifyBy);
        }
        for (String column : referenceGroups.keySet()) {
            if (!seen.contains(column)) {
                throw new ConfigException(file, prefix + "referenceGroups." + column, "not a scanned protected column");
            }
        }
    }

    /** The protected columns, each in the header and listed once. */
    private static Set<String> requireDistinctColumns(Path file, String prefix, List<String> header,
            List<String> protectedColumns) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < protectedColumns.size(); i++) {
            String column = protectedColumns.get(i);
            String key = prefix + "protected" + (file == null ? "" : "[" + i + "]");
            requireColumn(file, key, header, column);
            if (!seen.add(column)) {
                throw new ConfigException(file, key, "column " + column + " is listed twice");
            }
        }
        return seen;
    }

    /** How the outcome is compared, if there is one. */
    public OutcomeKind outcomeKind() {
        return binaryOutcome() ? OutcomeKind.BINARY : numericOutcome() ? OutcomeKind.NUMERIC : OutcomeKind.NONE;
    }

    /** True when the outcome is compared as a positive rate, false for an amount (or no outcome). */
    public boolean binaryOutcome() {
        return outcome != null && positive != null;
    }

    /** True when the outcome is a number compared through means and medians. */
    public boolean numericOutcome() {
        return outcome != null && positive == null;
    }

    private static void requireColumn(Path file, String key, List<String> header, String column) {
        if (column == null || !header.contains(column)) {
            throw new ConfigException(file, key, "no column '" + column + "' in the source");
        }
    }
}
