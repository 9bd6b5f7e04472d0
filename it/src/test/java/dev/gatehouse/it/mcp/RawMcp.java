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

    /** A POST to /mcp with the shared test agent's key. */
    static HttpRequest.Builder post(String body) {
        return post(body, Gatehouse.agentKey());
    }

    /** A POST to /mcp presenting {@code key} (none when {@code null}). */
    static HttpRequest.Builder post(String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Gatehouse.uri("/mcp")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    /** Any request to /mcp with the shared test agent's key. */
    static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(Gatehouse.uri("/mcp")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Gatehouse.agentKey());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return Gatehouse.HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Initializes a session with the given revision and returns its id. */
    static String initialize(String version) throws IOException, InterruptedException {
        return initialize(version, Gatehouse.agentKey());
    }

    /** Initializes a session as the agent holding {@code key} and returns its id. */
    static String initialize(String version, String key) throws IOException, InterruptedException {
        HttpResponse<String> response = send(post("""
                {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
                 "capabilities":{},"clientInfo":{"name":"raw-it","version":"1"}}}""".formatted(version), key));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("initialize failed: " + response.statusCode() + " " + response.body());
        }
        String session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        send(inSession(post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", key), session, version));
        return session;
    }

    static HttpRequest.Builder inSession(HttpRequest.Builder request, String session, String version) {
        return request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", version);
    }
}
