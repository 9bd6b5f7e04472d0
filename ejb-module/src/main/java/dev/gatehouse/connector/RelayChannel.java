package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import java.util.concurrent.CompletableFuture;

/**
 * The agent side of one in-flight call, as the backend connection sees it: where the
 * backend's progress and log notifications go, and who answers the backend's own requests
 * (sampling, elicitation, roots) made while the call runs.
 */
public interface RelayChannel {
    /** Delivers a notification to the agent (progress tokens already mapped back). */
    void notify(String method, ObjectNode params);

    /** Sends a request to the agent and completes with its result or an {@link McpException}. */
    CompletableFuture<JsonNode> request(String method, ObjectNode params);

    /** A channel for calls with no agent behind them (admin API, catalog refresh). */
    static RelayChannel none() {
        return new RelayChannel() {
            @Override
            public void notify(String method, ObjectNode params) {
                // nobody is listening
            }

            @Override
            public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
                return CompletableFuture.failedFuture(new McpException(JsonRpcError.METHOD_NOT_FOUND,
                        "no client is connected to answer " + method));
            }
        };
    }
}
