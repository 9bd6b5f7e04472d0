package dev.gatehouse.console.agents;

import dev.gatehouse.identity.ApiKeyDescription;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One API key of an agent as the keys table shows it (never the key). A revoked key is deleted
 * by the registry, so a listed key is either active or expired.
 */
public record KeyRow(String id, boolean preset, LocalDateTime createdAt, LocalDateTime expiresAt,
                     LocalDateTime lastUsedAt, boolean active) implements Serializable {

    static KeyRow of(ApiKeyDescription key, LocalDateTime nowUtc) {
        return new KeyRow(key.id(), key.preset(), key.createdAt(), key.expiresAt(), key.lastUsedAt(), active(key, nowUtc));
    }

    static boolean active(ApiKeyDescription key, LocalDateTime nowUtc) {
        return key.expires().map(nowUtc::isBefore).orElse(true);
    }
}
