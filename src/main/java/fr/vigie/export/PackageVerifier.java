package fr.vigie.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks an export package as a partner would: the manifest's Ed25519 signature, the size and
 * SHA-256 of every data file, and that the folder holds exactly the files the manifest lists, plus, in a
 * released package, the signed {@link ReleaseStatement} of its approval.
 */
public final class PackageVerifier {
    private PackageVerifier() {
    }

    /**
     * Verifies {@code packageDir}.
     *
     * @param key the authority's public key; if null, the first {@value Keys#PUBLIC_KEY_FILE}
     *     found in the package's parent folders (e.g. the partner's outbox) is used
     */
    public static Verification verify(Path packageDir, PublicKey key) {
        List<Verification.Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(packageDir)) {
            problems.add(new Verification.Problem(packageDir.toString(), "not a package folder"));
            return new Verification(packageDir, false, problems, -1, null, null, null, null, null);
        }
        PublicKey publicKey = key != null ? key : findPublicKey(packageDir, problems);
        byte[] manifestBytes = read(packageDir, Manifest.FILE, problems);
        byte[] signatureText = read(packageDir, Manifest.SIGNATURE_FILE, problems);
        if (manifestBytes != null && signatureText != null && publicKey != null) {
            checkSignature(manifestBytes, signatureText, publicKey, Manifest.FILE, Manifest.SIGNATURE_FILE, problems);
        }
        JsonNode manifest = manifestBytes == null ? null : parse(manifestBytes, problems);
        Set<String> listed = new HashSet<>(Set.of(Manifest.FILE, Manifest.SIGNATURE_FILE));
        if (manifest != null) {
            checkResources(packageDir, manifest, listed, problems);
        }
        Verification.Identity identity = manifest == null ? null : new Verification.Identity(
                text(manifest, "partner"), text(manifest, "dataset"), text(manifest, "runId"));
        ReleaseStatement release = releaseIfAny(packageDir, manifestBytes, identity, publicKey, listed, problems);
        checkNoExtraFiles(packageDir, listed, problems);
        String fingerprint = publicKey == null ? null : Signer.fingerprint(publicKey);
        return new Verification(packageDir, problems.isEmpty(), problems,
                manifest == null ? -1 : manifest.path("rows").asLong(-1),
                manifest == null ? null : manifest.get("provenance"), fingerprint,
                manifestBytes == null ? null : Sha256.hex(manifestBytes), identity, release);
    }

    /** A released package holds the release statement and its signature, listed then as expected files. */
    private static ReleaseStatement releaseIfAny(Path packageDir, byte[] manifestBytes, Verification.Identity identity,
            PublicKey publicKey, Set<String> listed, List<Verification.Problem> problems) {
        if (!Files.exists(packageDir.resolve(ReleaseStatement.FILE))
                && !Files.exists(packageDir.resolve(ReleaseStatement.SIGNATURE_FILE))) {
            return null;
        }
        listed.addAll(Set.of(ReleaseStatement.FILE, ReleaseStatement.SIGNATURE_FILE));
        return checkRelease(packageDir, manifestBytes, identity, publicKey, problems);
    }

    private static String text(JsonNode manifest, String field) {
        JsonNode value = manifest.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** The release statement, when its signature holds and it names this very package; null otherwise. */
    private static ReleaseStatement checkRelease(Path dir, byte[] manifestBytes, Verification.Identity identity,
            PublicKey key, List<Verification.Problem> problems) {
        byte[] statement = read(dir, ReleaseStatement.FILE, problems);
        byte[] signature = read(dir, ReleaseStatement.SIGNATURE_FILE, problems);
        if (statement == null || signature == null || key == null) {
            return null;
        }
        int before = problems.size();
        checkSignature(statement, signature, key, ReleaseStatement.FILE, ReleaseStatement.SIGNATURE_FILE, problems);
        ReleaseStatement release = ReleaseStatement.parse(statement);
        if (release == null) {
            problems.add(new Verification.Problem(ReleaseStatement.FILE, "not a Vigie release statement"));
            return null;
        }
        checkNamesThisPackage(release, manifestBytes, identity, problems);
        return problems.size() == before ? release : null;
    }

    private static void checkNamesThisPackage(ReleaseStatement release, byte[] manifestBytes,
            Verification.Identity identity, List<Verification.Problem> problems) {
        if (manifestBytes != null && !Sha256.hex(manifestBytes).equalsIgnoreCase(String.valueOf(release.manifestSha256()))) {
            problems.add(new Verification.Problem(ReleaseStatement.FILE,
                    "approves another manifest than this package's " + Manifest.FILE));
        }
        if (identity != null && !(Objects.equals(identity.partner(), release.partner())
                && Objects.equals(identity.dataset(), release.dataset())
                && Objects.equals(identity.runId(), release.runId()))) {
            problems.add(new Verification.Problem(ReleaseStatement.FILE,
                    "names another partner, dataset or run than the manifest"));
        }
    }

    private static PublicKey findPublicKey(Path packageDir, List<Verification.Problem> problems) {
        for (Path dir = packageDir.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Keys.PUBLIC_KEY_FILE);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Keys.readPublicKey(candidate);
                } catch (RuntimeException e) {
                    problems.add(new Verification.Problem(candidate.toString(), "not an Ed25519 public key"));
                    return null;
                }
            }
        }
        problems.add(new Verification.Problem(Manifest.SIGNATURE_FILE,
                "no public key to check the signature with (give the authority's " + Keys.PUBLIC_KEY_FILE + ")"));
        return null;
    }

    private static byte[] read(Path dir, String name, List<Verification.Problem> problems) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(new Verification.Problem(name, "missing"));
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Verification.Problem(name, "cannot be read"));
            return null;
        }
    }

    private static void checkSignature(byte[] signed, byte[] signatureText, PublicKey key, String file,
            String signatureFile, List<Verification.Problem> problems) {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(signatureText);
        } catch (IllegalArgumentException e) {
            problems.add(new Verification.Problem(signatureFile, "not a base64 signature"));
            return;
        }
        if (!Signer.verify(key, signed, signature)) {
            problems.add(new Verification.Problem(file, "signature in " + signatureFile
                    + " does not match: the file or its signature was altered, or another key signed it"));
        }
    }

    private static JsonNode parse(byte[] manifest, List<Verification.Problem> problems) {
        try {
            JsonNode root = Manifest.parse(manifest);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JacksonException e) {
            // reported below
        }
        problems.add(new Verification.Problem(Manifest.FILE, "not a JSON data package descriptor"));
        return null;
    }

    private static void checkResources(Path dir, JsonNode manifest, Set<String> listed,
            List<Verification.Problem> problems) {
        JsonNode resources = manifest.path("resources");
        if (!resources.isArray() || resources.isEmpty()) {
            problems.add(new Verification.Problem(Manifest.FILE, "lists no resource"));
            return;
        }
        for (JsonNode resource : resources) {
            String name = resource.path("path").asString("");
            if (!isPlainFileName(name)) {
                problems.add(new Verification.Problem(Manifest.FILE, "resource path outside the package: " + name));
                continue;
            }
            listed.add(name);
            checkFile(dir.resolve(name), name, resource, problems);
        }
    }

    private static void checkFile(Path file, String name, JsonNode resource, List<Verification.Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Verification.Problem(name, "missing"));
            return;
        }
        String expected = resource.path("hash").asString("");
        if (!expected.startsWith("sha256:")) {
            problems.add(new Verification.Problem(name, "the manifest gives no sha256 hash"));
            return;
        }
        try {
            long bytes = Files.size(file);
            if (resource.has("bytes") && resource.get("bytes").asLong() != bytes) {
                problems.add(new Verification.Problem(name, "size differs from the manifest (tampered or truncated)"));
            } else if (!expected.substring("sha256:".length()).equalsIgnoreCase(Sha256.hex(file))) {
                problems.add(new Verification.Problem(name, "SHA-256 differs from the manifest (tampered)"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Verification.Problem(name, "cannot be read"));
        }
    }

    private static boolean isPlainFileName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals(".")
                && !name.equals("..");
    }

    private static void checkNoExtraFiles(Path dir, Set<String> listed, List<Verification.Problem> problems) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(path -> path.getFileName().toString())
                    .filter(name -> !listed.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new Verification.Problem(name, "extra file not in the manifest")));
        } catch (IOException e) {
            problems.add(new Verification.Problem(dir.toString(), "cannot list the package folder"));
        }
    }
}
