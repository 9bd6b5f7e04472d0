package dev.gatehouse.connector.transport;

import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.McpJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The legacy HTTP+SSE client transport (MCP 2024-11-05): a long-lived GET event stream whose
 * first {@code endpoint} event names the URL to POST messages to; every message from the
 * server, responses included, arrives as a {@code message} event on that stream.
 */
public final class SseTransport implements Transport {
    private static final Logger LOG = Logger.getLogger(SseTransport.class.getName());

    private final String backend;
    private final URI url;
    private final HttpExchange http;
    private final Duration connectTimeout;
    private final ThreadFactory threads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private volatile TransportListener listener;
    private volatile InputStream stream;

    SseTransport(String backend, URI url, HttpExchange http, Duration connectTimeout, ThreadFactory threads) {
        this.backend = backend;
        this.url = url;
        this.http = http;
        this.connectTimeout = connectTimeout;
        this.threads = threads;
    }

    /** Opens the event stream and waits (up to the connect timeout) for the {@code endpoint} event. */
    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        threads.newThread(this::listen).start();
        try {
            URI target = endpoint.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.log(Level.FINE, "[{0}] legacy SSE endpoint is {1}", new Object[] {backend, HttpExchange.strip(target)});
        } catch (ExecutionException e) {
            close();
            throw e.getCause() instanceof TransportException t ? t : new TransportException("the SSE stream failed");
        } catch (TimeoutException e) {
            close();
            throw new TransportException("no endpoint event on " + HttpExchange.strip(url) + " within "
                    + connectTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new TransportException("interrupted while opening the SSE stream");
        }
    }

    private void listen() {
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(http.request(url).header("Accept", HttpExchange.EVENT_STREAM).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            endpoint.completeExceptionally(http.failure("GET", url, e));
            return;
        } catch (TransportException e) {
            endpoint.completeExceptionally(e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endpoint.completeExceptionally(new TransportException("interrupted"));
            return;
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            HttpExchange.drain(response.body());
            endpoint.completeExceptionally(new HttpStatusException("GET " + HttpExchange.strip(url), response.statusCode()));
            return;
        }
        stream = response.body();
        TransportException ended = new TransportException("the backend closed its SSE stream");
        try {
            http.readEvents(stream, null, this::deliver, event -> {
                if ("endpoint".equals(event.event())) {
                    endpoint.complete(url.resolve(event.data().trim()));
                }
            });
        } catch (IOException e) {
            ended = http.failure("SSE stream", url, e);
        }
        endpoint.completeExceptionally(ended);
        report(ended);
    }

    private void deliver(JsonRpcMessage message, com.fasterxml.jackson.databind.JsonNode related) {
        if (!closed.get()) {
            listener.message(message, null);
        }
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        URI target = endpoint.getNow(null);
        if (target == null || closed.get()) {
            accepted.completeExceptionally(new TransportException("the SSE transport is not open"));
            return accepted;
        }
        threads.newThread(() -> post(target, message, accepted)).start();
        return accepted;
    }

    private void post(URI target, JsonRpcMessage message, CompletableFuture<Void> accepted) {
        try {
            HttpRequest request = http.request(target).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(McpJson.write(message), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                accepted.completeExceptionally(new HttpStatusException("POST " + HttpExchange.strip(target), response.statusCode()));
            } else {
                accepted.complete(null);
            }
        } catch (IOException e) {
            TransportException failure = http.failure("POST", target, e);
            accepted.completeExceptionally(failure);
            report(failure);
        } catch (TransportException e) {
            accepted.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            accepted.completeExceptionally(new TransportException("interrupted"));
        }
    }

    @Override
    public String flavour() {
        return "sse";
    }

    /** Reports a break of an opened stream; a stream that never opened fails {@link #start} instead. */
    private void report(TransportException cause) {
        boolean opened = endpoint.isDone() && !endpoint.isCompletedExceptionally();
        if (opened && !closed.get() && reported.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "[{0}] {1}", new Object[] {backend, cause.getMessage()});
            listener.closed(cause);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            InputStream s = stream;
            if (s != null) {
                HttpExchange.closeQuietly(s);
            }
        }
    }
}
