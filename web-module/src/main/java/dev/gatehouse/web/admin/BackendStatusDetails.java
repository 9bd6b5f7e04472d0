package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.BackendStatus;
import java.time.Instant;

/**
 * A backend connection's live state as the API shows it. {@code state} is one of DISABLED,
 * CONNECTING, READY, DEGRADED, FAILED, or PENDING when the connector has not picked it up yet.
 */
public record BackendStatusDetails(String state, String since, String lastError, String lastErrorAt,
                                   String protocolVersion, JsonNode serverInfo, JsonNode capabilities,
                                   String instructions) {

    static BackendStatusDetails of(BackendStatus s) {
        return new BackendStatusDetails(s.state().name(), text(s.since()), s.lastError(), text(s.lastErrorAt()),
                s.protocolVersion(), s.serverInfo(), s.capabilities(), s.instructions());
    }

    static BackendStatusDetails unknown(boolean enabled) {
        return new BackendStatusDetails(enabled ? "PENDING" : "DISABLED", null, null, null, null, null, null, null);
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
