package dev.gatehouse.web.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gatehouse.gateway.AgentRequest;
import dev.gatehouse.gateway.McpDispatcher;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.protocol.ProtocolVersion;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JSON-RPC batches, which exist only in sessions negotiated at 2025-03-26 (later revisions
 * removed them: there a JSON array is {@code -32600}). Every element is handled like a single
 * message; the answer is one JSON array of the responses, or {@code 202} when the batch held
 * only notifications and responses. {@code initialize} may not be batched. The requests of a
 * batch are dispatched side by side, each from a virtual thread of its own, since a routed
 * request may hold the thread that dispatches it until its backend answers.
 */
final class Batches {
    private static final Logger LOG = Logger.getLogger(Batches.class.getName());
    private static final Executor SIDE_BY_SIDE = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("gatehouse-batch-", 0).factory());

    private final McpDispatcher dispatcher;
    private final long timeoutMillis;

    Batches(McpDispatcher dispatcher, long timeoutMillis) {
        this.dispatcher = dispatcher;
        this.timeoutMillis = timeoutMillis;
    }

    private static JsonRpcResponse internalError(JsonRpcRequest request) {
        LOG.log(Level.WARNING, "a batched request failed unexpectedly: {0}", request.method());
        return JsonRpcResponse.failure(request.id(), JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, "internal error"));
    }

    void handle(HttpServletRequest request, HttpServletResponse response, AgentSession session, ArrayNode batch) {
        if (session.version() != ProtocolVersion.V2025_03_26) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.INVALID_REQUEST,
                    "JSON-RPC batches are not supported in protocol " + session.version());
        }
        if (batch.isEmpty()) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.INVALID_REQUEST, "empty batch");
        }
        List<CompletableFuture<JsonRpcResponse>> answers = new ArrayList<>();
        for (JsonNode element : batch) {
            try {
                switch (McpJson.toMessage(element)) {
                    case JsonRpcNotification n -> dispatcher.accept(n, session);
                    case JsonRpcResponse r -> dispatcher.accept(r, session);
                    case JsonRpcRequest r -> answers.add(r.method().equals("initialize")
                            ? CompletableFuture.completedFuture(JsonRpcResponse.failure(r.id(), JsonRpcError.of(
                                    JsonRpcError.INVALID_REQUEST, "initialize must not be part of a batch")))
                            : CompletableFuture.supplyAsync(() -> dispatcher.dispatch(new AgentRequest(r, session, null)),
                                    SIDE_BY_SIDE).thenCompose(answer -> answer).exceptionally(e -> internalError(r)));
                }
            } catch (McpException e) {
                answers.add(CompletableFuture.completedFuture(JsonRpcResponse.failure(null, e.error())));
            }
        }
        if (answers.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(timeoutMillis);
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
            ArrayNode out = McpJson.MAPPER.createArrayNode();
            answers.stream().map(a -> a.getNow(null)).filter(Objects::nonNull).map(McpJson::toTree).forEach(out::add);
            try {
                McpServlet.writeJson((HttpServletResponse) async.getResponse(), HttpServletResponse.SC_OK, out);
            } catch (IOException io) {
                LOG.log(Level.FINE, "could not write a batch answer", io);
            } finally {
                async.complete();
            }
        });
    }
}
