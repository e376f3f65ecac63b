package fr.vigie.keys;

import fr.vigie.export.Keys;
import fr.vigie.export.Signer;
import fr.vigie.store.AuditLog;
import java.nio.file.Path;
import java.security.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The authority's signing key, created on first use in the key folder and audited. */
public final class Signing {
    private static final Logger LOG = LoggerFactory.getLogger(Signing.class);

    private Signing() {
    }

    /**
     * The signer of export manifests and audit checkpoints, from the key folder; a key pair created here is
     * audited as done by {@code actor}.
     */
    public static Signer signer(Path keyDir, AuditLog audit, String actor) {
        Keys.KeyMaterial keys = Keys.loadOrCreate(keyDir);
        if (keys.created()) {
            LOG.info("Created the authority's signing key in {}; give partners the public key {}",
                    keyDir, keys.publicKeyFile());
            audit.append(actor, "KEY_CREATED", "key/signing", "Ed25519 signing key created in " + keyDir);
        }
        return keys.signer();
    }

    /** The authority's public key, to verify its own packages before release. */
    public static PublicKey publicKey(Path keyDir) {
        return Keys.loadOrCreate(keyDir).publicKey();
    }
}
