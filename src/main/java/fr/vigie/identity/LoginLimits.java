package fr.vigie.identity;

import fr.vigie.model.ConfigException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The lock-out rule: after {@code maxFailures} consecutive failed logins an account is refused for
 * {@code lockFor}, even with the right password. A failure after a lock-out has ended starts a new count.
 */
public record LoginLimits(int maxFailures, Duration lockFor) {
    public static final String MAX_FAILURES_VARIABLE = "VIGIE_LOGIN_MAX_FAILURES";
    public static final String LOCK_MINUTES_VARIABLE = "VIGIE_LOGIN_LOCK_MINUTES";

    public LoginLimits {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockFor must be positive");
        }
    }

    /** 5 failures, 15 minutes. */
    public static LoginLimits defaults() {
        return new LoginLimits(5, Duration.ofMinutes(15));
    }

    /** From {@value #MAX_FAILURES_VARIABLE} and {@value #LOCK_MINUTES_VARIABLE}, defaults otherwise. */
    public static LoginLimits from(Function<String, String> variables) {
        LoginLimits defaults = defaults();
        int max = positive(variables, MAX_FAILURES_VARIABLE, defaults.maxFailures());
        int minutes = positive(variables, LOCK_MINUTES_VARIABLE, (int) defaults.lockFor().toMinutes());
        return new LoginLimits(max, Duration.ofMinutes(minutes));
    }

    /** The state after one more failure. */
    public Failure afterFailure(int failuresSoFar, Instant lockedUntil, Instant now) {
        int previous = lockedUntil != null && !lockedUntil.isAfter(now) ? 0 : failuresSoFar;
        int failures = previous + 1;
        return new Failure(failures, failures >= maxFailures ? now.plus(lockFor) : null);
    }

    /** Consecutive failures, and the end of the lock-out this failure starts (null: none starts). */
    public record Failure(int failures, Instant lockedUntil) {
    }

    private static int positive(Function<String, String> variables, String name, int fallback) {
        String value = variables.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(null, name, "must be a whole number of at least 1, not '" + value + "'");
    }
}
