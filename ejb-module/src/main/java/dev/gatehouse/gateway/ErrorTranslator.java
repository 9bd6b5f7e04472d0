package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.gateway.catalog.InvalidCursorException;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become the JSON-RPC errors agents see. Anything unexpected
 * becomes a bare "internal error": its detail goes to the log, never to the agent.
 */
public final class ErrorTranslator {
    private static final Logger LOG = Logger.getLogger(ErrorTranslator.class.getName());

    private ErrorTranslator() {
    }

    public static JsonRpcError toError(Throwable failure) {
        Throwable cause = unwrap(failure);
        return switch (cause) {
            case McpException e -> e.error();
            case UnknownTargetException e -> JsonRpcError.of(e.kind() == UnknownTargetException.Kind.RESOURCE
                    ? JsonRpcError.RESOURCE_NOT_FOUND : JsonRpcError.INVALID_PARAMS, e.getMessage());
            case PolicyDeniedException e -> denied(e);
            case UnknownToolException e -> JsonRpcError.of(JsonRpcError.INVALID_PARAMS, e.getMessage());
            case InvalidCursorException e -> JsonRpcError.of(JsonRpcError.INVALID_PARAMS, "invalid cursor: " + e.getMessage());
            case InvalidParamsException e -> JsonRpcError.of(JsonRpcError.INVALID_PARAMS, e.getMessage());
            case TimeoutException e -> JsonRpcError.of(JsonRpcError.BACKEND_TIMEOUT, "the backend did not answer in time");
            default -> {
                LOG.log(Level.WARNING, "internal error while handling an agent request", cause);
                yield JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, "internal error");
            }
        };
    }

    private static JsonRpcError denied(PolicyDeniedException e) {
        ObjectNode data = McpJson.object().put("decision", e.decision().wire());
        ArrayNode reasons = data.putArray("reasons");
        e.decision().reasons().forEach(reasons::add);
        ArrayNode versions = data.putArray("policyVersions");
        e.decision().policyVersions().forEach(versions::add);
        return new JsonRpcError(JsonRpcError.POLICY_DENIED, e.getMessage(), data);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
