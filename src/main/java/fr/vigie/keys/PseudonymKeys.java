package fr.vigie.keys;

import fr.vigie.store.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pseudonymisation key per partner, so that two partners cannot link their exports. Keys live in
 * the key folder (outside the project tree, see {@code VigieSettings}); the first run for a partner
 * creates its key, says where, and records it in the audit log.
 */
public final class PseudonymKeys {
    private static final Logger LOG = LoggerFactory.getLogger(PseudonymKeys.class);
    private static final int KEY_BYTES = 32;

    private PseudonymKeys() {
    }

    /** Where a partner's key lives. */
    public static Path file(Path keyDir, String partner) {
        return keyDir.resolve("pseudonym-" + partner + ".key");
    }

    /** A partner's key, and whether this call created it (callers audit the creation). */
    public record Key(byte[] bytes, Path file, boolean created) {
    }

    /** The pseudonymisation key of a partner, created on first use and its creation audited as done by {@code actor}. */
    public static byte[] forPartner(Path keyDir, AuditLog audit, String actor, String partner) {
        Key key = load(keyDir, partner);
        if (key.created()) {
            audit.append(actor, "KEY_CREATED", "key/pseudonym/" + partner,
                    "pseudonymisation key created in " + key.file());
        }
        return key.bytes();
    }

    /** A partner's key, created when missing (the caller audits a creation). */
    public static synchronized Key load(Path keyDir, String partner) {
        Path file = file(keyDir, partner);
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length < KEY_BYTES) {
                    throw new IllegalStateException(file + ": pseudonymisation key is shorter than " + KEY_BYTES
                            + " bytes");
                }
                return new Key(key, file, false);
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            createOwnerOnlyDirectory(file.getParent());
            // Written owner-only from the start, under a unique name, then published without replacing:
            // two processes creating the same partner's key agree on the one that won.
            Path tmp = createOwnerOnlyFile(file.getParent(), file.getFileName() + ".");
            Files.write(tmp, key);
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                if (!java.util.Arrays.equals(Files.readAllBytes(file), key)) {
                    return new Key(Files.readAllBytes(file), file, false);
                }
            } catch (java.nio.file.FileAlreadyExistsException other) {
                Files.deleteIfExists(tmp);
                return new Key(Files.readAllBytes(file), file, false);
            }
            LOG.info("Created the pseudonymisation key of partner {} in {} (keep it secret, back it up)", partner,
                    file);
            return new Key(key, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void createOwnerOnlyDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir); // not a POSIX file system (Windows): the folder's ACLs apply
        }
    }

    private static Path createOwnerOnlyFile(Path dir, String prefix) throws IOException {
        try {
            return Files.createTempFile(dir, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dir, prefix, ".tmp");
        }
    }
}
