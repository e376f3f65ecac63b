package fr.vigie.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What ingestion did, handed to the later steps and the report (its {@code ingest} section).
 *
 * @param sources            the files read, relative to the project where they are inside it
 * @param dialect            the CSV dialect of the first file; null for other formats
 * @param header             the column names
 * @param quarantineFile     where the quarantined rows are kept; null when there are none
 * @param maxQuarantineRatio the job's limit on the quarantined share
 * @param profile            the profile of the accepted rows
 */
public record IngestResult(List<String> sources, CsvDialect dialect, List<String> header, long rowsRead,
        long rowsAccepted, long rowsQuarantined, double quarantineRatio, double maxQuarantineRatio,
        Map<String, Long> quarantineReasons, String quarantineFile, long bytesRead, DatasetProfile profile) {

    /** The same result, the profile's minimum and maximum withheld for every column {@code personal} accepts. */
    public IngestResult withMinMaxWithheld(Predicate<String> personal) {
        DatasetProfile withheld = profile == null ? null : new DatasetProfile(profile.rows(), profile.columns().stream()
                .map(c -> personal.test(c.name()) ? c.withMinMaxWithheld() : c).toList());
        return new IngestResult(sources, dialect, header, rowsRead, rowsAccepted, rowsQuarantined, quarantineRatio,
                maxQuarantineRatio, quarantineReasons, quarantineFile, bytesRead, withheld);
    }
}
