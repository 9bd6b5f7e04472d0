package dev.gatehouse.it.mcp;

import dev.gatehouse.it.Gatehouse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain {@code java.net.http} requests to {@code /mcp}, for protocol edge cases the SDK would not send. */
final class RawMcp {
    static final String ACCEPT = "application/json, text/event-stream";

    private RawMcp() {
    }

    static HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(Gatehouse.uri("/mcp")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return Gatehouse.HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Initializes a session with the given revision and returns its id. */
    static String initialize(String version) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post("""
                {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
                 "capabilities":{},"clientInfo":{"name":"raw-it","version":"1"}}}""".formatted(version)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("initialize failed: " + response.statusCode() + " " + response.body());
        }
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        send(inSession(post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), session, version));
        return session;
    }

    static HttpRequest.Builder inSession(HttpRequest.Builder request, String session, String version) {
        return request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", version);
    }
}
