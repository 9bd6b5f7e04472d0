package dev.gatehouse.connector.transport;

import dev.gatehouse.connector.http.Http1Client;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import dev.gatehouse.vault.CredentialMaterial;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;

/**
 * Opens the right transport for a backend spec, with its credential applied: headers on
 * every HTTP request, environment variables for a stdio process (the credential's win over
 * the spec's plain {@code env}). One shared {@link Http1Client} carries Streamable HTTP (kept-alive
 * connections per origin, no threads of its own); one shared JDK {@link HttpClient} serves the
 * legacy HTTP+SSE transport.
 */
public final class TransportFactory {
    private final HttpClient client;
    private final Http1Client lean;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration stdioGrace;
    private final ThreadFactory threads;

    /**
     * @param connectTimeout TCP connect and SSE endpoint wait
     * @param requestTimeout how long an HTTP request may wait for response headers
     * @param stdioGrace     how long each stdio shutdown step waits
     * @param threads        where HTTP exchanges and stream readers run (virtual threads suit);
     *                       stdio pipe readers always get platform threads
     */
    public TransportFactory(Duration connectTimeout, Duration requestTimeout, Duration stdioGrace, ThreadFactory threads) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.stdioGrace = stdioGrace;
        this.threads = threads;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.lean = new Http1Client(connectTimeout);
    }

    /** A new, not yet started transport for {@code spec}. */
    public Transport open(BackendSpec spec, CredentialMaterial credential) {
        SecretRedactor redactor = SecretRedactor.of(credential);
        return switch (spec.transport()) {
            case StdioTransportSpec stdio -> {
                List<String> command = new ArrayList<>();
                command.add(stdio.command());
                command.addAll(stdio.args());
                Map<String, String> environment = new HashMap<>(stdio.env());
                environment.putAll(credential.environment());
                yield new StdioTransport(spec.name(), command, environment, stdioGrace, pipeReaders(spec.name()), redactor);
            }
            case HttpTransportSpec http -> {
                HttpExchange exchange = new HttpExchange(spec.name(), client, lean, credential.headers(), requestTimeout, redactor);
                yield new FallbackHttpTransport(spec.name(), http.url(),
                        new StreamableHttpTransport(spec.name(), http.url(), exchange, threads),
                        new SseTransport(spec.name(), http.url(), exchange, connectTimeout, threads));
            }
        };
    }

    /**
     * Platform threads for a process's stdout and stderr readers. A blocking pipe read pins
     * the carrier of a virtual thread; with one carrier per core, two idle stdio backends
     * would starve every other virtual thread of the gateway.
     */
    private static ThreadFactory pipeReaders(String backend) {
        return Thread.ofPlatform().daemon().name("gatehouse-stdio-" + backend + "-", 0).factory();
    }

    /** Releases the shared HTTP clients. */
    public void close() {
        lean.close();
        client.shutdownNow();
    }
}
