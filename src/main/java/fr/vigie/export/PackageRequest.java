package fr.vigie.export;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to export: for whom, from which dataset and run, with which columns, formats and licence.
 *
 * @param partner the partner city; a folder name under the exports root
 * @param dataset the dataset (job) id; a folder name under the partner
 * @param runId the run id; the package folder name
 * @param fields the exported columns in order
 * @param formats the data files to write; empty means {@link ExportFormat#PARQUET}
 * @param licence the licence the partner receives the data under (e.g. {@code etalab-2.0}), or null
 * @param provenance free-form JSON-able facts copied into the manifest: source dataset, run,
 *     policy id, guarantees (k, l, t), suppressed rows, risk after... Never raw data values.
 */
public record PackageRequest(String partner, String dataset, String runId, List<Field> fields,
        Set<ExportFormat> formats, String licence, Map<String, Object> provenance) {

    /** Folder names must stay inside their parent: no separators, no dot-only names. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public PackageRequest {
        requireSegment("partner", partner);
        requireSegment("dataset", dataset);
        requireSegment("runId", runId);
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one field");
        }
        if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("field names must be unique");
        }
        formats = formats == null || formats.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.of(ExportFormat.PARQUET))
                : Collections.unmodifiableSet(EnumSet.copyOf(formats));
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    private static void requireSegment(String what, String value) {
        if (value == null || !SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-128 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit");
        }
    }
}
