package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;

/**
 * One backend as the rest of the gateway sees it: its status, its current catalog and a way
 * to send it a request. Implementations are thread-safe; the catalog and status are snapshots.
 */
public interface BackendLink {
    String name();

    BackendStatus status();

    /** The last complete catalog; {@link Catalog#EMPTY} until the backend is ready. */
    Catalog catalog();

    /**
     * Sends a request to the backend on behalf of an agent.
     *
     * <p>The returned future completes with the backend's {@code result} unchanged, or
     * exceptionally with a {@link dev.gatehouse.protocol.McpException} (the backend's own
     * JSON-RPC error, or {@code BACKEND_UNAVAILABLE}/{@code BACKEND_TIMEOUT}). Cancelling the
     * future sends {@code notifications/cancelled} to the backend. A {@code _meta.progressToken}
     * in {@code params} is mapped so that the backend's progress reaches {@code agent} with
     * the agent's own token.
     */
    CompletableFuture<JsonNode> call(String method, ObjectNode params, RelayChannel agent);

    /**
     * Sends a notification to the backend on behalf of the agents (for example
     * {@code notifications/roots/list_changed}). Fire and forget: failures are logged by the
     * connection, never thrown. The default does nothing, for links that cannot relay it.
     */
    default void notify(String method, ObjectNode params) {
        // not relayed by this link
    }
}
