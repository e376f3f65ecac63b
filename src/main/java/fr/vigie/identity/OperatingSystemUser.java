package fr.vigie.identity;

import java.util.Optional;

/**
 * The operating-system user running this process, as the kernel knows it (the real user id's name),
 * not {@code $USER} or {@code user.name}, which whoever starts the command can set to anything.
 */
public final class OperatingSystemUser {
    private OperatingSystemUser() {
    }

    /** The user's name, or empty where it cannot be read from the system (not a Unix system). */
    public static Optional<String> name() {
        try {
            return Optional.ofNullable(new com.sun.security.auth.module.UnixSystem().getUsername());
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How the user is named in the audit log when acting without an account (vigie users). */
    public static String actor() {
        return "os:" + name().orElse("unknown");
    }
}
