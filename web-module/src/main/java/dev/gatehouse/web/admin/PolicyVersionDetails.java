package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredVersion;
import java.time.LocalDateTime;

/** One entry of a policy's version history. Times are UTC. */
public record PolicyVersionDetails(String policy, int version, String source, String sha256, String author,
                                   LocalDateTime createdAt) {
    static PolicyVersionDetails of(StoredVersion v) {
        return new PolicyVersionDetails(v.policy(), v.number(), v.source(), v.sha256(), v.author(), v.createdAt());
    }
}
