package dev.gatehouse.connector;

import dev.gatehouse.platform.Durations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The connector's tunables (configuration keys {@code gatehouse.backend.*}).
 *
 * @param connectTimeout connecting, the handshake and the first catalog fetch ({@code connect-timeout}, 30 s)
 * @param requestTimeout one request to a backend; progress re-arms it ({@code request-timeout}, 60 s)
 * @param backoffInitial first retry delay after a failure ({@code backoff-initial}, 1 s), doubled each time
 * @param backoffMax     longest retry delay ({@code backoff-max}, 60 s)
 * @param stablePeriod   a connection ready this long resets the backoff ({@code backoff-reset-after}, 60 s)
 * @param stdioGrace     each stdio shutdown step waits this long ({@code stdio-grace}, 2 s)
 */
public record ConnectorSettings(Duration connectTimeout, Duration requestTimeout, Duration backoffInitial,
                                Duration backoffMax, Duration stablePeriod, Duration stdioGrace) {
    public static final ConnectorSettings DEFAULTS = new ConnectorSettings(Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(2));

    public ConnectorSettings {
        for (Duration d : new Duration[] {connectTimeout, requestTimeout, backoffInitial, backoffMax, stablePeriod, stdioGrace}) {
            Objects.requireNonNull(d, "every connector duration is required");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("connector durations must be positive");
            }
        }
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("backoff-max must not be shorter than backoff-initial");
        }
    }

    /**
     * Reads a duration setting: {@code 500ms}, {@code 30s}, {@code 2m}, a bare number of
     * seconds, or ISO-8601 ({@code PT30S}).
     *
     * @throws IllegalArgumentException naming the key when the value is not a duration
     */
    public static Duration duration(String key, String value) {
        return Durations.parse(key, value, ChronoUnit.SECONDS);
    }
}
