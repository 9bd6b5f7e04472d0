package dev.gatehouse.web.admin;

import dev.gatehouse.policy.StoredVersion;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One entry of a policy's version history. Times are ISO-8601 UTC instants. */
public record PolicyVersionDetails(String policy, int version, String source, String sha256, String author,
                                   String createdAt) {
    static PolicyVersionDetails of(StoredVersion v) {
        return new PolicyVersionDetails(v.policy(), v.number(), v.source(), v.sha256(), v.author(), utc(v.createdAt()));
    }

    private static String utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
