package dev.gatehouse.gateway.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.ProtocolVersion;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One agent's session: created by the transport when an {@code initialize} request arrives,
 * filled in by the {@code initialize} handler, and ended by DELETE, expiry or shutdown.
 *
 * <p>Invariants: the session belongs to the principal that initialized it (for an agent: that
 * agent, whichever of its keys a later request presents); the protocol version is set once; an ended session accepts nothing and
 * fails every awaited agent response; in-flight calls are keyed by the JSON text of their id.
 */
public final class AgentSession {
    private final String id;
    private volatile Principal principal;
    private volatile ProtocolVersion version;
    private volatile ObjectNode clientCapabilities;
    private volatile JsonNode clientInfo;
    private volatile boolean initialized;
    private volatile boolean ended;
    private volatile long lastSeenNanos = System.nanoTime();
    private volatile String logLevel;
    private volatile AgentStream stream;
    private final ConcurrentMap<String, Future<?>> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
    private final AtomicLong nextRequestId = new AtomicLong();
    private final AtomicLong nextEventId = new AtomicLong();
    private final StreamBacklog backlog = new StreamBacklog();

    public AgentSession(String id, Principal principal) {
        this.id = Objects.requireNonNull(id, "session id is required");
        this.principal = Objects.requireNonNull(principal, "the session's principal is required");
    }

    public String id() {
        return id;
    }

    /** Who owns this session, as last authenticated (its user and backends may change between requests). */
    public Principal principal() {
        return principal;
    }

    /** Whether a request authenticated as {@code caller} may use this session: the same kind and agent (or user). */
    public boolean belongsTo(Principal caller) {
        Principal owner = principal;
        return owner.kind() == caller.kind() && Objects.equals(owner.agent(), caller.agent())
                && (owner.agent() != null || Objects.equals(owner.user(), caller.user()));
    }

    /**
     * Takes over the freshly verified principal of a request on this session, so a change to
     * the agent (its user, its backends) applies from the next request on.
     *
     * @throws IllegalArgumentException when {@code caller} does not own this session
     */
    public void refresh(Principal caller) {
        if (!belongsTo(caller)) {
            throw new IllegalArgumentException("the session belongs to another principal");
        }
        this.principal = caller;
    }

    /** Records what {@code initialize} negotiated. */
    public void negotiated(ProtocolVersion version, JsonNode clientInfo, ObjectNode clientCapabilities) {
        this.version = Objects.requireNonNull(version, "version is required");
        this.clientInfo = clientInfo;
        this.clientCapabilities = clientCapabilities == null ? null : clientCapabilities.deepCopy();
    }

    /** The negotiated revision; {@code 2025-03-26} before negotiation (the spec's default). */
    public ProtocolVersion version() {
        return version == null ? ProtocolVersion.V2025_03_26 : version;
    }

    public Optional<JsonNode> clientInfo() {
        return Optional.ofNullable(clientInfo);
    }

    /** Whether the agent declared a client capability ({@code sampling}, {@code roots}, ...). */
    public boolean declares(String capability) {
        ObjectNode capabilities = clientCapabilities;
        return capabilities != null && capabilities.hasNonNull(capability);
    }

    public void markInitialized() {
        initialized = true;
    }

    public boolean initialized() {
        return initialized;
    }

    public boolean ended() {
        return ended;
    }

    public void touch() {
        lastSeenNanos = System.nanoTime();
    }

    public long idleNanos() {
        return System.nanoTime() - lastSeenNanos;
    }

    public Optional<String> logLevel() {
        return Optional.ofNullable(logLevel);
    }

    public void logLevel(String level) {
        this.logLevel = level;
    }

    /** A fresh event id, unique among all streams of this session (for SSE {@code id:} lines). */
    public long nextEventId() {
        return nextEventId.incrementAndGet();
    }

    // ---- the server-initiated stream (GET)

    /** Attaches the GET stream, closing any earlier one: one stream per session. */
    public void attach(AgentStream newStream) {
        attach(newStream, null);
    }

    /**
     * Attaches the GET stream (closing any earlier one) and, when the agent resumes with the
     * id of the last event it received, first replays the held messages that followed it.
     */
    public void attach(AgentStream newStream, Long lastEventId) {
        AgentStream old;
        synchronized (backlog) {
            old = this.stream;
            this.stream = newStream;
            if (lastEventId != null && !ended) {
                for (StreamBacklog.Event missed : backlog.after(lastEventId)) {
                    newStream.send(missed.id(), missed.message());
                }
            }
        }
        if (old != null && old != newStream) {
            old.close();
        }
        if (ended) {
            newStream.close();
        }
    }

    public void detach(AgentStream oldStream) {
        if (this.stream == oldStream) {
            this.stream = null;
        }
    }

    public boolean hasOpenStream() {
        AgentStream current = stream;
        return current != null && current.isOpen();
    }

    /**
     * Sends on the GET stream under a fresh event id and keeps the message for a resuming
     * agent ({@code Last-Event-ID}); {@code false} when no stream is open to take it now.
     */
    public boolean sendOnStream(JsonRpcMessage message) {
        if (ended) {
            return false;
        }
        synchronized (backlog) {
            long eventId = nextEventId();
            backlog.add(eventId, message);
            AgentStream current = stream;
            return current != null && current.send(eventId, message);
        }
    }

    // ---- calls from the agent

    /** Remembers a running call so that {@code notifications/cancelled} can reach it. */
    public void started(JsonNode requestId, Future<?> call) {
        inFlight.put(requestId.toString(), call);
    }

    public void finished(JsonNode requestId) {
        inFlight.remove(requestId.toString());
    }

    /** Cancels the call with that id, if it still runs; {@code true} when one was cancelled. */
    public boolean cancel(JsonNode requestId) {
        Future<?> call = inFlight.remove(requestId.toString());
        return call != null && call.cancel(true);
    }

    // ---- requests to the agent

    /** A fresh id for a request Gatehouse sends to this agent, and the future its answer completes. */
    public Awaited await() {
        String requestId = "gh-" + nextRequestId.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        awaited.put(requestId, answer);
        answer.whenComplete((r, e) -> awaited.remove(requestId));
        if (ended) {
            answer.completeExceptionally(new McpException(JsonRpcError.INTERNAL_ERROR, "the agent session ended"));
        }
        return new Awaited(requestId, answer);
    }

    /** A request sent to the agent: its id and the future the agent's response completes. */
    public record Awaited(String id, CompletableFuture<JsonNode> answer) {
    }

    /** Completes the awaited request the agent answered; {@code false} for an unknown id. */
    public boolean answered(JsonRpcResponse response) {
        CompletableFuture<JsonNode> answer = response.id().isTextual() ? awaited.get(response.id().asText()) : null;
        if (answer == null) {
            return false;
        }
        if (response.isError()) {
            answer.completeExceptionally(new McpException(response.error()));
        } else {
            answer.complete(response.result());
        }
        return true;
    }

    /** Ends the session: cancels running calls, fails awaited answers, closes the stream. */
    public void end() {
        ended = true;
        inFlight.values().forEach(call -> call.cancel(true));
        inFlight.clear();
        awaited.values().forEach(answer -> answer.completeExceptionally(
                new McpException(JsonRpcError.INTERNAL_ERROR, "the agent session ended")));
        AgentStream current = stream;
        if (current != null) {
            current.close();
        }
    }
}
