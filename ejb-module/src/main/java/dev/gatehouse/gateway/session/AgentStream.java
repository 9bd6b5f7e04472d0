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

    boolean isOpen();

    /** Ends the stream (no more messages). Idempotent. */
    void close();
}
