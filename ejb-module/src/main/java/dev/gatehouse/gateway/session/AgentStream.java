package dev.gatehouse.gateway.session;

import dev.gatehouse.protocol.JsonRpcMessage;

/**
 * A channel to one agent that carries messages Gatehouse initiates: the SSE stream of a POST
 * while its request runs, or the session's GET stream. Implementations are thread-safe.
 */
public interface AgentStream {
    /**
     * Writes one message to the agent.
     *
     * @return {@code false} when the stream is closed or the write failed (the message is lost)
     */
    boolean send(JsonRpcMessage message);

    /**
     * Writes one message under an event id chosen by the caller (the GET stream's messages are
     * numbered by the session, which keeps them for resumption). Streams without event ids
     * ignore it.
     */
    default boolean send(long eventId, JsonRpcMessage message) {
        return send(message);
    }

    boolean isOpen();

    /** Ends the stream (no more messages). Idempotent. */
    void close();
}
