package dev.gatehouse.web.mcp;

import dev.gatehouse.protocol.JsonRpcError;

/**
 * A request the transport refuses before any method runs: carries the HTTP status and the
 * JSON-RPC error written as the body.
 */
public class McpHttpException extends RuntimeException {
    private final int status;
    private final transient JsonRpcError error;

    public McpHttpException(int status, int code, String message) {
        super(message);
        this.status = status;
        this.error = JsonRpcError.of(code, message);
    }

    public int status() {
        return status;
    }

    public JsonRpcError error() {
        return error;
    }
}
