package fr.vigie.export;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;

/** Signs manifests with the authority's Ed25519 private key (JDK provider, no extra library). */
public final class Signer {
    static final String ALGORITHM = "Ed25519";

    private final KeyPair keys;

    /** A signer for an Ed25519 key pair (see {@link Keys#loadOrCreate}). */
    public Signer(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (!ALGORITHM.equalsIgnoreCase(keys.getPrivate().getAlgorithm())
                && !"EdDSA".equalsIgnoreCase(keys.getPrivate().getAlgorithm())) {
            throw new IllegalArgumentException("an Ed25519 key pair is required");
        }
    }

    /** The raw Ed25519 signature (64 bytes) of {@code data}; deterministic for the same key and data. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** The public key partners verify with. */
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Hex SHA-256 of the X.509 encoding of the public key: a fingerprint to name the key by. */
    public String publicKeySha256() {
        return fingerprint(keys.getPublic());
    }

    /** Hex SHA-256 of the X.509 encoding of {@code key}. */
    public static String fingerprint(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code data} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A malformed signature or a key of another kind is simply not a valid signature.
            return false;
        }
    }
}
