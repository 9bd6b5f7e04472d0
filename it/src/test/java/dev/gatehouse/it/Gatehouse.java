package dev.gatehouse.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the Gatehouse under test runs and where the test MCP servers are installed, as the
 * failsafe configuration passes them; plus the plain HTTP calls most tests need.
 */
public final class Gatehouse {
    public static final String BASE = System.getProperty("gatehouse.base", "http://127.0.0.1:9080");
    public static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private Gatehouse() {
    }

    public static URI uri(String path) {
        return URI.create(BASE + path);
    }

    /** The {@code node_modules} folder of it/mcp-servers, where the real test MCP servers live. */
    public static Path mcpServers() {
        Path dir = Path.of(System.getProperty("gatehouse.it.servers", "mcp-servers/node_modules"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test MCP servers are not installed: run npm ci in it/mcp-servers");
        }
        return dir.toAbsolutePath();
    }

    /** The entry script of {@code @modelcontextprotocol/server-everything}. */
    public static Path serverEverything() {
        return mcpServers().resolve("@modelcontextprotocol/server-everything/dist/index.js");
    }

    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
