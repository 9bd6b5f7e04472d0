package dev.gatehouse.gateway.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.McpException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The agent side of one call: the backend's notifications and requests go to the stream of
 * the request that caused them while it is open (the POST's SSE stream), else to the
 * session's GET stream. Requests that need a client capability (sampling, elicitation,
 * roots) fail with a JSON-RPC error when the agent did not declare it. Log messages below
 * the level the session set with {@code logging/setLevel} are dropped.
 */
public final class AgentRelay implements RelayChannel {
    private static final Logger LOG = Logger.getLogger(AgentRelay.class.getName());
    /** MCP log levels, least severe first (RFC 5424 order). */
    public static final List<String> LOG_LEVELS =
            List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");
    /** How long a backend's request waits for the agent's answer. */
    public static final Duration AGENT_ANSWER_TIMEOUT = Duration.ofMinutes(10);
    private static final Map<String, String> REQUIRED_CAPABILITY = Map.of(
            "sampling/createMessage", "sampling",
            "elicitation/create", "elicitation",
            "roots/list", "roots");

    private final AgentSession session;
    private final AgentStream callStream;

    /**
     * @param session    the agent session that made the call
     * @param callStream the stream of the call's own response, or {@code null} when it has none
     */
    public AgentRelay(AgentSession session, AgentStream callStream) {
        this.session = session;
        this.callStream = callStream;
    }

    @Override
    public void notify(String method, ObjectNode params) {
        if ("notifications/message".equals(method) && belowSessionLevel(params)) {
            return;
        }
        JsonRpcNotification notification = new JsonRpcNotification(method, params);
        if (!deliver(notification)) {
            LOG.log(Level.FINE, "dropped {0}: no open stream to the agent", method);
        }
    }

    @Override
    public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
        String capability = REQUIRED_CAPABILITY.get(method);
        if (capability != null && !session.declares(capability)) {
            return CompletableFuture.failedFuture(new McpException(JsonRpcError.METHOD_NOT_FOUND,
                    "the client did not declare the " + capability + " capability"));
        }
        AgentSession.Awaited awaited = session.await();
        if (!deliver(new JsonRpcRequest(TextNode.valueOf(awaited.id()), method, params))) {
            awaited.answer().completeExceptionally(new McpException(JsonRpcError.INTERNAL_ERROR,
                    "no open stream to the client for " + method));
        }
        // a person may be in the loop (sampling approval, elicitation), so the wait is generous but finite
        awaited.answer().orTimeout(AGENT_ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return awaited.answer().exceptionallyCompose(e -> CompletableFuture.failedFuture(
                e instanceof TimeoutException ? new McpException(JsonRpcError.INTERNAL_ERROR,
                        "the client did not answer " + method + " in time") : e));
    }

    /** Backends are shared, so their level is only a floor: each session's own level filters too. */
    private boolean belowSessionLevel(ObjectNode params) {
        String floor = session.logLevel().orElse(null);
        if (floor == null || params == null) {
            return false;
        }
        return LOG_LEVELS.indexOf(params.path("level").asText("")) < LOG_LEVELS.indexOf(floor);
    }

    private boolean deliver(JsonRpcMessage message) {
        if (callStream != null && callStream.send(message)) {
            return true;
        }
        return session.sendOnStream(message);
    }
}
