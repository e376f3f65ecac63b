package fr.vigie.store;

import fr.vigie.model.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** User accounts: roles, password hashes and the failed-login counters behind the lock-out. */
public class AccountRepository {
    private static final String SELECT = """
            SELECT name, role, partner, login, password_hash, enabled, failed_logins, locked_until, created_at,
                   password_changed_at, last_login_at FROM vigie_account""";

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an account; false when the name is already taken. */
    public boolean add(AccountRecord account) {
        try {
            jdbc.sql("""
                    INSERT INTO vigie_account (name, role, partner, login, password_hash, enabled, failed_logins,
                        locked_until, created_at, password_changed_at, last_login_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(account.name(), account.role().name(), account.partner(), account.login().name(),
                            account.passwordHash(), account.enabled(), account.failedLogins(),
                            RunRepository.timestamp(account.lockedUntil()),
                            RunRepository.timestamp(account.createdAt()),
                            RunRepository.timestamp(account.passwordChangedAt()),
                            RunRepository.timestamp(account.lastLoginAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<AccountRecord> find(String name) {
        return jdbc.sql(SELECT + " WHERE name = ?").param(name).query(AccountRepository::account).optional();
    }

    /** Every account, by name. */
    public List<AccountRecord> list() {
        return jdbc.sql(SELECT + " ORDER BY name").query(AccountRepository::account).list();
    }

    /** Records a failed login: the new consecutive count, and the lock-out end when one starts (else null). */
    public void failedLogin(String name, int failedLogins, Instant lockedUntil) {
        jdbc.sql("UPDATE vigie_account SET failed_logins = ?, locked_until = COALESCE(?, locked_until) WHERE name = ?")
                .params(failedLogins, RunRepository.timestamp(lockedUntil), name).update();
    }

    /** Records a successful login: the failure count and any lock-out are cleared. */
    public void succeededLogin(String name, Instant at) {
        jdbc.sql("UPDATE vigie_account SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE name = ?")
                .params(RunRepository.timestamp(at), name).update();
    }

    /** Enables or disables an account; false when there is no such account. */
    public boolean setEnabled(String name, boolean enabled) {
        return jdbc.sql("UPDATE vigie_account SET enabled = ? WHERE name = ?").params(enabled, name).update() == 1;
    }

    /** Replaces a password and lifts any lock-out; false when there is no such account. */
    public boolean setPassword(String name, String passwordHash, Instant at) {
        return jdbc.sql("UPDATE vigie_account SET password_hash = ?, password_changed_at = ?, failed_logins = 0,"
                + " locked_until = NULL WHERE name = ?")
                .params(passwordHash, RunRepository.timestamp(at), name).update() == 1;
    }

    /** Lifts a lock-out and clears the failure count; false when there is no such account. */
    public boolean unlock(String name) {
        return jdbc.sql("UPDATE vigie_account SET failed_logins = 0, locked_until = NULL WHERE name = ?")
                .param(name).update() == 1;
    }

    private static AccountRecord account(ResultSet rs, int rowNum) throws SQLException {
        return new AccountRecord(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                AccountLogin.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                RunRepository.instant(rs, 8), RunRepository.instant(rs, 9), RunRepository.instant(rs, 10),
                RunRepository.instant(rs, 11));
    }
}
