package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.gateway.session.AgentRelay;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.AgentStream;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.McpJson;
import java.util.Objects;

/**
 * One request from an agent as the pipeline sees it.
 *
 * @param message    the JSON-RPC request
 * @param session    the agent session it belongs to (its negotiated revision is the era)
 * @param callStream where messages caused by this request go while it runs (the POST's
 *                   response stream), or {@code null}
 */
public record AgentRequest(JsonRpcRequest message, AgentSession session, AgentStream callStream) {
    public AgentRequest {
        Objects.requireNonNull(message, "message is required");
        Objects.requireNonNull(session, "session is required");
    }

    public String method() {
        return message.method();
    }

    /** The params object, empty when the request carried none. Do not modify it. */
    public ObjectNode params() {
        return message.params() == null ? McpJson.object() : message.params();
    }

    /** The relay for the backend call this request makes. */
    public AgentRelay relay() {
        return new AgentRelay(session, callStream);
    }

    /** A required string parameter. */
    public String text(String field) {
        var node = params().get(field);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new InvalidParamsException(method() + " requires the string parameter '" + field + "'");
        }
        return node.asText();
    }
}
