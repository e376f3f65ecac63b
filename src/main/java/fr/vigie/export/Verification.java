package fr.vigie.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The outcome of checking a package.
 *
 * @param dir the package folder
 * @param ok true when the signature and every checksum hold and no file is missing or extra
 * @param problems what is wrong, each naming the file concerned
 * @param rows the row count the manifest declares (-1 if unreadable)
 * @param provenance the manifest's provenance (policy, guarantees k/l/t, suppressed rows, risk
 *     after...); trust it only when {@code ok}
 * @param signingKeySha256 fingerprint of the key the signature was checked with, or null
 * @param manifestSha256 hex SHA-256 of the manifest read (what the signature covers), or null if unreadable
 * @param identity what the manifest says the package is (partner, dataset, run); trust it only when {@code ok}
 * @param release the signed statement of the package's approval, when it holds; null in a package not
 *     released (or whose statement does not verify: then {@code problems} say why)
 */
public record Verification(Path dir, boolean ok, List<Problem> problems, long rows, JsonNode provenance,
        String signingKeySha256, String manifestSha256, Identity identity, ReleaseStatement release) {

    /** Whose package the manifest says this is; a field absent from the manifest is null. */
    public record Identity(String partner, String dataset, String runId) {
        static final Identity UNKNOWN = new Identity(null, null, null);
    }

    /** One thing wrong with one file of the package. */
    public record Problem(String file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    public Verification {
        problems = List.copyOf(problems);
        provenance = provenance == null ? MissingNode.getInstance() : provenance;
        identity = identity == null ? Identity.UNKNOWN : identity;
    }

    /** Human-readable lines for {@code vigie verify}: the verdict, the problems, then what the package guarantees. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add((ok ? "OK   " : "FAIL ") + dir);
        for (Problem problem : problems) {
            lines.add("  - " + problem);
        }
        if (ok) {
            lines.add("  rows: " + rows);
            lines.add("  signed by key sha256:" + signingKeySha256);
            lines.add("  " + (release != null ? release.describe()
                    : "released: no release statement (not approved, or approved before Vigie signed statements)"));
            if (provenance.isObject()) {
                for (var entry : provenance.properties()) {
                    lines.add("  " + entry.getKey() + ": " + flat(entry.getValue()));
                }
            }
        }
        return lines;
    }

    private static String flat(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
