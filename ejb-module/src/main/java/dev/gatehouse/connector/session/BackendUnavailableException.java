package dev.gatehouse.connector.session;

import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;

/**
 * A request could not reach the backend: it is not ready, or its connection broke. Agents
 * see {@code BACKEND_UNAVAILABLE} with "backend 'x' is unavailable: reason"; the supervisor
 * keeps just the {@link #reason()} as the status's last error.
 */
public class BackendUnavailableException extends McpException {
    private final String reason;

    public BackendUnavailableException(String backend, String reason) {
        super(JsonRpcError.BACKEND_UNAVAILABLE, "backend '" + backend + "' is unavailable: " + reason);
        this.reason = reason;
    }

    /** Why, without the backend prefix; already redacted. */
    public String reason() {
        return reason;
    }
}
