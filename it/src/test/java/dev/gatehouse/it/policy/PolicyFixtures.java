package dev.gatehouse.it.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The world of the policy tests: two real server-everything backends ({@code pol-a},
 * {@code pol-b}, stdio) and two agents, each scoped to one of them, with their keys. Policies
 * these tests store only ever match {@code pol-a}/{@code pol-b}, so other tests sharing the
 * server are not affected even while one is enabled.
 */
final class PolicyFixtures {
    static final String A = "pol-a";
    static final String B = "pol-b";
    static final ObjectMapper JSON = new ObjectMapper();
    static final JacksonMcpJsonMapper MCP_JSON = new JacksonMcpJsonMapper(JSON);

    private static PolicyFixtures started;

    final String agentA = "pol-agent-a-" + suffix();
    final String agentB = "pol-agent-b-" + suffix();
    final String keyA;
    final String keyB;

    private PolicyFixtures() throws Exception {
        for (String backend : List.of(A, B)) {
            Gatehouse.send("DELETE", "/api/v1/backends/" + backend, null);
            HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/backends", JSON.writeValueAsString(Map.of(
                    "name", backend, "transport", "stdio", "command", "node",
                    "args", List.of(Gatehouse.serverEverything().toString()))));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("cannot register " + backend + ": " + created.body());
            }
        }
        keyA = Gatehouse.createAgent(agentA, JSON.writeValueAsString(Map.of("name", agentA, "user", "alice",
                "backends", List.of(A))));
        keyB = Gatehouse.createAgent(agentB, JSON.writeValueAsString(Map.of("name", agentB, "backends", List.of(B))));
        awaitReady(A);
        awaitReady(B);
    }

    static synchronized PolicyFixtures start() throws Exception {
        if (started == null) {
            started = new PolicyFixtures();
        }
        return started;
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An MCP SDK client presenting {@code key}. */
    static McpSyncClient connect(String key) {
        var transport = HttpClientStreamableHttpTransport.builder(Gatehouse.BASE).jsonMapper(MCP_JSON).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + key)).build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("policy-it", "1.0")).build();
        client.initialize();
        return client;
    }

    static HttpResponse<String> admin(String method, String path, Object body) throws Exception {
        return Gatehouse.send(method, "/api/v1" + path, body == null ? null : JSON.writeValueAsString(body));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** Stores a policy, enabled; fails the test when the server refuses it. */
    static void store(String name, String source) throws Exception {
        HttpResponse<String> created = admin("POST", "/policies", Map.of("name", name, "source", source));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("policy " + name + " refused: " + created.statusCode() + " " + created.body());
        }
    }

    static void delete(String name) throws Exception {
        admin("DELETE", "/policies/" + name, null);
    }

    private static void awaitReady(String name) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String state = "";
        while (Instant.now().isBefore(deadline)) {
            state = json(Gatehouse.get("/api/v1/backends/" + name)).path("status").path("state").asText();
            if (state.equals("READY")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("backend " + name + " is not ready: " + state);
    }
}
