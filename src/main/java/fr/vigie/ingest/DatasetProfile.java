package fr.vigie.ingest;

import java.util.List;
import java.util.Optional;

/** The profile of a whole dataset: rows seen and one {@link ColumnProfile} per column, in header order. */
public record DatasetProfile(long rows, List<ColumnProfile> columns) {
    public DatasetProfile {
        columns = List.copyOf(columns);
    }

    /** The profile of a named column. */
    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
