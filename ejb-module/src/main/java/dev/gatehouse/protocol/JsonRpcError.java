package dev.gatehouse.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error object of a JSON-RPC response. Messages are written for the agent: they never
 * carry stack traces, secrets or internal class names.
 *
 * @param code    the JSON-RPC error code
 * @param message a short human-readable description
 * @param data    optional structured detail, or {@code null}
 */
public record JsonRpcError(int code, String message, JsonNode data) {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** MCP: the resource named in {@code resources/read} does not exist. */
    public static final int RESOURCE_NOT_FOUND = -32002;
    /** Gatehouse: the backend that owns the target is unavailable (failed, connecting, disabled). */
    public static final int BACKEND_UNAVAILABLE = -32010;
    /** Gatehouse: the backend did not answer in time. */
    public static final int BACKEND_TIMEOUT = -32011;
    /** Gatehouse: a policy denied the request. */
    public static final int POLICY_DENIED = -32012;

    public JsonRpcError {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("error message is required");
        }
    }

    public static JsonRpcError of(int code, String message) {
        return new JsonRpcError(code, message, null);
    }
}
