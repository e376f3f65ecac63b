package fr.vigie.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pseudonymisation key per partner, so that two partners cannot link their exports. Keys live in
 * the key folder (outside the project tree, see {@link VigieSettings}); the first run for a partner
 * creates its key, says where, and records it in the audit log.
 */
final class PseudonymKeys {
    private static final Logger LOG = LoggerFactory.getLogger(PseudonymKeys.class);
    private static final int KEY_BYTES = 32;

    private PseudonymKeys() {
    }

    static Path file(Path keyDir, String partner) {
        return keyDir.resolve("pseudonym-" + partner + ".key");
    }

    static synchronized byte[] forPartner(RunContext run, String partner) {
        Path file = file(run.settings().keyDir(), partner);
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length < KEY_BYTES) {
                    throw new IllegalStateException(file + ": pseudonymisation key is shorter than " + KEY_BYTES
                            + " bytes");
                }
                return key;
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, key);
            ownerOnly(tmp);
            Files.move(tmp, file);
            LOG.info("Created the pseudonymisation key of partner {} in {} (keep it secret, back it up)", partner,
                    file);
            run.audit().append(RunContext.PIPELINE, "KEY_CREATED", "key/pseudonym/" + partner,
                    "pseudonymisation key created in " + file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): rely on the folder's ACLs.
        }
    }
}
