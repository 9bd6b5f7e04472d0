package dev.gatehouse.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A response to a request: exactly one of {@code result} and {@code error} is present.
 *
 * @param id     the id of the request answered; a JSON null node only for errors about a
 *               message whose id could not be read
 * @param result the result (any JSON value), or {@code null} for an error response
 * @param error  the error, or {@code null} for a success response
 */
public record JsonRpcResponse(JsonNode id, JsonNode result, JsonRpcError error) implements JsonRpcMessage {
    public JsonRpcResponse {
        if (id == null) {
            id = NullNode.getInstance();
        }
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a response carries either a result or an error");
        }
    }

    public static JsonRpcResponse success(JsonNode id, JsonNode result) {
        return new JsonRpcResponse(id, result, null);
    }

    public static JsonRpcResponse failure(JsonNode id, JsonRpcError error) {
        return new JsonRpcResponse(id, null, error);
    }

    public boolean isError() {
        return error != null;
    }
}
