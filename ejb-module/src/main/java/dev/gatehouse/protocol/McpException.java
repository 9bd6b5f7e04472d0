package dev.gatehouse.protocol;

/**
 * The one exception type of the protocol layer: it carries the JSON-RPC error that the agent
 * (or the backend) receives. Typed failures elsewhere are translated into it in one place.
 */
public class McpException extends RuntimeException {
    private final transient JsonRpcError error;

    public McpException(JsonRpcError error) {
        super(error.message());
        this.error = error;
    }

    public McpException(int code, String message) {
        this(JsonRpcError.of(code, message));
    }

    public JsonRpcError error() {
        return error;
    }
}
