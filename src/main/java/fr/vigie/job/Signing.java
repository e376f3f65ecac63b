package fr.vigie.job;

import fr.vigie.export.Keys;
import fr.vigie.export.Signer;
import fr.vigie.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The authority's signing key, created on first use in the key folder and audited. */
final class Signing {
    private static final Logger LOG = LoggerFactory.getLogger(Signing.class);

    private Signing() {
    }

    static Signer signer(RunContext run) {
        return signer(run.settings(), run.audit());
    }

    /** The signer of export manifests and audit checkpoints; a key pair created here is audited. */
    static Signer signer(VigieSettings settings, AuditLog audit) {
        Keys.KeyMaterial keys = Keys.loadOrCreate(settings.keyDir());
        if (keys.created()) {
            LOG.info("Created the authority's signing key in {}; give partners the public key {}",
                    settings.keyDir(), keys.publicKeyFile());
            audit.append(RunContext.PIPELINE, "KEY_CREATED", "key/signing",
                    "Ed25519 signing key created in " + settings.keyDir());
        }
        return keys.signer();
    }

    /** The authority's public key, to verify its own packages before release. */
    static java.security.PublicKey publicKey(VigieSettings settings) {
        return Keys.loadOrCreate(settings.keyDir()).publicKey();
    }
}
