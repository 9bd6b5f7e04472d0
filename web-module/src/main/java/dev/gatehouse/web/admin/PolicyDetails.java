package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredPolicy;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One policy with its current version's source, hash and author. Times are ISO-8601 UTC instants. */
public record PolicyDetails(String name, boolean enabled, int version, String source, String sha256, String author,
                            String createdAt, String updatedAt) {
    static PolicyDetails of(StoredPolicy p) {
        return new PolicyDetails(p.name(), p.enabled(), p.version(), p.source(), p.sha256(), p.author(),
                utc(p.createdAt()), utc(p.updatedAt()));
    }

    private static String utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
