package dev.gatehouse.web.mcp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;

/**
 * Transport configuration (MicroProfile Config).
 *
 * @param maxBodyBytes   the largest POST body accepted ({@code gatehouse.mcp.max-body-bytes}, default 4 MiB)
 * @param allowedOrigins extra origins allowed besides the request's own host and loopback
 *                       ({@code gatehouse.mcp.allowed-origins}, comma separated, e.g. {@code https://app.example.com})
 */
public record McpHttpSettings(long maxBodyBytes, List<String> allowedOrigins) {
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

    public McpHttpSettings {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("gatehouse.mcp.max-body-bytes must be at least 1024");
        }
        allowedOrigins = Objects.requireNonNull(allowedOrigins).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(McpHttpSettings::normalise).toList();
    }

    static McpHttpSettings read(Config config) {
        return new McpHttpSettings(
                config.getOptionalValue("gatehouse.mcp.max-body-bytes", Long.class).orElse(DEFAULT_MAX_BODY_BYTES),
                config.getOptionalValue("gatehouse.mcp.allowed-origins", String.class)
                        .map(v -> List.of(v.split(","))).orElse(List.of()));
    }

    static String normalise(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
