package dev.gatehouse.web.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gatehouse.gateway.AgentRequest;
import dev.gatehouse.gateway.Gateway;
import dev.gatehouse.gateway.McpDispatcher;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.SessionStore;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpJson;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /mcp}: the Streamable HTTP transport in front of the {@link McpDispatcher}.
 * Registered in {@code web.xml} with async support. See the package comment for the rules;
 * every refusal is an {@link McpHttpException} written by {@link #service}.
 */
public class McpServlet extends HttpServlet {
    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String VERSION_HEADER = "MCP-Protocol-Version";
    private static final Logger LOG = Logger.getLogger(McpServlet.class.getName());
    /** Methods that may go to a backend and stream (see {@link PostExchange}). */
    private static final Set<String> ROUTED = Set.of("tools/call", "prompts/get", "resources/read",
            "resources/subscribe", "resources/unsubscribe", "completion/complete");
    private static final long CALL_TIMEOUT_MILLIS = 15 * 60 * 1000L;
    /** How long the servlet thread waits for a routed call before going asynchronous. */
    private static final long SYNC_WAIT_MILLIS = 10_000;
    private static final long KEEP_ALIVE_SECONDS = 25;

    @Inject
    transient Gateway gateway;

    @Resource(lookup = "concurrent/gatehouseScheduler")
    transient ManagedScheduledExecutorService scheduler;

    private transient volatile McpDispatcher dispatcher;
    private transient SessionStore sessions;
    private transient OriginPolicy origins;
    private transient McpRequests requests;
    private transient Batches batches;
    private final transient Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private transient ScheduledFuture<?> upkeep;

    @Override
    public void init() {
        McpHttpSettings settings = McpHttpSettings.read(ConfigProvider.getConfig());
        origins = new OriginPolicy(settings.allowedOrigins());
        requests = new McpRequests(settings.maxBodyBytes());
        upkeep = scheduler.scheduleWithFixedDelay(this::upkeep, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        if (upkeep != null) {
            upkeep.cancel(false);
        }
        streams.forEach(EventStream::close);
    }

    /** Keeps GET streams alive (and notices agents that went away), then expires idle sessions. */
    private void upkeep() {
        try {
            streams.removeIf(stream -> !stream.isOpen());
            streams.forEach(EventStream::keepAlive);
            if (dispatcher != null) {
                sessions.expireIdle();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "MCP session upkeep failed", e);
        }
    }

    /** The gateway starts with the first agent request, once the backend supervisor runs. */
    private void connect() {
        if (dispatcher == null) {
            synchronized (this) {
                if (dispatcher == null) {
                    sessions = gateway.sessions();
                    batches = new Batches(gateway.dispatcher(), CALL_TIMEOUT_MILLIS);
                    dispatcher = gateway.dispatcher();
                }
            }
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            connect();
            if (!origins.allows(request.getHeader("Origin"), request.getHeader("Host"))) {
                throw new McpHttpException(HttpServletResponse.SC_FORBIDDEN, JsonRpcError.INVALID_REQUEST,
                        "origin not allowed");
            }
            switch (request.getMethod()) {
                case "POST" -> post(request, response);
                case "GET" -> get(request, response);
                case "DELETE" -> delete(request, response);
                default -> {
                    response.setHeader("Allow", "GET, POST, DELETE");
                    throw new McpHttpException(HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonRpcError.INVALID_REQUEST,
                            "method not allowed");
                }
            }
        } catch (McpHttpException e) {
            writeFailure(response, e.status(), JsonRpcResponse.failure(null, e.error()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure on /mcp", e);
            writeFailure(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    JsonRpcResponse.failure(null, JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, "internal error")));
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requests.checkPostHeaders(request);
        JsonNode tree = requests.readBody(request);
        if (tree.isArray()) {
            batches.handle(request, response, session(request), (ArrayNode) tree);
            return;
        }
        JsonRpcMessage message = McpRequests.message(tree);
        if (message instanceof JsonRpcRequest r && r.method().equals("initialize")) {
            initialize(request, response, r);
            return;
        }
        AgentSession session = session(request);
        switch (message) {
            case JsonRpcNotification n -> {
                dispatcher.accept(n, session);
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
            }
            case JsonRpcResponse r -> {
                dispatcher.accept(r, session);
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
            }
            case JsonRpcRequest r -> request(request, response, r, session);
        }
    }

    private void initialize(HttpServletRequest request, HttpServletResponse response, JsonRpcRequest message)
            throws IOException {
        AgentSession session = sessions.create(principal(request));
        JsonRpcResponse answer = dispatcher.dispatch(new AgentRequest(message, session, null)).join();
        if (answer.isError()) {
            sessions.end(session.id());
        } else {
            response.setHeader(SESSION_HEADER, session.id());
        }
        writeJson(response, HttpServletResponse.SC_OK, answer);
    }

    private void request(HttpServletRequest request, HttpServletResponse response, JsonRpcRequest message,
                         AgentSession session) throws IOException {
        if (!ROUTED.contains(message.method())) {
            writeJson(response, HttpServletResponse.SC_OK,
                    dispatcher.dispatch(new AgentRequest(message, session, null)).join());
            return;
        }
        PostExchange exchange = new PostExchange(response, session);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SYNC_WAIT_MILLIS);
        // a quick backend has usually answered by the time dispatch returns (it may wait on this thread)
        CompletableFuture<JsonRpcResponse> answer = dispatcher.dispatch(new AgentRequest(message, session, exchange));
        try {
            exchange.finish(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            return;
        } catch (TimeoutException e) {
            LOG.log(Level.FINE, "request {0} continues asynchronously", message.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            exchange.finish(internalError(message));
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(CALL_TIMEOUT_MILLIS);
        exchange.goAsync(async);
        answer.whenComplete((result, failure) -> exchange.finish(failure == null ? result : internalError(message)));
    }

    private static JsonRpcResponse internalError(JsonRpcRequest message) {
        return JsonRpcResponse.failure(message.id(), JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, "internal error"));
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!MediaTypes.accepts(request.getHeader("Accept"), MediaTypes.EVENT_STREAM)) {
            throw new McpHttpException(HttpServletResponse.SC_NOT_ACCEPTABLE, JsonRpcError.INVALID_REQUEST,
                    "Accept must include text/event-stream");
        }
        AgentSession session = session(request);
        EventStream.open(response);
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        EventStream stream = new EventStream(async, session);
        streams.add(stream);
        session.attach(stream, lastEventId(request));
    }

    /** The {@code Last-Event-ID} a resuming agent sends, or {@code null} (absent or not one of our numeric ids). */
    static Long lastEventId(HttpServletRequest request) {
        String value = request.getHeader("Last-Event-ID");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void delete(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getHeader(SESSION_HEADER);
        if (id == null || id.isBlank()) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.INVALID_REQUEST,
                    "missing " + SESSION_HEADER + " header");
        }
        AgentSession session = sessions.find(id).orElseThrow(() -> new McpHttpException(
                HttpServletResponse.SC_NOT_FOUND, JsonRpcError.INVALID_REQUEST, "unknown or ended session"));
        checkOwner(session, principal(request));
        if (!sessions.end(id)) {
            throw new McpHttpException(HttpServletResponse.SC_NOT_FOUND, JsonRpcError.INVALID_REQUEST,
                    "unknown or ended session");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * The request's session: a missing id is 400, an unknown or ended one 404, one that another
     * agent initialized 403. The session takes over the caller's freshly verified principal.
     */
    private AgentSession session(HttpServletRequest request) {
        String id = request.getHeader(SESSION_HEADER);
        if (id == null || id.isBlank()) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.INVALID_REQUEST,
                    "missing " + SESSION_HEADER + " header; send initialize first");
        }
        AgentSession session = sessions.find(id).orElseThrow(() -> new McpHttpException(
                HttpServletResponse.SC_NOT_FOUND, JsonRpcError.INVALID_REQUEST, "unknown or ended session"));
        Principal caller = principal(request);
        checkOwner(session, caller);
        McpRequests.checkVersionHeader(request.getHeader(VERSION_HEADER), session.version());
        session.refresh(caller);
        session.touch();
        return session;
    }

    private static void checkOwner(AgentSession session, Principal caller) {
        if (!session.belongsTo(caller)) {
            throw new McpHttpException(HttpServletResponse.SC_FORBIDDEN, JsonRpcError.INVALID_REQUEST,
                    "the session belongs to another agent");
        }
    }

    /** The caller, as {@link McpAuthenticationFilter} authenticated it. */
    private static Principal principal(HttpServletRequest request) {
        Object principal = request.getAttribute(McpAuthenticationFilter.PRINCIPAL);
        if (principal instanceof Principal p) {
            return p;
        }
        throw new IllegalStateException("/mcp reached without authentication: is the filter mapped?");
    }

    static void writeJson(HttpServletResponse response, int status, JsonRpcMessage message) throws IOException {
        writeJson(response, status, McpJson.toTree(message));
    }

    static void writeJson(HttpServletResponse response, int status, JsonNode tree) throws IOException {
        byte[] body = McpJson.MAPPER.writeValueAsBytes(tree);
        response.setStatus(status);
        response.setContentType(MediaTypes.JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void writeFailure(HttpServletResponse response, int status, JsonRpcResponse failure) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        writeJson(response, status, failure);
    }
}
