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
        post(message, accepted);
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

    /**
     * Sends without holding a thread while the backend works: the client completes the
     * exchange on its own threads. A JSON answer arrives whole and is decoded there; an event
     * stream is followed by a thread of its own, as long as it stays open.
     */
    private void post(JsonRpcMessage message, CompletableFuture<Void> accepted) {
        JsonNode related = message instanceof JsonRpcRequest r ? r.id() : null;
        boolean hadSession = sessionId != null;
        HttpRequest request;
        try {
            request = request("application/json, " + HttpExchange.EVENT_STREAM)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(McpJson.write(message), StandardCharsets.UTF_8)).build();
        } catch (TransportException e) {
            accepted.completeExceptionally(e);
            return;
        }
        http.client().sendAsync(request, ANSWER).whenComplete((response, failure) -> {
            if (failure == null) {
                answered(response, related, hadSession, accepted);
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            TransportException problem = cause instanceof IOException io ? http.failure("POST", url, io)
                    : cause instanceof TransportException t ? t
                    : new TransportException(http.redactor().redact("POST " + HttpExchange.strip(url) + " failed: " + cause), cause);
            accepted.completeExceptionally(problem);
            if (protocolVersion != null && cause instanceof IOException) {
                report(problem);
            }
        });
    }

    private void answered(HttpResponse<Answer> response, JsonNode related, boolean hadSession, CompletableFuture<Void> accepted) {
        int status = response.statusCode();
        if (status == 404 && hadSession) {
            response.body().discard();
            SessionExpiredException expired = new SessionExpiredException();
            accepted.completeExceptionally(expired);
            report(expired);
            return;
        }
        if (status < 200 || status > 299) {
            response.body().discard();
            accepted.completeExceptionally(new HttpStatusException("POST " + HttpExchange.strip(url), status));
            return;
        }
        response.headers().firstValue("Mcp-Session-Id").ifPresent(id -> sessionId = id);
        accepted.complete(null);
        switch (response.body()) {
            case Answer.Json json -> http.deliverJson(new String(json.body(), StandardCharsets.UTF_8), related, this::deliver);
            case Answer.Events events -> threads.newThread(() -> readEvents(events.body(), related)).start();
        }
    }

    /** A POST's answer as read: a whole JSON body, or an event stream still being written. */
    private sealed interface Answer {
        void discard();

        record Json(byte[] body) implements Answer {
            @Override
            public void discard() {
            }
        }

        record Events(InputStream body) implements Answer {
            @Override
            public void discard() {
                HttpExchange.drain(body);
            }
        }
    }

    /** Event streams (2xx with {@code text/event-stream}) are followed; every other body is read whole. */
    private static final HttpResponse.BodyHandler<Answer> ANSWER = info -> {
        boolean events = info.statusCode() / 100 == 2
                && info.headers().firstValue("Content-Type").orElse("").startsWith(HttpExchange.EVENT_STREAM);
        return events ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), Answer.Events::new)
                : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), Answer.Json::new);
    };

    private void readEvents(InputStream body, JsonNode related) {
        openStreams.add(body);
        try (body) {
            http.readEvents(body, related, this::deliver,
                    e -> LOG.log(Level.FINE, "[{0}] ignored event {1}", new Object[] {backend, e.event()}));
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
            if (response.headers().firstValue("Content-Type").orElse("").startsWith(HttpExchange.EVENT_STREAM)) {
                readEvents(response.body(), null);
            } else {
                HttpExchange.drain(response.body());
                LOG.log(Level.FINE, "[{0}] the GET stream answered something other than events", backend);
            }
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
