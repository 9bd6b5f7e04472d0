package dev.gatehouse.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A request: expects exactly one response carrying the same id.
 *
 * @param id     a string or integral number node, never null
 * @param method the method name, never blank
 * @param params the parameters object, or {@code null} when the request carries none
 */
public record JsonRpcRequest(JsonNode id, String method, ObjectNode params) implements JsonRpcMessage {
    public JsonRpcRequest {
        Objects.requireNonNull(id, "request id is required");
        if (!(id.isTextual() || id.isIntegralNumber())) {
            throw new IllegalArgumentException("request id must be a string or an integer");
        }
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("request method is required");
        }
    }
}
