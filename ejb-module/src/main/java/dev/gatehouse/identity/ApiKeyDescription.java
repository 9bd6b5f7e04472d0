package dev.gatehouse.identity;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What may be shown of an API key: never the key or its hash. Times are UTC.
 *
 * @param lastUsedAt recorded at most once a minute, or {@code null} when never used
 * @param expiresAt  {@code null} when the key does not expire
 */
public record ApiKeyDescription(String id, String agent, boolean preset, LocalDateTime createdAt,
                                LocalDateTime lastUsedAt, LocalDateTime expiresAt) {
    public Optional<LocalDateTime> lastUsed() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<LocalDateTime> expires() {
        return Optional.ofNullable(expiresAt);
    }
}
