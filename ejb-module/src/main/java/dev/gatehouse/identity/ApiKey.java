package dev.gatehouse.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One API key of an agent, stored as its id and the SHA-256 of the key (never the key).
 * A key is revoked by deleting it. {@code preset} marks keys that come from the declarative file.
 * Times are UTC.
 */
@Entity
@Table(name = "API_KEY")
public class ApiKey {
    @Id
    @Column(name = "ID", length = 32)
    private String id;

    @Column(name = "AGENT", length = 64, nullable = false)
    private String agent;

    @Column(name = "KEY_HASH", length = 64, nullable = false)
    private String keyHash;

    @Column(name = "PRESET", nullable = false)
    private boolean preset;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "LAST_USED_AT")
    private LocalDateTime lastUsedAt;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(String agent, PresentedKey key, boolean preset, LocalDateTime expiresAt) {
        this.id = Objects.requireNonNull(key, "key is required").id();
        this.agent = Objects.requireNonNull(agent, "agent is required");
        this.keyHash = key.hashHex();
        this.preset = preset;
        this.expiresAt = expiresAt;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String agent() {
        return agent;
    }

    public byte[] hash() {
        return PresentedKey.fromHex(keyHash);
    }

    public boolean preset() {
        return preset;
    }

    public Optional<LocalDateTime> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public ApiKeyDescription describe() {
        return new ApiKeyDescription(id, agent, preset, createdAt, lastUsedAt, expiresAt);
    }
}
