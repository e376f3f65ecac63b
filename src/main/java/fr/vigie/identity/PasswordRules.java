package fr.vigie.identity;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a password must be. Long rather than complicated (at least {@value #MIN_LENGTH} characters), at
 * most {@value #MAX_BYTES} bytes (BCrypt reads no further), and not the account name.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** Throws a {@link VigieException} (exit 2) saying what is wrong; never echoes the password. */
    public static void check(String accountName, CharSequence password) {
        String text = password.toString();
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            throw refused("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused("a password may have at most " + MAX_BYTES + " bytes in UTF-8 (BCrypt reads no further)");
        }
        if (text.codePoints().distinct().count() < 4) {
            throw refused("a password needs at least 4 different characters");
        }
        if (text.toLowerCase(Locale.ROOT).contains(accountName.toLowerCase(Locale.ROOT))) {
            throw refused("a password must not contain the account name");
        }
        if (!text.equals(text.strip())) {
            throw refused("a password must not start or end with a space");
        }
    }

    private static VigieException refused(String message) {
        return new VigieException(ExitCode.BAD_CONFIGURATION, "password refused: " + message);
    }
}
