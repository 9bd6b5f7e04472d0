package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gatehouse.audit.AuditSink;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.connector.CatalogListener;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.gateway.catalog.AggregateView;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.session.AgentRelay;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.PolicyEngine;
import dev.gatehouse.policy.PolicySettings;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.protocol.ProtocolVersion;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request pipeline: one inbound agent message in, at most one JSON-RPC response out.
 *
 * <p>Requests go to the handler of their method; unknown methods get -32601, bad params
 * -32602, and every failure is translated by {@link ErrorTranslator}. The returned future
 * completes with the response, or with {@code null} when the agent cancelled the request
 * (the protocol says no response is sent then). Calls that reach a backend are registered
 * with the session while they run, so {@code notifications/cancelled} cancels the backend
 * future. Scoping and policies are enforced in {@link AccessGate}; calls are audited by
 * {@link CallAuditor} and the response waits for the audit record when it must. Notifications and the agent's responses to Gatehouse's own requests produce no
 * response.
 */
public final class McpDispatcher {
    private static final Logger LOG = Logger.getLogger(McpDispatcher.class.getName());

    /** The audit session id of direct calls (they have no agent session). */
    public static final String DIRECT_SESSION = "direct";

    private final LiveAggregate aggregate;
    private final CatalogPages pages;
    private final CallRouter router;
    private final CallAuditor auditor;
    private final ResourceSubscriptions subscriptions;
    private final ObjectNode serverInfo;
    private final ObjectNode capabilities;

    /** A dispatcher without policies (the default decision allows) and without an audit log: for tests and tools. */
    public McpDispatcher(BackendDirectory directory, LiveAggregate aggregate, CursorCodec cursors, GatewaySettings settings) {
        this(directory, aggregate, cursors, settings, () -> UNRESTRICTED, event -> CompletableFuture.completedFuture(null));
    }

    private static final PolicyEngine UNRESTRICTED = new PolicyEngine(PolicySettings.DEFAULTS);

    public McpDispatcher(BackendDirectory directory, LiveAggregate aggregate, CursorCodec cursors, GatewaySettings settings,
                         Supplier<PolicyEngine> policies, AuditSink audit) {
        this.aggregate = aggregate;
        AccessGate gate = new AccessGate(policies);
        this.pages = new CatalogPages(aggregate, cursors, settings.pageSize(), gate);
        ThreadFactory senders = Thread.ofVirtual().name("gatehouse-resource-updates-", 0).factory();
        this.subscriptions = new ResourceSubscriptions(directory, task -> senders.newThread(task).start());
        this.router = new CallRouter(aggregate, directory, gate, subscriptions);
        this.auditor = new CallAuditor(audit);
        this.serverInfo = McpJson.object().put("name", "gatehouse").put("title", "Gatehouse MCP gateway")
                .put("version", settings.serverVersion());
        this.capabilities = McpJson.object();
        capabilities.putObject("tools").put("listChanged", true);
        capabilities.putObject("resources").put("subscribe", true).put("listChanged", true);
        capabilities.putObject("prompts").put("listChanged", true);
        capabilities.putObject("completions");
        capabilities.putObject("logging");
    }

    /**
     * What must hear the backends' resource updates and reconnects so that subscribed agent
     * sessions get {@code notifications/resources/updated}: register it with the backend directory.
     */
    public CatalogListener resourceEvents() {
        return subscriptions;
    }

    /** Handles one request; see the class comment for what the future completes with. */
    public CompletableFuture<JsonRpcResponse> dispatch(AgentRequest request) {
        JsonNode id = request.message().id();
        AuditTrail trail = CallAuditor.audits(request.method()) ? new AuditTrail() : null;
        CompletableFuture<JsonNode> result;
        try {
            result = handle(request, trail);
        } catch (RuntimeException e) {
            return audited(request, trail, JsonRpcResponse.failure(id, ErrorTranslator.toError(e)));
        }
        if (result.isDone()) {
            return audited(request, trail, respond(id, result));
        }
        AgentSession session = request.session();
        session.started(id, result);
        return result.handle((value, failure) -> {
            session.finished(id);
            if (failure != null && ErrorTranslator.unwrap(failure) instanceof CancellationException) {
                LOG.log(Level.FINE, "request {0} cancelled by the agent", id);
                return (JsonRpcResponse) null;
            }
            return failure == null ? JsonRpcResponse.success(id, value)
                    : JsonRpcResponse.failure(id, ErrorTranslator.toError(failure));
        }).thenCompose(response -> audited(request, trail, response));
    }

    /**
     * A tool call an operator makes directly on one backend, by the backend's own tool name.
     * It passes the same gate as an agent's {@code tools/call} (scoping, then the policies with
     * method {@code tools/call}) and is audited like one, with session id {@value #DIRECT_SESSION}.
     * The future completes with the backend's result once the audit record is handed over, or
     * fails with the typed failure (unknown tool, denied, not ready, backend error, timeout).
     */
    public CompletableFuture<JsonNode> callDirect(Principal who, String backend, String tool, JsonNode arguments,
                                                  Duration timeout) {
        ObjectNode params = McpJson.object().put("name", tool);
        params.set("arguments", arguments == null || arguments.isNull() ? McpJson.object() : arguments);
        AgentSession session = new AgentSession(DIRECT_SESSION, who);
        session.negotiated(ProtocolVersion.LATEST_LEGACY, null, null);
        AgentRequest request = new AgentRequest(new JsonRpcRequest(TextNode.valueOf(DIRECT_SESSION), "tools/call", params),
                session, null);
        AuditTrail trail = new AuditTrail();
        CompletableFuture<JsonNode> call;
        try {
            call = router.callDirect(request, trail, backend).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        return call.handle((value, failure) ->
                        new DirectOutcome(value, failure == null ? null : direct(failure, backend, timeout)))
                .thenCompose(outcome -> auditor.finish(request, trail, outcome.response(request.message().id()))
                        .thenApply(outcome::afterAudit));
    }

    private static Throwable direct(Throwable failure, String backend, Duration timeout) {
        Throwable cause = ErrorTranslator.unwrap(failure);
        return cause instanceof TimeoutException
                ? new McpException(JsonRpcError.BACKEND_TIMEOUT, "backend '" + backend + "' did not answer within "
                        + timeout.toSeconds() + " s")
                : cause;
    }

    private record DirectOutcome(JsonNode value, Throwable failure) {
        JsonRpcResponse response(JsonNode id) {
            return failure == null ? JsonRpcResponse.success(id, value)
                    : JsonRpcResponse.failure(id, ErrorTranslator.toError(failure));
        }

        /** The result, or the call's own failure; an allowed call whose audit failed (strict mode) fails too. */
        JsonNode afterAudit(JsonRpcResponse audited) {
            if (failure != null) {
                throw failure instanceof RuntimeException r ? r : new CompletionException(failure);
            }
            if (audited.isError()) {
                throw new McpException(audited.error());
            }
            return value;
        }
    }

    private CompletableFuture<JsonRpcResponse> audited(AgentRequest request, AuditTrail trail, JsonRpcResponse response) {
        return trail == null ? CompletableFuture.completedFuture(response) : auditor.finish(request, trail, response);
    }

    private static JsonRpcResponse respond(JsonNode id, CompletableFuture<JsonNode> done) {
        try {
            return JsonRpcResponse.success(id, done.join());
        } catch (CancellationException e) {
            return null;
        } catch (RuntimeException e) {
            return JsonRpcResponse.failure(id, ErrorTranslator.toError(e));
        }
    }

    private CompletableFuture<JsonNode> handle(AgentRequest request, AuditTrail trail) {
        return switch (request.method()) {
            case "initialize" -> done(initialize(request));
            case "ping" -> done(McpJson.object());
            case "tools/list" -> done(pages.page(CatalogKind.TOOLS, request, trail));
            case "resources/list" -> done(pages.page(CatalogKind.RESOURCES, request, trail));
            case "resources/templates/list" -> done(pages.page(CatalogKind.RESOURCE_TEMPLATES, request, trail));
            case "prompts/list" -> done(pages.page(CatalogKind.PROMPTS, request, trail));
            case "tools/call" -> router.callTool(request, trail);
            case "prompts/get" -> router.getPrompt(request, trail);
            case "resources/read" -> router.readResource(request, trail);
            case "resources/subscribe", "resources/unsubscribe" -> router.subscription(request);
            case "completion/complete" -> router.complete(request, trail);
            case "logging/setLevel" -> done(setLevel(request));
            default -> throw new McpException(JsonRpcError.METHOD_NOT_FOUND, "method not found: " + request.method());
        };
    }

    private static CompletableFuture<JsonNode> done(JsonNode result) {
        return CompletableFuture.completedFuture(result);
    }

    private JsonNode initialize(AgentRequest request) {
        String requested = request.text("protocolVersion");
        JsonNode clientCapabilities = request.params().get("capabilities");
        if (clientCapabilities != null && !clientCapabilities.isObject()) {
            throw new InvalidParamsException("initialize: capabilities must be an object");
        }
        ProtocolVersion version = ProtocolVersion.fromWire(requested)
                .filter(v -> v.era() == ProtocolVersion.Era.LEGACY)
                .orElse(ProtocolVersion.LATEST_LEGACY);
        request.session().negotiated(version, request.params().get("clientInfo"), (ObjectNode) clientCapabilities);
        LOG.log(Level.FINE, "agent session initialized with protocol {0}", version);
        ObjectNode result = McpJson.object().put("protocolVersion", version.wire());
        result.set("capabilities", capabilities);
        result.set("serverInfo", serverInfo);
        result.put("instructions", instructionsFor(request.session().principal()));
        return result;
    }

    /** What is behind this gateway, as far as the principal may know: only the backends in its scope. */
    private String instructionsFor(Principal principal) {
        AggregateView view = aggregate.current();
        if (principal.scopedBackends().isEmpty()) {
            return view.instructions();
        }
        Map<String, BackendLink> scoped = new TreeMap<>();
        view.backends().stream().filter(link -> principal.mayUse(link.name())).forEach(link -> scoped.put(link.name(), link));
        return CatalogAggregator.instructions(scoped, aggregate.naming());
    }

    private JsonNode setLevel(AgentRequest request) {
        String level = request.text("level");
        if (!AgentRelay.LOG_LEVELS.contains(level)) {
            throw new InvalidParamsException("unknown log level '" + level + "'");
        }
        request.session().logLevel(level);
        ObjectNode forwarded = McpJson.object().put("level", level);
        for (BackendLink link : aggregate.current().backends()) {
            if (request.session().principal().mayUse(link.name()) && CallRouter.capability(link, "logging").isPresent()) {
                link.call("logging/setLevel", forwarded, RelayChannel.none()).whenComplete((r, e) -> {
                    if (e != null) {
                        LOG.log(Level.FINE, "backend {0} refused logging/setLevel", link.name());
                    }
                });
            }
        }
        return McpJson.object();
    }

    /** Handles a notification from the agent. Never fails: notifications get no answer. */
    public void accept(JsonRpcNotification notification, AgentSession session) {
        switch (notification.method()) {
            case "notifications/initialized" -> session.markInitialized();
            case "notifications/cancelled" -> {
                JsonNode requestId = notification.params() == null ? null : notification.params().get("requestId");
                if (requestId != null && session.cancel(requestId)) {
                    LOG.log(Level.FINE, "cancelled request {0} at the agent''s request", requestId);
                }
            }
            case "notifications/roots/list_changed" ->
                    aggregate.current().backends().stream().filter(link -> session.principal().mayUse(link.name()))
                            .forEach(link -> link.notify(notification.method(), notification.params()));
            default -> LOG.log(Level.FINE, "ignored notification {0} from an agent", notification.method());
        }
    }

    /** Handles the agent's response to a request Gatehouse sent it (sampling, elicitation, roots). */
    public void accept(JsonRpcResponse response, AgentSession session) {
        if (!session.answered(response)) {
            LOG.log(Level.FINE, "response {0} from an agent matches no pending request", response.id());
        }
    }
}
