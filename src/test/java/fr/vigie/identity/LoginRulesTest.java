package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.VigieException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lock-out rule and the password rules, alone. */
class LoginRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private final LoginLimits limits = new LoginLimits(3, Duration.ofMinutes(15));

    @Test
    void theFailureThatReachesTheLimitLocksForTheConfiguredTime() {
        assertThat(limits.afterFailure(0, null, NOW)).isEqualTo(new LoginLimits.Failure(1, null));
        assertThat(limits.afterFailure(1, null, NOW)).isEqualTo(new LoginLimits.Failure(2, null));
        assertThat(limits.afterFailure(2, null, NOW)).isEqualTo(new LoginLimits.Failure(3, NOW.plusSeconds(900)));
    }

    @Test
    void aFailureAfterALockOutEndedStartsANewCount() {
        assertThat(limits.afterFailure(3, NOW.minusSeconds(1), NOW)).isEqualTo(new LoginLimits.Failure(1, null));
    }

    @Test
    void limitsComeFromTheVariablesAndABadValueNamesItsVariable() {
        assertThat(LoginLimits.from(Map.of(LoginLimits.MAX_FAILURES_VARIABLE, "10",
                LoginLimits.LOCK_MINUTES_VARIABLE, "60")::get)).isEqualTo(new LoginLimits(10, Duration.ofMinutes(60)));
        assertThat(LoginLimits.from(Map.<String, String>of()::get)).isEqualTo(LoginLimits.defaults());
        assertThatThrownBy(() -> LoginLimits.from(Map.of(LoginLimits.MAX_FAILURES_VARIABLE, "0")::get))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(LoginLimits.MAX_FAILURES_VARIABLE);
    }

    @Test
    void passwordsAreLongNotTheNameAndFitBcrypt() {
        assertThatCode(() -> PasswordRules.check("dpo", "Relecture-AIPD-2026")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRules.check("dpo", "court")).isInstanceOf(VigieException.class)
                .hasMessageContaining("12 characters").hasMessageNotContaining("court");
        assertThatThrownBy(() -> PasswordRules.check("montpellier", "Montpellier-2026"))
                .hasMessageContaining("account name");
        assertThatThrownBy(() -> PasswordRules.check("dpo", "aaaaaaaaaaaaaaaa")).hasMessageContaining("different");
        assertThatThrownBy(() -> PasswordRules.check("dpo", "é".repeat(40))).hasMessageContaining("72 bytes");
    }
}
