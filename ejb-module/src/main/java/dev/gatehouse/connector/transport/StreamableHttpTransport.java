package dev.gatehouse.connector.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.McpJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Streamable HTTP client transport (MCP 2025-03-26, 2025-06-18, 2025-11-25): every
 * message is a POST to one URL; the answer is a JSON body, an SSE stream (which may carry
 * notifications and server requests before the response) or 202 for notifications and
 * responses. Messages read from a POST's stream are reported as related to that POST's
 * request. After the handshake a GET stream carries server-initiated messages (405: none).
 *
 * <p>The session id the server assigns is sent back on every request; a 404 on such a
 * request means the session expired, which is reported as a {@link SessionExpiredException}.
 * {@link #close()} deletes the session.
 */
public final class StreamableHttpTransport implements Transport {
    private static final Logger LOG = Logger.getLogger(StreamableHttpTransport.class.getName());
    private static final Duration RELISTEN_PAUSE = Duration.ofMillis(500);

    private final String backend;
    private final URI url;
    private final HttpExchange http;
    private final ThreadFactory threads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Set<InputStream> openStreams = ConcurrentHashMap.newKeySet();
    private volatile TransportListener listener;
    private volatile String sessionId;
    private volatile String protocolVersion;

    StreamableHttpTransport(String backend, URI url, HttpExchange http, ThreadFactory threads) {
        this.backend = backend;
        this.url = url;
        this.http = http;
        this.threads = threads;
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        if (closed.get()) {
            accepted.completeExceptionally(new TransportException("the transport is closed"));
            return accepted;
        }
        threads.newThread(() -> post(message, accepted)).start();
        return accepted;
    }

    @Override
    public void initialized(String version) {
        this.protocolVersion = version;
        threads.newThread(this::listen).start();
    }

    @Override
    public String flavour() {
        return "streamable-http";
    }

    /** The session id the server assigned, or {@code null}. */
    public String sessionId() {
        return sessionId;
    }

    private HttpRequest.Builder request(String accept) {
        HttpRequest.Builder builder = http.request(url).header("Accept", accept);
        String session = sessionId;
        if (session != null) {
            builder.header("Mcp-Session-Id", session);
        }
        String version = protocolVersion;
        if (version != null) {
            builder.header("MCP-Protocol-Version", version);
        }
        return builder;
    }

    private void post(JsonRpcMessage message, CompletableFuture<Void> accepted) {
        JsonNode related = message instanceof JsonRpcRequest r ? r.id() : null;
        boolean hadSession = sessionId != null;
        HttpResponse<InputStream> response;
        try {
            HttpRequest request = request("application/json, " + HttpExchange.EVENT_STREAM)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(McpJson.write(message), StandardCharsets.UTF_8)).build();
            response = http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            TransportException failure = http.failure("POST", url, e);
            accepted.completeExceptionally(failure);
            if (protocolVersion != null) {
                report(failure);
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            accepted.completeExceptionally(new TransportException("interrupted"));
            return;
        } catch (TransportException e) {
            accepted.completeExceptionally(e);
            return;
        }
        int status = response.statusCode();
        if (status == 404 && hadSession) {
            HttpExchange.drain(response.body());
            SessionExpiredException expired = new SessionExpiredException();
            accepted.completeExceptionally(expired);
            report(expired);
            return;
        }
        if (status < 200 || status > 299) {
            HttpExchange.drain(response.body());
            accepted.completeExceptionally(new HttpStatusException("POST " + HttpExchange.strip(url), status));
            return;
        }
        response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> sessionId = id);
        accepted.complete(null);
        readBody(response, related);
    }

    private void readBody(HttpResponse<InputStream> response, JsonNode related) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        InputStream body = response.body();
        openStreams.add(body);
        try (body) {
            if (type.startsWith(HttpExchange.EVENT_STREAM)) {
                http.readEvents(body, related, this::deliver,
                        e -> LOG.log(Level.FINE, "[{0}] ignored event {1}", new Object[] {backend, e.event()}));
            } else {
                http.deliverJson(new String(body.readAllBytes(), StandardCharsets.UTF_8), related, this::deliver);
            }
        } catch (IOException e) {
            if (!closed.get()) {
                LOG.log(Level.FINE, "[{0}] response stream ended early: {1}", new Object[] {backend, e.getMessage()});
            }
        } finally {
            openStreams.remove(body);
        }
    }

    private void deliver(JsonRpcMessage message, JsonNode related) {
        if (!closed.get()) {
            listener.message(message, related);
        }
    }

    /** The standalone GET stream: reopened when the server ends it, reported when the server is gone. */
    private void listen() {
        while (!closed.get()) {
            HttpResponse<InputStream> response;
            try {
                response = http.client().send(request(HttpExchange.EVENT_STREAM).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (!closed.get()) {
                    report(http.failure("GET", url, e));
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            if (status == 404) {
                HttpExchange.drain(response.body());
                report(new SessionExpiredException());
                return;
            }
            if (status < 200 || status > 299) {
                HttpExchange.drain(response.body());
                LOG.log(Level.FINE, "[{0}] no server-initiated stream (HTTP {1})", new Object[] {backend, status});
                return;
            }
            readBody(response, null);
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RELISTEN_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(TransportException cause) {
        if (!closed.get() && reported.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "[{0}] {1}", new Object[] {backend, cause.getMessage()});
            listener.closed(cause);
        }
    }

    /** Stops reading and deletes the session on the server (best effort). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        openStreams.forEach(HttpExchange::closeQuietly);
        String session = sessionId;
        if (session != null && !reported.get()) {
            try {
                HttpResponse<Void> response = http.client().send(request("application/json").timeout(Duration.ofSeconds(2))
                        .DELETE().build(), HttpResponse.BodyHandlers.discarding());
                LOG.log(Level.FINE, "[{0}] session deleted (HTTP {1})", new Object[] {backend, response.statusCode()});
            } catch (IOException | TransportException e) {
                LOG.log(Level.FINE, "[{0}] could not delete the session: {1}", new Object[] {backend, e.getMessage()});
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
