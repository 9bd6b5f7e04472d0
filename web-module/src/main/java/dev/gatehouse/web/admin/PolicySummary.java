package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredPolicy;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A policy in the list: no source. Times are ISO-8601 UTC instants. */
public record PolicySummary(String name, boolean enabled, int version, String sha256, String author,
                            String updatedAt) {
    static PolicySummary of(StoredPolicy p) {
        return new PolicySummary(p.name(), p.enabled(), p.version(), p.sha256(), p.author(), utc(p.updatedAt()));
    }

    private static String utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
