package dev.gatehouse.web.admin;

import dev.gatehouse.identity.IssuedApiKey;

/**
 * A key just issued: {@code key} is shown in this response only and never again.
 *
 * @param key the API key to give the agent ({@code Authorization: Bearer <key>})
 */
public record IssuedApiKeyDetails(String id, String agent, String key, String createdAt, String expiresAt) {

    static IssuedApiKeyDetails of(IssuedApiKey issued) {
        ApiKeySummary summary = ApiKeySummary.of(issued.description());
        return new IssuedApiKeyDetails(summary.id(), summary.agent(), issued.token(), summary.createdAt(),
                summary.expiresAt());
    }

    @Override
    public String toString() {
        return "IssuedApiKeyDetails[" + id + "]";
    }
}
