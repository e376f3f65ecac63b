package fr.vigie.identity;

import fr.vigie.model.ExitCode;
import fr.vigie.model.Role;
import fr.vigie.model.VigieException;
import fr.vigie.store.AccountLogin;
import fr.vigie.store.AccountRecord;
import fr.vigie.store.AccountRepository;
import fr.vigie.store.AuditLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Local accounts and signing in. Every login, success or failure, is written to the audit log, never
 * with the password; a failure for a name that is no account does not record the typed name either (it
 * may be a password typed in the wrong field). Consecutive failures lock an account ({@link LoginLimits}).
 */
public class Accounts {
    /** Lower-case letters, digits, '.', '_', '-' and '@' (an e-mail address is a fine name). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final AccountRepository repository;
    private final AuditLog audit;
    private final LoginLimits limits;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private volatile String decoyHash;

    public Accounts(AccountRepository repository, AuditLog audit, LoginLimits limits, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    public LoginLimits limits() {
        return limits;
    }

    /**
     * Creates an account. A {@link AccountLogin#PASSWORD} account needs a password that passes
     * {@link PasswordRules}; an {@link AccountLogin#OS_USER} account has none and is named after the
     * operating-system user it maps. A {@link Role#PARTNER} account needs its partner id, and only it.
     */
    public AccountRecord add(String name, Role role, String partner, AccountLogin login, CharSequence password,
            String by) {
        checkName(name);
        checkRoleFitsLogin(role, partner, login);
        String hash = null;
        if (login == AccountLogin.PASSWORD) {
            PasswordRules.check(name, password);
            hash = encoder.encode(password);
        }
        Instant now = clock.instant();
        AccountRecord account = new AccountRecord(name, role, partner, login, hash, true, 0, null, now,
                hash == null ? null : now, null);
        if (!repository.add(account)) {
            throw usage("account " + name + " already exists (see vigie users list)");
        }
        audit.append(by, "ACCOUNT_CREATED", subject(name), role + (partner == null ? "" : " of partner " + partner)
                + ", login " + login);
        return account;
    }

    /** A partner id for a PARTNER account and for it only; a partner signs in with a password. */
    private static void checkRoleFitsLogin(Role role, String partner, AccountLogin login) {
        if (role == Role.PARTNER && (partner == null || !PARTNER.matcher(partner).matches())) {
            throw usage("a PARTNER account needs its partner id (--partner ID: letters, digits, '.', '_', '-')");
        }
        if (role != Role.PARTNER && partner != null) {
            throw usage("only a PARTNER account is tied to a partner (--partner)");
        }
        if (login == AccountLogin.OS_USER && role == Role.PARTNER) {
            throw usage("a partner signs in to the console with a password, not as an operating-system user");
        }
    }

    public List<AccountRecord> list() {
        return repository.list();
    }

    public Optional<AccountRecord> find(String name) {
        return repository.find(name);
    }

    public void disable(String name, String by) {
        require(repository.setEnabled(name, false), name);
        audit.append(by, "ACCOUNT_DISABLED", subject(name), null);
    }

    public void enable(String name, String by) {
        require(repository.setEnabled(name, true), name);
        audit.append(by, "ACCOUNT_ENABLED", subject(name), null);
    }

    /** Sets a new password (it also lifts a lock-out). */
    public void resetPassword(String name, CharSequence password, String by) {
        AccountRecord account = existing(name);
        if (account.login() != AccountLogin.PASSWORD) {
            throw usage("account " + name + " signs in as an operating-system user: it has no password");
        }
        PasswordRules.check(name, password);
        repository.setPassword(name, encoder.encode(password), clock.instant());
        audit.append(by, "PASSWORD_RESET", subject(name), null);
    }

    /** Lifts a lock-out without changing the password. */
    public void unlock(String name, String by) {
        require(repository.unlock(name), name);
        audit.append(by, "ACCOUNT_UNLOCKED", subject(name), null);
    }

    /**
     * Signs in with a password.
     *
     * @param channel where the attempt comes from, for the audit log (e.g. {@code web from 127.0.0.1})
     */
    public LoginResult authenticate(String name, CharSequence password, String channel) {
        Optional<AccountRecord> found = name == null ? Optional.empty()
                : repository.find(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            // Same work as for a real account, so that timing does not tell which names exist.
            encoder.matches(password, decoyHash());
            audit.append("unknown", "LOGIN_FAILED", "account/?", "a name that is no account (not recorded: it may"
                    + " be a password typed in the wrong field), " + channel);
            return LoginResult.refused(LoginFailure.UNKNOWN_USER);
        }
        AccountRecord account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            encoder.matches(password, decoyHash());
            return refuse(account, LoginFailure.LOCKED, "locked until " + account.lockedUntil() + ", " + channel);
        }
        if (account.login() != AccountLogin.PASSWORD) {
            return refuse(account, LoginFailure.WRONG_METHOD, "an operating-system account has no password, " + channel);
        }
        if (!encoder.matches(password, account.passwordHash())) {
            return refuseBadPassword(account, now, channel);
        }
        if (!account.enabled()) {
            return refuse(account, LoginFailure.DISABLED, "account disabled, " + channel);
        }
        return succeed(account, LoginMethod.PASSWORD, channel);
    }

    /** Counts the failure, and locks the account when it is one too many. */
    private LoginResult refuseBadPassword(AccountRecord account, Instant now, String channel) {
        LoginLimits.Failure failure = limits.afterFailure(account.failedLogins(), account.lockedUntil(), now);
        repository.failedLogin(account.name(), failure.failures(), failure.lockedUntil());
        LoginResult refused = refuse(account, LoginFailure.BAD_PASSWORD, "bad password (" + failure.failures()
                + " of " + limits.maxFailures() + "), " + channel);
        if (failure.lockedUntil() != null) {
            audit.append(account.name(), "ACCOUNT_LOCKED", subject(account.name()), failure.failures()
                    + " failed logins: locked until " + failure.lockedUntil());
        }
        return refused;
    }

    /** Signs in as the operating-system user {@code osUser}, which must have an enabled OS_USER account. */
    public LoginResult authenticateOsUser(String osUser, String channel) {
        Optional<AccountRecord> found = repository.find(osUser);
        if (found.isEmpty() || found.get().login() != AccountLogin.OS_USER) {
            audit.append("os:" + osUser, "LOGIN_FAILED", subject(osUser), "no operating-system account for this"
                    + " user, " + channel);
            return LoginResult.refused(found.isEmpty() ? LoginFailure.UNKNOWN_USER : LoginFailure.WRONG_METHOD);
        }
        if (!found.get().enabled()) {
            return refuse(found.get(), LoginFailure.DISABLED, "account disabled, " + channel);
        }
        return succeed(found.get(), LoginMethod.OS_USER, channel);
    }

    /** Records a sign-in through the identity provider (the provider checked the credentials). */
    public void recordProviderLogin(AuthenticatedUser user, String channel) {
        audit.append(user.name(), "LOGIN_SUCCEEDED", subject(user.name()), user.role() + " via " + user.method()
                + ", " + channel);
    }

    /** Records a refused sign-in through the identity provider; {@code reason} names no secret. */
    public void recordProviderFailure(String name, String reason, String channel) {
        audit.append(name == null ? "unknown" : name, "LOGIN_FAILED", name == null ? "account/?" : subject(name),
                reason + ", " + channel);
    }

    /** Records a sign-out. */
    public void recordLogout(AuthenticatedUser user, String channel) {
        audit.append(user.name(), "LOGOUT", subject(user.name()), channel);
    }

    private LoginResult succeed(AccountRecord account, LoginMethod method, String channel) {
        repository.succeededLogin(account.name(), clock.instant());
        audit.append(account.name(), "LOGIN_SUCCEEDED", subject(account.name()), account.role() + " via " + method
                + ", " + channel);
        return LoginResult.success(new AuthenticatedUser(account.name(), account.role(), account.partner(), method));
    }

    private LoginResult refuse(AccountRecord account, LoginFailure failure, String details) {
        audit.append(account.name(), "LOGIN_FAILED", subject(account.name()), failure + ": " + details);
        return LoginResult.refused(failure);
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            hash = encoder.encode(HexFormat.of().formatHex(random));
            decoyHash = hash;
        }
        return hash;
    }

    private AccountRecord existing(String name) {
        return repository.find(name).orElseThrow(() -> usage("no account " + name + " (see vigie users list)"));
    }

    private static void require(boolean found, String name) {
        if (!found) {
            throw usage("no account " + name + " (see vigie users list)");
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw usage("an account name is 2 to 64 lower-case letters, digits, '.', '_', '-' or '@',"
                    + " starting with a letter or digit");
        }
    }

    static String subject(String name) {
        return "account/" + name;
    }

    private static VigieException usage(String message) {
        return new VigieException(ExitCode.BAD_CONFIGURATION, message);
    }
}
