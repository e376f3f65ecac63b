package fr.vigie.job;

import fr.vigie.export.Signer;
import fr.vigie.store.AuditCheckpoint;
import fr.vigie.store.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's head (entry, hash, time) signed with the authority's Ed25519 key, as kept outside the
 * database: one line of JSON, the content of a checkpoint file and of the syslog line. The signature
 * covers {@link #payload()}, a fixed text form, not the JSON (whose spacing may vary).
 *
 * @param publicKeySha256 fingerprint of the key that signed, to tell which key to check with
 * @param signature       base64 Ed25519 signature of {@link #payload()}
 */
record SignedCheckpoint(long seq, String hash, Instant at, String publicKeySha256, String signature) {
    static final String FORMAT = "vigie-audit-checkpoint/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** Signs an entry of the log (the checkpoint's own entry: the head when it was appended). */
    static SignedCheckpoint sign(AuditEntry head, Signer signer) {
        SignedCheckpoint unsigned = new SignedCheckpoint(head.seq(), head.hash(), head.at(), signer.publicKeySha256(),
                "");
        return new SignedCheckpoint(head.seq(), head.hash(), head.at(), signer.publicKeySha256(),
                Base64.getEncoder().encodeToString(signer.sign(unsigned.payload())));
    }

    /** What the signature covers. */
    byte[] payload() {
        return (FORMAT + "\n" + seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    boolean verifies(PublicKey key) {
        try {
            return Signer.verify(key, payload(), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The file this checkpoint is kept in: named by its entry, so that names sort in log order. */
    String fileName() {
        return String.format("checkpoint-%012d.json", seq);
    }

    AuditCheckpoint checkpoint(String source) {
        return new AuditCheckpoint(seq, hash, at, source);
    }

    String toJson() {
        var node = JSON.createObjectNode().put("format", FORMAT).put("seq", seq).put("hash", hash)
                .put("at", at.toString()).put("publicKeySha256", publicKeySha256).put("signature", signature);
        return JSON.writeValueAsString(node);
    }

    /** Reads a checkpoint line; anything else is an {@link IllegalArgumentException} saying what is wrong. */
    static SignedCheckpoint parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text.strip());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (node == null || !FORMAT.equals(node.path("format").asString(""))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        String hash = node.path("hash").asString("");
        if (!node.path("seq").isIntegralNumber() || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("no entry number or hash");
        }
        try {
            return new SignedCheckpoint(node.path("seq").asLong(), hash, Instant.parse(node.path("at").asString("")),
                    node.path("publicKeySha256").asString(""), node.path("signature").asString(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no valid time");
        }
    }
}
