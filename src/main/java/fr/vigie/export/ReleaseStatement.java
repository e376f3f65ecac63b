package fr.vigie.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * The authority's signed statement that a person approved the release of a package: which package
 * (export id and the SHA-256 of its signed manifest), who (user and role, and how they signed in), when,
 * and their comment. It sits in the released package as {@value #FILE} with its Ed25519 signature in
 * {@value #SIGNATURE_FILE}, next to the manifest and apart from it, so the manifest's own signature still
 * holds; {@link PackageVerifier} checks both.
 *
 * @param approvedAt an ISO-8601 instant
 * @param login how the user signed in (PASSWORD, OIDC, OS_USER)
 */
public record ReleaseStatement(String exportId, String partner, String dataset, String runId, String manifestSha256,
        String approvedBy, String role, String login, String approvedAt, String comment, String publicKeySha256) {
    public static final String FILE = "release.json";
    public static final String SIGNATURE_FILE = "release.json.sig";
    /** Names the format, so that a later version can be told apart. */
    static final String KIND = "vigie-release-statement/1";

    /** The SHA-256 (hex) of the manifest of the package in {@code packageDir}: what a statement approves. */
    public static String manifestSha256(Path packageDir) {
        return Sha256.hex(packageDir.resolve(Manifest.FILE));
    }

    /** Writes the statement and its signature into {@code packageDir}. */
    public void writeSigned(Path packageDir, Signer signer) {
        byte[] bytes = toBytes();
        try {
            Files.write(packageDir.resolve(FILE), bytes);
            Files.writeString(packageDir.resolve(SIGNATURE_FILE),
                    Base64.getEncoder().encodeToString(signer.sign(bytes)) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the release statement in " + packageDir, e);
        }
    }

    /** The lines {@code vigie verify} prints about the release. */
    String describe() {
        return "released: approved by " + approvedBy + " (" + role + ", " + login + ") at " + approvedAt
                + (comment == null || comment.isBlank() ? "" : " — " + comment);
    }

    byte[] toBytes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("statement", KIND);
        fields.put("exportId", exportId);
        fields.put("partner", partner);
        fields.put("dataset", dataset);
        fields.put("runId", runId);
        fields.put("manifest", Manifest.FILE);
        fields.put("manifestSha256", manifestSha256);
        fields.put("approvedBy", approvedBy);
        fields.put("role", role);
        fields.put("login", login);
        fields.put("approvedAt", approvedAt);
        fields.put("comment", comment);
        fields.put("publicKeySha256", publicKeySha256);
        return (Manifest.JSON.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a statement; null when the bytes are not one. */
    static ReleaseStatement parse(byte[] bytes) {
        try {
            var root = Manifest.parse(bytes);
            if (root == null || !KIND.equals(root.path("statement").asString(""))) {
                return null;
            }
            return new ReleaseStatement(text(root, "exportId"), text(root, "partner"), text(root, "dataset"),
                    text(root, "runId"), text(root, "manifestSha256"), text(root, "approvedBy"), text(root, "role"),
                    text(root, "login"), text(root, "approvedAt"), text(root, "comment"),
                    text(root, "publicKeySha256"));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(tools.jackson.databind.JsonNode root, String field) {
        var node = root.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
