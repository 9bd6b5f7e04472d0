package dev.gatehouse.identity;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stored key and the agent it belongs to, as the authenticator checks them.
 *
 * @param hash      SHA-256 of the key
 * @param expiresAt UTC, or {@code null}
 */
public record KeyHolder(String keyId, byte[] hash, LocalDateTime expiresAt, AgentSpec agent) {
    public KeyHolder {
        Objects.requireNonNull(keyId, "key id is required");
        Objects.requireNonNull(hash, "hash is required");
        Objects.requireNonNull(agent, "agent is required");
    }

    public boolean expiredAt(LocalDateTime nowUtc) {
        return expiresAt != null && !nowUtc.isBefore(expiresAt);
    }
}
