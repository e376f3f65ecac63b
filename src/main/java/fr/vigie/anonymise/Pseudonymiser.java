package fr.vigie.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA256 of the UTF-8 value under a key specific to one partner, so that a partner
 * cannot recompute them and two partners cannot link their exports. A pseudonym is the first
 * {@value #BYTES} bytes of the MAC in unpadded base64url: {@value #LENGTH} characters (128 bits, collisions
 * negligible below billions of values). The empty (missing) value stays empty.
 */
public final class Pseudonymiser {
    /** Bytes of the MAC kept. */
    public static final int BYTES = 16;
    /** Characters of a pseudonym. */
    public static final int LENGTH = 22;
    private static final int MIN_KEY_BYTES = 16;
    private final Mac mac;

    /** @param key the partner's secret key, at least 16 bytes (the caller reads it from its key file) */
    public Pseudonymiser(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonymisation key of at least " + MIN_KEY_BYTES
                    + " bytes is needed");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The pseudonym of {@code value}. Not thread-safe. */
    public String pseudonym(String value) {
        if (value.isEmpty()) {
            return "";
        }
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
    }
}
