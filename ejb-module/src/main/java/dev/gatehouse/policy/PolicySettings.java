package dev.gatehouse.policy;

import dev.gatehouse.platform.Durations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * How decisions are made beyond the policies themselves.
 *
 * @param defaultAllow what applies when no policy is enabled ({@code gatehouse.policy.default},
 *                     {@code allow} unless configured)
 * @param timeout      the deadline for evaluating all policies of one decision
 *                     ({@code gatehouse.policy.timeout}, 50 ms)
 * @param maxSteps     the step budget of one policy's evaluation ({@code gatehouse.policy.max-steps}, 100 000)
 */
public record PolicySettings(boolean defaultAllow, Duration timeout, long maxSteps) {
    public static final PolicySettings DEFAULTS = new PolicySettings(true, Duration.ofMillis(50), 100_000);

    public PolicySettings {
        Objects.requireNonNull(timeout, "timeout is required");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("gatehouse.policy.timeout must be positive");
        }
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("gatehouse.policy.max-steps must be positive");
        }
    }

    /** Parses {@code allow} or {@code deny}. */
    public static boolean parseDefault(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "allow" -> true;
            case "deny" -> false;
            default -> throw new IllegalArgumentException("gatehouse.policy.default must be allow or deny, not '" + value + "'");
        };
    }

    /** Parses a {@link Durations} value; a bare number is milliseconds. */
    public static Duration parseDuration(String value) {
        return Durations.parse("gatehouse.policy.timeout", value, ChronoUnit.MILLIS);
    }
}
