package fr.vigie.job;

import fr.vigie.export.Keys;
import fr.vigie.export.Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The authority's signing key, created on first use in the key folder and audited. */
final class Signing {
    private static final Logger LOG = LoggerFactory.getLogger(Signing.class);

    private Signing() {
    }

    static Signer signer(RunContext run) {
        Keys.KeyMaterial keys = Keys.loadOrCreate(run.settings().keyDir());
        if (keys.created()) {
            LOG.info("Created the authority's signing key in {}; give partners the public key {}",
                    run.settings().keyDir(), keys.publicKeyFile());
            run.audit().append(RunContext.PIPELINE, "KEY_CREATED", "key/signing",
                    "Ed25519 signing key created in " + run.settings().keyDir());
        }
        return keys.signer();
    }

    /** The authority's public key, to verify its own packages before release. */
    static java.security.PublicKey publicKey(VigieSettings settings) {
        return Keys.loadOrCreate(settings.keyDir()).publicKey();
    }
}
