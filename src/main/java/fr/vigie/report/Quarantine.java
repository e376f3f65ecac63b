package fr.vigie.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.vigie.ingest.IngestResult;
import java.util.Map;

/**
 * The {@code quarantine} section: rows set aside with their reasons, against the job's limit.
 *
 * @param ratio    quarantined share of the rows read
 * @param maxRatio the job's {@code maxQuarantineRatio}
 * @param file     where the rows are kept for correction; absent when there are none
 */
public record Quarantine(long rows, long rowsRead, double ratio, double maxRatio, Map<String, Long> reasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) String file) {

    static Quarantine of(IngestResult ingest) {
        if (ingest == null) {
            return new Quarantine(0, 0, 0, 0, Map.of(), null);
        }
        return new Quarantine(ingest.rowsQuarantined(), ingest.rowsRead(), ingest.quarantineRatio(),
                ingest.maxQuarantineRatio(), ingest.quarantineReasons() == null ? Map.of() : ingest.quarantineReasons(),
                ingest.quarantineFile());
    }
}
