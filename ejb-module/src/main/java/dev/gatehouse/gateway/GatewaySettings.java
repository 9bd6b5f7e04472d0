package dev.gatehouse.gateway;

import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.platform.Durations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The gateway's configuration (MicroProfile Config keys in brackets).
 *
 * @param naming             how tool and prompt names are exposed ({@code gatehouse.gateway.naming},
 *                           {@code prefixed} or {@code none}; default {@code prefixed})
 * @param pageSize           entries per page of an aggregated list ({@code gatehouse.gateway.page-size}, default 100)
 * @param sessionIdleTimeout when an idle agent session expires ({@code gatehouse.mcp.session-idle-timeout},
 *                           default 30 minutes)
 * @param serverVersion      the {@code serverInfo.version} Gatehouse reports
 */
public record GatewaySettings(NamingMode naming, int pageSize, Duration sessionIdleTimeout, String serverVersion) {
    public static final GatewaySettings DEFAULTS = new GatewaySettings(NamingMode.PREFIXED, 100,
            Duration.ofMinutes(30), "0.1.0");

    public GatewaySettings {
        Objects.requireNonNull(naming, "naming is required");
        Objects.requireNonNull(sessionIdleTimeout, "session idle timeout is required");
        Objects.requireNonNull(serverVersion, "server version is required");
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("gatehouse.gateway.page-size must be between 1 and 10000");
        }
    }

    /**
     * Reads the session idle timeout, a {@link Durations} value; a bare number means seconds.
     */
    public static Duration parseDuration(String value) {
        return Durations.parse("gatehouse.mcp.session-idle-timeout", value, ChronoUnit.SECONDS);
    }
}
