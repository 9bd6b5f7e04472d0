package dev.gatehouse.connector.transport;

import dev.gatehouse.protocol.JsonRpcMessage;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An {@code http} backend whose flavour is not known yet: the first message (the
 * {@code initialize} request) is POSTed as Streamable HTTP; when that answers 400, 404 or
 * 405 the server is taken to be a legacy HTTP+SSE server, as the MCP specification's
 * backwards-compatibility section describes, and the same URL is opened as an event stream.
 * Everything after the first message goes to the flavour that worked.
 */
public final class FallbackHttpTransport implements Transport {
    private static final Logger LOG = Logger.getLogger(FallbackHttpTransport.class.getName());
    private static final Set<Integer> NOT_STREAMABLE = Set.of(400, 404, 405);

    private final String backend;
    private final URI url;
    private final StreamableHttpTransport streamable;
    private final SseTransport legacy;
    private volatile Transport chosen;
    private volatile TransportListener listener;

    FallbackHttpTransport(String backend, URI url, StreamableHttpTransport streamable, SseTransport legacy) {
        this.backend = backend;
        this.url = url;
        this.streamable = streamable;
        this.legacy = legacy;
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        streamable.start(listener);
    }

    /**
     * Once the flavour is known every message goes straight to it; until then sends are taken
     * one at a time, so that only the first one probes.
     */
    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        Transport current = chosen;
        if (current != null) {
            return current.send(message);
        }
        synchronized (this) {
            current = chosen;
            return current != null ? current.send(message) : probe(message);
        }
    }

    private CompletableFuture<Void> probe(JsonRpcMessage message) {
        return streamable.send(message).handle((ok, failure) -> {
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
            if (cause == null) {
                chosen = streamable;
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (cause instanceof HttpStatusException status && NOT_STREAMABLE.contains(status.status())) {
                LOG.log(Level.INFO, "[{0}] {1} is not Streamable HTTP (HTTP {2}); trying the legacy HTTP+SSE transport",
                        new Object[] {backend, HttpExchange.strip(url), status.status()});
                streamable.close();
                try {
                    legacy.start(listener);
                } catch (TransportException e) {
                    return CompletableFuture.<Void>failedFuture(new TransportException(
                            "neither Streamable HTTP (HTTP " + status.status() + ") nor legacy SSE worked: " + e.getMessage(), e));
                }
                chosen = legacy;
                return legacy.send(message);
            }
            return CompletableFuture.<Void>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    @Override
    public void initialized(String protocolVersion) {
        Transport current = chosen;
        if (current != null) {
            current.initialized(protocolVersion);
        }
    }

    @Override
    public String flavour() {
        Transport current = chosen;
        return current == null ? "http" : current.flavour();
    }

    @Override
    public void close() {
        streamable.close();
        legacy.close();
    }
}
