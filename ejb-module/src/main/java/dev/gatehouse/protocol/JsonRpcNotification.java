package dev.gatehouse.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A notification: a method call that expects no response.
 *
 * @param method the method name, never blank
 * @param params the parameters object, or {@code null}
 */
public record JsonRpcNotification(String method, ObjectNode params) implements JsonRpcMessage {
    public JsonRpcNotification {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("notification method is required");
        }
    }
}
