package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one backend connection's state, as the admin API and console show it.
 *
 * @param state           where the connection stands
 * @param since           when it entered this state
 * @param lastError       the last failure, redacted, or {@code null}
 * @param lastErrorAt     when that failure happened, or {@code null}
 * @param protocolVersion the negotiated protocol revision, or {@code null} before initialize
 * @param serverInfo      the backend's {@code serverInfo}, or {@code null}
 * @param capabilities    the backend's {@code capabilities}, or {@code null}
 * @param instructions    the backend's {@code instructions}, or {@code null}
 */
public record BackendStatus(BackendState state, Instant since, String lastError, Instant lastErrorAt,
                            String protocolVersion, JsonNode serverInfo, JsonNode capabilities,
                            String instructions) {
    public BackendStatus {
        Objects.requireNonNull(state, "state is required");
        Objects.requireNonNull(since, "since is required");
    }

    public static BackendStatus of(BackendState state) {
        return new BackendStatus(state, Instant.now(), null, null, null, null, null, null);
    }
}
