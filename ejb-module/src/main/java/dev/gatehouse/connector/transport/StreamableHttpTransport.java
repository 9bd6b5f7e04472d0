package dev.gatehouse.connector.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.http.Http1Exchange;
import dev.gatehouse.connector.http.Http1Request;
import dev.gatehouse.connector.http.Http1Response;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.McpJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
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
    /**
     * How long the sending thread itself waits for an answer to begin before a thread of its
     * own takes over: long enough for a quick tool, short enough that whoever sent (an agent's
     * request thread, a cancellation) is not held by a slow one.
     */
    static final Duration INLINE_WAIT = Duration.ofMillis(50);
    private static final int MAX_REDIRECTS = 4;

    private final String backend;
    private final URI url;
    private final HttpExchange http;
    private final ThreadFactory threads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Set<InputStream> openStreams = ConcurrentHashMap.newKeySet();
    /** POSTs whose slow answers threads of their own await. */
    private final Set<Http1Exchange> waiting = ConcurrentHashMap.newKeySet();
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

    /** A request with the credential, session and protocol version headers (and a content type when it has a body). */
    private Http1Request request(String method, URI target, String accept, byte[] body) {
        return http.request(method, target, body, "Accept", accept, "Content-Type", body == null ? null : "application/json",
                "Mcp-Session-Id", sessionId, "MCP-Protocol-Version", protocolVersion);
    }

    /**
     * Writes the POST and waits for its answer on the sending thread, which is usually the
     * agent's request thread: a quick JSON answer then costs no thread hand-off at all. An
     * answer that has not begun within {@link #INLINE_WAIT} is awaited by a thread of its own,
     * and so is every event stream, for as long as it stays open.
     */
    private void post(JsonRpcMessage message, CompletableFuture<Void> accepted) {
        JsonNode related = message instanceof JsonRpcRequest r ? r.id() : null;
        boolean hadSession = sessionId != null;
        Http1Request request;
        try {
            request = request("POST", url, "application/json, " + HttpExchange.EVENT_STREAM, McpJson.writeBytes(message));
        } catch (TransportException e) {
            accepted.completeExceptionally(e);
            return;
        }
        exchange(request, related, hadSession, accepted, 0);
    }

    private void exchange(Http1Request request, JsonNode related, boolean hadSession, CompletableFuture<Void> accepted,
                          int redirects) {
        try {
            Http1Exchange exchange = http.lean().send(request, http.timeout());
            Optional<Http1Response> answer = exchange.awaitResponse(INLINE_WAIT);
            if (answer.isPresent()) {
                answered(answer.get(), request, related, hadSession, accepted, redirects);
                return;
            }
            waiting.add(exchange);
            threads.newThread(() -> {
                try {
                    answered(exchange.response(), request, related, hadSession, accepted, redirects);
                } catch (IOException e) {
                    failed(request, e, accepted);
                } finally {
                    waiting.remove(exchange);
                }
            }).start();
            if (closed.get()) {
                exchange.cancel();
            }
        } catch (IOException e) {
            failed(request, e, accepted);
        }
    }

    private void failed(Http1Request request, IOException cause, CompletableFuture<Void> accepted) {
        TransportException problem = http.failure("POST", request.uri(), cause);
        accepted.completeExceptionally(problem);
        if (protocolVersion != null) {
            report(problem);
        }
    }

    private void answered(Http1Response response, Http1Request request, JsonNode related, boolean hadSession,
                          CompletableFuture<Void> accepted, int redirects) throws IOException {
        int status = response.status();
        if ((status == 307 || status == 308) && redirects < MAX_REDIRECTS
                && response.header("Location").flatMap(l -> redirect(request.uri(), l)).orElse(null) instanceof URI target) {
            response.discard();
            exchange(request.to(target), related, hadSession, accepted, redirects + 1);
            return;
        }
        if (status == 404 && hadSession) {
            response.discard();
            SessionExpiredException expired = new SessionExpiredException();
            accepted.completeExceptionally(expired);
            report(expired);
            return;
        }
        if (status < 200 || status > 299) {
            response.discard();
            accepted.completeExceptionally(new HttpStatusException("POST " + HttpExchange.strip(url), status));
            return;
        }
        response.header("Mcp-Session-Id").ifPresent(id -> sessionId = id);
        if (isEventStream(response)) {
            accepted.complete(null);
            InputStream events = response.untimed().body();
            threads.newThread(() -> readEvents(events, related)).start();
            return;
        }
        byte[] body = response.bytes();
        accepted.complete(null);
        http.deliverJson(body, related, this::deliver);
    }

    private static boolean isEventStream(Http1Response response) {
        return response.header("Content-Type").orElse("").startsWith(HttpExchange.EVENT_STREAM);
    }

    /** A 307/308 target the POST may follow: same scheme, or from http up to https; never down. */
    private static Optional<URI> redirect(URI from, String location) {
        try {
            URI target = from.resolve(location.strip());
            boolean allowed = target.getScheme() != null && (target.getScheme().equalsIgnoreCase(from.getScheme())
                    || target.getScheme().equalsIgnoreCase("https"));
            return allowed && target.getHost() != null ? Optional.of(target) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

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
            Http1Response response;
            try {
                response = http.lean().exchange(request("GET", url, HttpExchange.EVENT_STREAM, null), http.timeout());
            } catch (TransportException e) {
                report(e);
                return;
            } catch (IOException e) {
                if (!closed.get()) {
                    report(http.failure("GET", url, e));
                }
                return;
            }
            int status = response.status();
            if (status == 404) {
                response.discard();
                report(new SessionExpiredException());
                return;
            }
            if (status < 200 || status > 299) {
                response.discard();
                LOG.log(Level.FINE, "[{0}] no server-initiated stream (HTTP {1})", new Object[] {backend, status});
                return;
            }
            if (isEventStream(response)) {
                try {
                    readEvents(response.untimed().body(), null);
                } catch (IOException e) {
                    response.close();
                }
            } else {
                response.discard();
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
        waiting.forEach(Http1Exchange::cancel);
        String session = sessionId;
        if (session != null && !reported.get()) {
            try (Http1Response response = http.lean().exchange(request("DELETE", url, "application/json", null),
                    Duration.ofSeconds(2))) {
                response.discard();
                LOG.log(Level.FINE, "[{0}] session deleted (HTTP {1})", new Object[] {backend, response.status()});
            } catch (IOException | TransportException e) {
                LOG.log(Level.FINE, "[{0}] could not delete the session: {1}", new Object[] {backend, e.getMessage()});
            }
        }
    }
}
