package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredPolicy;
import java.time.LocalDateTime;

/** One policy with its current version's source, hash and author. Times are UTC. */
public record PolicyDetails(String name, boolean enabled, int version, String source, String sha256, String author,
                            LocalDateTime createdAt, LocalDateTime updatedAt) {
    static PolicyDetails of(StoredPolicy p) {
        return new PolicyDetails(p.name(), p.enabled(), p.version(), p.source(), p.sha256(), p.author(),
                p.createdAt(), p.updatedAt());
    }
}
