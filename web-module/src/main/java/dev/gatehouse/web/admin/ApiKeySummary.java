package dev.gatehouse.web.admin;

import dev.gatehouse.identity.ApiKeyDescription;
import java.time.LocalDateTime;

/** An API key without the key: id, times (UTC, RFC 3339), whether the declarative file set it. */
public record ApiKeySummary(String id, String agent, boolean preset, String createdAt, String lastUsedAt,
                            String expiresAt) {

    static ApiKeySummary of(ApiKeyDescription d) {
        return new ApiKeySummary(d.id(), d.agent(), d.preset(), utc(d.createdAt()), utc(d.lastUsedAt()),
                utc(d.expiresAt()));
    }

    private static String utc(LocalDateTime time) {
        return time == null ? null : time.atOffset(java.time.ZoneOffset.UTC).toString();
    }
}
