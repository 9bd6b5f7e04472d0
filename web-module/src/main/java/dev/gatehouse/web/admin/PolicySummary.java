package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredPolicy;
import java.time.LocalDateTime;

/** A policy in the list: no source. Times are UTC. */
public record PolicySummary(String name, boolean enabled, int version, String sha256, String author,
                            LocalDateTime updatedAt) {
    static PolicySummary of(StoredPolicy p) {
        return new PolicySummary(p.name(), p.enabled(), p.version(), p.sha256(), p.author(), p.updatedAt());
    }
}
