package dev.gatehouse.connector.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.connector.transport.Transport;
import dev.gatehouse.connector.transport.TransportException;
import dev.gatehouse.connector.transport.TransportListener;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gatehouse as the MCP client of one backend connection (legacy era): the handshake, the
 * catalog, and every request with its id, timeout, progress mapping and cancellation.
 *
 * <p>Invariants: backend-side ids are unique per session and never the agent's; the agent's
 * progress token never reaches the backend (it sees {@code gatehouse-<id>}) and the backend's
 * progress reaches the agent with the agent's own token; each pending request completes
 * exactly once (result, backend error, timeout, cancellation or connection loss).
 */
public final class ClientSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
    private static final String CLIENT_VERSION = "0.1.0";
    private static final Set<String> RELAYED_REQUESTS = Set.of("sampling/createMessage", "elicitation/create", "roots/list");

    private final String backend;
    private final Transport transport;
    private final Duration requestTimeout;
    private final SessionListener listener;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, PendingCall> pending = new ConcurrentHashMap<>();
    private final Map<String, PendingCall> byToken = new ConcurrentHashMap<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final SessionCatalog catalog;
    private final ThreadFactory threads;
    private volatile Negotiated negotiated;

    public ClientSession(String backend, Transport transport, Duration requestTimeout,
                         ThreadFactory threads, SessionListener listener) {
        this.backend = backend;
        this.transport = transport;
        this.requestTimeout = requestTimeout;
        this.listener = listener;
        this.threads = threads;
        this.catalog = new SessionCatalog(backend, new CatalogFetcher((method, params) -> request(method, params, null)),
                threads, listener, ended::get);
    }

    /**
     * Starts the transport, performs the initialize handshake and fetches the full catalog,
     * all within {@code connectTimeout}.
     *
     * @throws TransportException, HandshakeException or McpException when any step fails
     */
    public Negotiated open(Duration connectTimeout) throws InterruptedException {
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        transport.start(new Incoming());
        JsonNode result = await(send("initialize", Negotiated.initializeParams(CLIENT_VERSION), null, connectTimeout), deadline);
        Negotiated agreed = Negotiated.from(result);
        await(transport.send(new JsonRpcNotification("notifications/initialized", null)), deadline);
        transport.initialized(agreed.version().wire());
        negotiated = agreed;
        Catalog loaded = catalog.load(agreed);
        LOG.log(Level.INFO, "[{0}] initialized over {1}: MCP {2}, {3} tools, {4} resources, {5} templates, {6} prompts",
                new Object[] {backend, transport.flavour(), agreed.version(), loaded.tools().size(), loaded.resources().size(),
                        loaded.resourceTemplates().size(), loaded.prompts().size()});
        return agreed;
    }

    public Negotiated negotiated() {
        return negotiated;
    }

    public Catalog catalog() {
        return catalog.current();
    }

    /** The transport flavour in use ({@code stdio}, {@code streamable-http}, {@code sse}). */
    public String flavour() {
        return transport.flavour();
    }

    /**
     * Sends a request on behalf of an agent ({@code agent} null: nobody to relay to). See {@link dev.gatehouse.connector.BackendLink#call}
     * for the contract of the returned future.
     */
    public CompletableFuture<JsonNode> request(String method, ObjectNode params, RelayChannel agent) {
        return send(method, params, agent == null ? RelayChannel.none() : agent, requestTimeout);
    }

    /** Sends a notification to the backend; a failure is logged, never thrown (the caller has no one to tell). */
    public void notify(String method, ObjectNode params) {
        if (ended.get()) {
            return;
        }
        transport.send(new JsonRpcNotification(method, params == null ? null : params.deepCopy()))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.FINE, "[{0}] could not send {1}: {2}",
                                new Object[] {backend, method, failure.getMessage()});
                    }
                });
    }

    private CompletableFuture<JsonNode> send(String method, ObjectNode params, RelayChannel agent, Duration timeout) {
        long id = ids.incrementAndGet();
        ObjectNode sent = params == null ? null : params.deepCopy();
        JsonNode agentToken = sent == null ? null : sent.path("_meta").get("progressToken");
        String backendToken = agentToken == null || agentToken.isNull() ? null : "gatehouse-" + id;
        if (backendToken != null) {
            ((ObjectNode) sent.get("_meta")).put("progressToken", backendToken);
        }
        PendingCall call = new PendingCall(id, method, agent == null ? RelayChannel.none() : agent, agent != null,
                agentToken, backendToken, timeout);
        if (ended.get()) {
            call.future.completeExceptionally(BackendFailures.unavailable(backend, "the connection is closed"));
            return call.future;
        }
        pending.put(id, call);
        if (backendToken != null) {
            byToken.put(backendToken, call);
        }
        call.future.whenComplete((result, failure) -> {
            pending.remove(id);
            if (backendToken != null) {
                byToken.remove(backendToken);
            }
            call.disarm();
            if (failure instanceof CancellationException) {
                cancel(call, "cancelled by the client");
            }
        });
        call.arm(CallTimers.TIMERS, () -> timedOut(call));
        transport.send(new JsonRpcRequest(LongNode.valueOf(id), method, sent)).whenComplete((ok, failure) -> {
            if (failure != null) {
                call.future.completeExceptionally(BackendFailures.unavailable(backend, BackendFailures.reason(failure)));
            }
        });
        return call.future;
    }

    /** Runs on the one timer thread, which must not wait for the backend: the cancellation is sent from a thread of its own. */
    private void timedOut(PendingCall call) {
        if (call.future.completeExceptionally(BackendFailures.timeout(backend, call.method, call.timeout()))) {
            threads.newThread(() -> cancel(call, "timed out")).start();
        }
    }

    private void cancel(PendingCall call, String reason) {
        LOG.log(Level.FINE, "[{0}] cancelling request {1}: {2}", new Object[] {backend, call.id, reason});
        if (!ended.get()) {
            transport.send(new JsonRpcNotification("notifications/cancelled",
                    McpJson.object().put("requestId", call.id).put("reason", reason)));
        }
    }

    private JsonNode await(CompletableFuture<?> future, long deadline) throws InterruptedException {
        try {
            Object value = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return value instanceof JsonNode node ? node : NullNode.getInstance();
        } catch (ExecutionException e) {
            Throwable cause = BackendFailures.unwrap(e);
            throw cause instanceof RuntimeException r ? r : new TransportException(BackendFailures.reason(cause));
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new TransportException("the backend did not complete the handshake in time");
        }
    }

    /** The in-flight agent call a backend message belongs to: the carrying POST, a _meta hint, else the newest. */
    private PendingCall relatedCall(JsonNode relatedId, ObjectNode params) {
        if (relatedId != null && relatedId.canConvertToLong() && pending.get(relatedId.asLong()) instanceof PendingCall c
                && c.agentFacing) {
            return c;
        }
        JsonNode meta = params == null ? null : params.get("_meta");
        if (meta != null && meta.get("progressToken") != null && byToken.get(meta.get("progressToken").asText()) instanceof PendingCall c) {
            return c;
        }
        return pending.values().stream().filter(c -> c.agentFacing).max((a, b) -> Long.compare(a.id, b.id)).orElse(null);
    }

    private void onResponse(JsonRpcResponse response) {
        JsonNode id = response.id();
        PendingCall call = id.canConvertToLong() || id.isTextual() ? pending.get(id.asLong()) : null;
        if (call == null) {
            LOG.log(Level.FINE, "[{0}] response to unknown request {1}", new Object[] {backend, id});
        } else if (response.isError()) {
            call.future.completeExceptionally(new McpException(response.error()));
        } else {
            call.future.complete(response.result());
        }
    }

    private void onNotification(JsonRpcNotification notification, JsonNode relatedId) {
        ObjectNode params = notification.params();
        switch (notification.method()) {
            case "notifications/progress" -> {
                PendingCall call = params == null ? null : byToken.get(params.path("progressToken").asText());
                if (call != null) {
                    call.arm(CallTimers.TIMERS, () -> timedOut(call));
                    ObjectNode relayed = params.deepCopy();
                    relayed.set("progressToken", call.agentToken);
                    call.channel.notify(notification.method(), relayed);
                }
            }
            case "notifications/message" -> {
                PendingCall call = relatedCall(relatedId, params);
                if (call != null) {
                    call.channel.notify(notification.method(), params);
                } else {
                    LOG.log(Level.FINE, "[{0}] log: {1}", new Object[] {backend, params});
                }
            }
            case "notifications/resources/updated" -> {
                JsonNode uri = params == null ? null : params.get("uri");
                if (uri != null && uri.isTextual()) {
                    listener.resourceUpdated(uri.asText());
                }
            }
            case "notifications/tools/list_changed" -> catalog.markStale(EnumSet.of(CatalogKind.TOOLS));
            case "notifications/resources/list_changed" -> catalog.markStale(EnumSet.of(CatalogKind.RESOURCES, CatalogKind.RESOURCE_TEMPLATES));
            case "notifications/prompts/list_changed" -> catalog.markStale(EnumSet.of(CatalogKind.PROMPTS));
            default -> LOG.log(Level.FINE, "[{0}] ignored notification {1}", new Object[] {backend, notification.method()});
        }
    }

    private void onRequest(JsonRpcRequest request, JsonNode relatedId) {
        if ("ping".equals(request.method())) {
            transport.send(JsonRpcResponse.success(request.id(), McpJson.object()));
            return;
        }
        if (!RELAYED_REQUESTS.contains(request.method())) {
            reply(request, null, new McpException(JsonRpcError.METHOD_NOT_FOUND, "Gatehouse does not handle " + request.method()));
            return;
        }
        PendingCall call = relatedCall(relatedId, request.params());
        if (call == null) {
            reply(request, null, new McpException(JsonRpcError.METHOD_NOT_FOUND,
                    "no agent request is in flight to answer " + request.method()));
            return;
        }
        call.disarm();
        call.channel.request(request.method(), request.params()).whenComplete((result, failure) -> {
            call.arm(CallTimers.TIMERS, () -> timedOut(call));
            reply(request, result, failure);
        });
    }

    private void reply(JsonRpcRequest request, JsonNode result, Throwable failure) {
        if (failure == null) {
            transport.send(JsonRpcResponse.success(request.id(), result == null ? McpJson.object() : result));
        } else {
            JsonRpcError error = BackendFailures.unwrap(failure) instanceof McpException m ? m.error()
                    : JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, BackendFailures.reason(failure));
            transport.send(JsonRpcResponse.failure(request.id(), error));
        }
    }

    private void end(String reason) {
        if (ended.compareAndSet(false, true)) {
            pending.values().forEach(c -> c.future.completeExceptionally(BackendFailures.unavailable(backend, reason)));
        }
    }

    /** Fails what is pending and closes the transport (which ends an HTTP session, stops a process). */
    @Override
    public void close() {
        end("the connection was closed");
        transport.close();
    }

    /** Routes what the transport reads; runs on the transport's reader threads, so nothing here blocks. */
    private final class Incoming implements TransportListener {
        @Override
        public void message(JsonRpcMessage message, JsonNode relatedRequestId) {
            switch (message) {
                case JsonRpcResponse response -> onResponse(response);
                case JsonRpcNotification notification -> onNotification(notification, relatedRequestId);
                case JsonRpcRequest request -> onRequest(request, relatedRequestId);
            }
        }

        @Override
        public void closed(TransportException cause) {
            end(cause.getMessage());
            listener.closed(cause.getMessage());
        }
    }
}
