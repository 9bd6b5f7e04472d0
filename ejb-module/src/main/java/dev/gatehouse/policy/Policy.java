package dev.gatehouse.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A stored policy, the aggregate of its version history: its current source, the number of
 * its current version and its enabled flag. {@link #revise} is the only way the source
 * changes; it reports whether the source differs, and only then does the store write a new
 * {@link PolicyVersion}. Timestamps are UTC.
 */
@Entity
@Table(name = "POLICY")
public class Policy {
    public static final int MAX_SOURCE = 32000;

    @Id
    @Column(name = "NAME", length = 128)
    private String name;

    @Column(name = "SOURCE", length = MAX_SOURCE, nullable = false)
    private String source;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CURRENT_VERSION", nullable = false)
    private int currentVersion;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    protected Policy() {
        // for JPA
    }

    /** A new policy at version 1. */
    public Policy(String name, String source, boolean enabled) {
        this.name = Objects.requireNonNull(name, "policy name is required");
        this.source = Objects.requireNonNull(source, "policy source is required");
        this.enabled = enabled;
        this.currentVersion = 1;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /**
     * Takes a new source.
     *
     * @return whether it differs from the current one (and the version number advanced)
     */
    public boolean revise(String newSource) {
        Objects.requireNonNull(newSource, "policy source is required");
        if (newSource.equals(source)) {
            return false;
        }
        source = newSource;
        currentVersion++;
        updatedAt = now();
        return true;
    }

    /** @return whether the flag changed */
    public boolean enabled(boolean flag) {
        if (enabled == flag) {
            return false;
        }
        enabled = flag;
        updatedAt = now();
        return true;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public boolean enabled() {
        return enabled;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
