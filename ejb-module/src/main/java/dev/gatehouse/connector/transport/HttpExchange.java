package dev.gatehouse.connector.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.http.Http1Client;
import dev.gatehouse.connector.http.Http1Request;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP plumbing both HTTP transports share: requests carrying the credential headers
 * (for the JDK client the legacy transport uses and for the lean {@link Http1Client} of
 * Streamable HTTP), safe descriptions of I/O failures, and the decoding of JSON-RPC bodies
 * and events.
 */
final class HttpExchange {
    private static final Logger LOG = Logger.getLogger(HttpExchange.class.getName());
    static final String EVENT_STREAM = "text/event-stream";

    private final String backend;
    private final HttpClient client;
    private final Http1Client lean;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final SecretRedactor redactor;

    HttpExchange(String backend, HttpClient client, Http1Client lean, Map<String, String> headers, Duration timeout,
                 SecretRedactor redactor) {
        this.backend = backend;
        this.client = client;
        this.lean = lean;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout;
        this.redactor = redactor;
    }

    HttpClient client() {
        return client;
    }

    Http1Client lean() {
        return lean;
    }

    Duration timeout() {
        return timeout;
    }

    SecretRedactor redactor() {
        return redactor;
    }

    /**
     * A request for the lean client: the credential headers, then {@code fields} (name, value,
     * name, value, ...; a {@code null} value leaves its field out).
     */
    Http1Request request(String method, URI uri, byte[] body, String... fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers.size() + fields.length / 2);
        all.addAll(headers.entrySet());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                all.add(Map.entry(fields[i], fields[i + 1]));
            }
        }
        try {
            return new Http1Request(method, uri, all, body);
        } catch (IllegalArgumentException e) {
            throw new TransportException(e.getMessage());
        }
    }

    /** A request to {@code uri} with the credential headers applied and the per-request timeout. */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach((name, value) -> {
            try {
                builder.header(name, value);
            } catch (IllegalArgumentException e) {
                throw new TransportException("the credential header '" + name + "' cannot be sent over HTTP");
            }
        });
        return builder;
    }

    /** A redacted, operator-friendly description of an I/O failure against {@code uri}. */
    TransportException failure(String what, URI uri, IOException e) {
        String reason = switch (e) {
            case HttpConnectTimeoutException t -> "connect timed out";
            case HttpTimeoutException t -> "no answer within " + timeout.toSeconds() + " s";
            case ConnectException c -> "connection refused";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return new TransportException(redactor.redact(what + " " + strip(uri) + " failed: " + reason), e);
    }

    /** Decodes a JSON body (one message or a batch) and hands each message over. */
    void deliverJson(String body, JsonNode related, BiConsumer<JsonRpcMessage, JsonNode> sink) {
        if (!body.isBlank()) {
            deliver(() -> McpJson.readTree(body), related, sink);
        }
    }

    /** The same for a UTF-8 body as read from the wire. */
    void deliverJson(byte[] body, JsonNode related, BiConsumer<JsonRpcMessage, JsonNode> sink) {
        if (body.length > 0) {
            deliver(() -> McpJson.readTree(body), related, sink);
        }
    }

    private void deliver(java.util.function.Supplier<JsonNode> parse, JsonNode related, BiConsumer<JsonRpcMessage, JsonNode> sink) {
        try {
            JsonNode tree = parse.get();
            if (tree.isArray()) {
                tree.forEach(item -> sink.accept(McpJson.toMessage(item), related));
            } else {
                sink.accept(McpJson.toMessage(tree), related);
            }
        } catch (McpException e) {
            LOG.log(Level.WARNING, "[{0}] ignored a body that is not JSON-RPC: {1}", new Object[] {backend, e.getMessage()});
        }
    }

    /** Reads {@code message} events to the end of the stream; other event types go to {@code other}. */
    void readEvents(InputStream body, JsonNode related, BiConsumer<JsonRpcMessage, JsonNode> sink,
                    java.util.function.Consumer<SseEvent> other) throws IOException {
        try (SseReader reader = new SseReader(body)) {
            for (var event = reader.next(); event.isPresent(); event = reader.next()) {
                if ("message".equals(event.get().event())) {
                    deliverJson(event.get().data(), related, sink);
                } else {
                    other.accept(event.get());
                }
            }
        }
    }

    /** The URI without user info or query, which may carry secrets. */
    static String strip(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getPath();
    }

    static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            LOG.log(Level.FINEST, "stream close: {0}", e.getMessage());
        }
    }

    static void drain(InputStream body) {
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.log(Level.FINEST, "body discarded: {0}", e.getMessage());
        }
    }
}
