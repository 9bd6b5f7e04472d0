package dev.gatehouse.connector.transport;

import dev.gatehouse.protocol.JsonRpcMessage;
import java.util.concurrent.CompletableFuture;

/**
 * A bidirectional pipe of JSON-RPC messages to one backend. The set is closed: stdio,
 * Streamable HTTP, legacy HTTP+SSE, and the HTTP fallback that picks one of the latter two.
 *
 * <p>Life cycle: {@link #start} once, then any number of {@link #send}s, then {@link #close}.
 * After {@link TransportListener#closed} was reported nothing more is delivered.
 */
public sealed interface Transport extends AutoCloseable
        permits StdioTransport, StreamableHttpTransport, SseTransport, FallbackHttpTransport {

    /** Opens the pipe (spawns the process, opens the event stream) and starts delivering to {@code listener}. */
    void start(TransportListener listener);

    /**
     * Sends one message. The future completes when the backend accepted it (written to the
     * process, or the HTTP POST answered with a success status) and fails with a
     * {@link TransportException} otherwise. Responses arrive through the listener.
     */
    CompletableFuture<Void> send(JsonRpcMessage message);

    /**
     * Called by the session once the handshake is done ({@code notifications/initialized}
     * sent): HTTP transports add the {@code MCP-Protocol-Version} header from now on and may
     * open their server-to-client stream.
     */
    default void initialized(String protocolVersion) {
    }

    /** A short name of the wire flavour in use, for logs: {@code stdio}, {@code streamable-http}, {@code sse}. */
    String flavour();

    /** Releases the pipe (ends the session, stops the process). Idempotent; never throws. */
    @Override
    void close();
}
