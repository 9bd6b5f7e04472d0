package dev.gatehouse.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the Gatehouse under test runs and where the test MCP servers are installed, as the
 * failsafe configuration passes them; plus the plain HTTP calls most tests need, with the
 * credentials Gatehouse requires: calls under {@code /api/v1} carry the administrator's Basic
 * credentials (the IT server gets them from {@code GATEHOUSE_ADMIN_USER} and
 * {@code GATEHOUSE_ADMIN_PASSWORD}, set in {@code it/pom.xml}), and
 * {@code /mcp} calls carry the key of one shared, unscoped test agent ({@link #agentKey()}).
 */
public final class Gatehouse {
    public static final String BASE = System.getProperty("gatehouse.base", "http://127.0.0.1:9280");
    public static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    public static final String ADMIN_USER = System.getProperty("gatehouse.it.admin.user", "it-admin");
    public static final String ADMIN_PASSWORD = System.getProperty("gatehouse.it.admin.password", "it-admin-password-3c9e");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String sharedAgentKey;

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

    /** {@code Basic ...} for the administrator. */
    public static String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** GET as the administrator when the path is under {@code /api/v1}. */
    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(credentials(path, HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any method, as the administrator when the path is under {@code /api/v1}. */
    public static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(credentials(path, request(method, path, json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method without any credential. */
    public static HttpResponse<String> sendAnonymously(String method, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(request(method, path, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    private static HttpRequest.Builder credentials(String path, HttpRequest.Builder request) {
        if (path.startsWith("/api/")) {
            request.header("Authorization", adminAuthorization());
        } else if (path.startsWith("/mcp")) {
            request.header("Authorization", "Bearer " + agentKey());
        }
        return request;
    }

    /**
     * The key of the shared test agent (every backend, no user), created on first use: what
     * every {@code /mcp} test presents unless it tests identity itself.
     */
    public static synchronized String agentKey() {
        if (sharedAgentKey == null) {
            String name = "it-agent-" + UUID.randomUUID().toString().substring(0, 8);
            sharedAgentKey = createAgent(name, "{\"name\":\"" + name + "\",\"description\":\"the ITs' shared agent\"}");
        }
        return sharedAgentKey;
    }

    /** Registers an agent from its JSON definition and issues it a key; returns the key. */
    public static String createAgent(String name, String definition) {
        try {
            HttpResponse<String> created = send("POST", "/api/v1/agents", definition);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("cannot create agent " + name + ": " + created.statusCode() + " " + created.body());
            }
            return issueKey(name, null).path("key").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot create agent " + name, e);
        }
    }

    /** Issues a key for the agent ({@code body} may set expiresAt/expiresIn); returns the 201 body. */
    public static JsonNode issueKey(String agent, String body) throws IOException, InterruptedException {
        HttpResponse<String> issued = send("POST", "/api/v1/agents/" + agent + "/keys", body == null ? "{}" : body);
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("cannot issue a key for " + agent + ": " + issued.statusCode() + " " + issued.body());
        }
        return JSON.readTree(issued.body());
    }
}
