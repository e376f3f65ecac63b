package fr.vigie.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A package written and signed on disk.
 *
 * @param dir the package folder, {@code <exportsRoot>/<partner>/<dataset>/<runId>}
 * @param manifestSha256 hex SHA-256 of {@code datapackage.json} (what the signature covers)
 * @param fileSha256 hex SHA-256 of every file in the package, by file name
 * @param rows number of data rows
 * @param formats the data files written
 * @param signingKeySha256 hex SHA-256 of the signing public key (X.509 encoding)
 */
public record ExportPackage(Path dir, String manifestSha256, Map<String, String> fileSha256, long rows,
        Set<ExportFormat> formats, String signingKeySha256) {
    public ExportPackage {
        fileSha256 = Map.copyOf(fileSha256);
        formats = Set.copyOf(formats);
    }

    /** Hex SHA-256 of one data file, or null if the format was not written. */
    public String dataSha256(ExportFormat format) {
        return fileSha256.get(format.fileName());
    }
}
