package fr.vigie.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The profile of a whole dataset: rows seen and one {@link ColumnProfile} per column, in header order. */
public record DatasetProfile(long rows, List<ColumnProfile> columns) {
    public DatasetProfile {
        columns = List.copyOf(columns);
    }

    /**
     * 1-based positions of the columns whose name holds a value of a column {@code source} accepts (by
     * name): with the identifying columns, the names that must not leave.
     */
    public Set<Integer> namesHoldingValuesOf(Predicate<String> source) {
        Set<Integer> positions = new TreeSet<>();
        for (ColumnProfile column : columns) {
            if (source.test(column.name())) {
                positions.addAll(column.valueInColumnNames());
            }
        }
        return positions;
    }

    /** The profile of a named column. */
    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
