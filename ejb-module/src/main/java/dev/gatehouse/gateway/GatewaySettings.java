package dev.gatehouse.gateway;

import dev.gatehouse.gateway.catalog.NamingMode;
import java.time.Duration;
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
     * Reads a duration: ISO-8601 ({@code PT30M}) or a number with a unit ({@code 90s},
     * {@code 30m}, {@code 2h}); a bare number means seconds.
     */
    public static Duration parseDuration(String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("p")) {
            return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
        }
        char unit = text.charAt(text.length() - 1);
        String digits = Character.isDigit(unit) ? text : text.substring(0, text.length() - 1).trim();
        long amount = Long.parseLong(digits);
        return switch (unit) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 's' -> Duration.ofSeconds(amount);
            default -> {
                if (!Character.isDigit(unit)) {
                    throw new IllegalArgumentException("unknown duration unit in '" + value + "'");
                }
                yield Duration.ofSeconds(amount);
            }
        };
    }
}
