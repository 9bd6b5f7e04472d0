package dev.gatehouse.connector.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.protocol.JsonRpcMessage;

/** Receives what a {@link Transport} reads. Called from the transport's reader threads. */
public interface TransportListener {
    /**
     * One incoming message.
     *
     * @param message          what the backend sent
     * @param relatedRequestId the backend-side id of the request whose HTTP response stream
     *                         carried the message (Streamable HTTP), or {@code null} when the
     *                         transport cannot tell (stdio, legacy SSE, the standalone GET stream)
     */
    void message(JsonRpcMessage message, JsonNode relatedRequestId);

    /**
     * The pipe is gone without {@link Transport#close()} being called: the process exited,
     * the event stream broke, the session expired. Reported at most once.
     */
    void closed(TransportException cause);
}
