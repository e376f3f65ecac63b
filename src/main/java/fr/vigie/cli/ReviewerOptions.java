package fr.vigie.cli;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.identity.LoginFailure;
import fr.vigie.identity.LoginResult;
import fr.vigie.identity.OperatingSystemUser;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import picocli.CommandLine.Option;

/**
 * Who decides, for {@code approve} and {@code reject}: a local account whose password is asked (or read
 * from standard input), or else the operating-system user running the command when an OS_USER account
 * maps it to a role ({@code vigie users add NAME --role DPO --os-user}). A free-text name proves nothing:
 * {@code --by} is refused with what to do instead.
 */
final class ReviewerOptions {
    @Option(names = "--user", paramLabel = "NAME",
            description = {"The local account that decides (see vigie users); its password is asked on the",
                    "terminal, or read from the first line of standard input. Without --user: the",
                    "operating-system user, if an OS_USER account maps it to a role."})
    String user;

    @Option(names = "--by", hidden = true, paramLabel = "NAME")
    String by;

    /** Signs the reviewer in (audited), or throws with what to do. */
    AuthenticatedUser signIn(Accounts accounts, String command) {
        if (by != null) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "--by no longer decides: a typed name proves"
                    + " nothing. Sign in with --user NAME (a local account: vigie users add NAME --role DPO; its"
                    + " password is asked), or map your operating-system user: vigie users add "
                    + OperatingSystemUser.name().orElse("OSUSER") + " --role DPO --os-user");
        }
        String channel = "cli " + command;
        LoginResult result;
        if (user != null) {
            result = accounts.authenticate(user, Passwords.read("Password for " + user + ": "), channel);
        } else {
            result = signInAsOsUser(accounts, channel);
        }
        if (!result.succeeded()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, result.failure() == LoginFailure.LOCKED
                    ? "sign-in refused: the account is locked after repeated failures (vigie users unlock)"
                    : "sign-in refused: wrong account name or password, or the account is disabled");
        }
        return result.user();
    }

    /** The operating-system user, when an OS_USER account maps it to a role. */
    private static LoginResult signInAsOsUser(Accounts accounts, String channel) {
        String osUser = OperatingSystemUser.name().orElseThrow(() -> new VigieException(
                ExitCode.BAD_CONFIGURATION, "cannot tell the operating-system user here: use --user NAME"));
        LoginResult result = accounts.authenticateOsUser(osUser, channel);
        if (result.failure() == LoginFailure.UNKNOWN_USER || result.failure() == LoginFailure.WRONG_METHOD) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "who decides? Give --user NAME (a local"
                    + " account), or map the operating-system user " + osUser + " to a role: vigie users add "
                    + osUser + " --role DPO --os-user");
        }
        return result;
    }
}
