package dev.gatehouse.it.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.it.Gatehouse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Gatehouse as the audit tests drive it: the admin API with the administrator's Basic
 * credentials, agents with API keys, a stdio server-everything backend, and raw MCP sessions
 * over {@code /mcp} with an agent's Bearer key. Works on the shared test server and on the
 * second (strict-mode) server the SIGKILL test starts; the console's browser tests use it to make audited calls.
 */
public final class AuditGatehouse {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROTOCOL = "2025-11-25";

    final String base;
    private final String adminAuthorization;

    AuditGatehouse(String base, String adminUser, String adminPassword) {
        this.base = base;
        this.adminAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** The shared test server, with the administrator password the shared helper ({@link Gatehouse}) uses. */
    public static AuditGatehouse shared() {
        return new AuditGatehouse(Gatehouse.BASE, Gatehouse.ADMIN_USER, Gatehouse.ADMIN_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public HttpResponse<String> admin(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", adminAuthorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode adminJson(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = admin(method, path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** Registers server-everything over stdio under the name and waits until it is ready. */
    public void registerEverything(String name) throws Exception {
        admin("DELETE", "/backends/" + name, null);
        adminJson("POST", "/backends", Map.of("name", name, "transport", "stdio", "command", "node",
                "args", List.of(Gatehouse.serverEverything().toString())));
        Instant deadline = Instant.now().plusSeconds(60);
        String state = "";
        while (Instant.now().isBefore(deadline)) {
            state = adminJson("GET", "/backends/" + name, null).path("status").path("state").asText();
            if (state.equals("READY")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("backend " + name + " is not ready: " + state);
    }

    /** Creates an agent acting for {@code user}, scoped to the backends, and returns a new API key for it. */
    public String agentKey(String agent, String user, List<String> backends) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("name", agent).put("description", "audit IT").put("user", user);
        body.set("backends", JSON.valueToTree(backends));
        adminJson("POST", "/agents", body);
        return adminJson("POST", "/agents/" + agent + "/keys", JSON.createObjectNode()).path("key").asText();
    }

    /** A page of the audit log for the query string (without the leading {@code ?}). */
    public JsonNode audit(String query) throws Exception {
        return adminJson("GET", "/audit" + (query.isEmpty() ? "" : "?" + query), null);
    }

    /** Opens an MCP session with an agent key. */
    public Session session(String key) throws Exception {
        return new Session(this, key);
    }

    /** One raw legacy-era MCP session over Streamable HTTP. */
    public static final class Session {
        private final AuditGatehouse gatehouse;
        private final String key;
        public final String id;
        private int next = 1;

        private Session(AuditGatehouse gatehouse, String key) throws Exception {
            this.gatehouse = gatehouse;
            this.key = key;
            HttpResponse<String> response = post(null, """
                    {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
                     "capabilities":{},"clientInfo":{"name":"audit-it","version":"1"}}}""".formatted(PROTOCOL));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("initialize failed: " + response.statusCode() + " " + response.body());
            }
            id = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
            post(id, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        }

        private HttpResponse<String> post(String session, String body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatehouse.base + "/mcp"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body));
            if (session != null) {
                request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL);
            }
            return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Sends a request and returns its JSON-RPC response (from JSON or from the SSE stream). */
        synchronized JsonNode request(String method, JsonNode params) throws IOException, InterruptedException {
            ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", next++).put("method", method);
            message.set("params", params);
            HttpResponse<String> response = post(id, JSON.writeValueAsString(message));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return parse(response);
        }

        public JsonNode callTool(String tool, Map<String, ?> arguments) throws IOException, InterruptedException {
            ObjectNode params = JSON.createObjectNode().put("name", tool);
            params.set("arguments", JSON.valueToTree(arguments));
            return request("tools/call", params);
        }

        private static JsonNode parse(HttpResponse<String> response) throws IOException {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/event-stream")) {
                return JSON.readTree(response.body());
            }
            JsonNode last = null;
            for (String event : response.body().split("\n\n")) {
                StringBuilder data = new StringBuilder();
                for (String line : event.split("\n")) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
                if (!data.isEmpty()) {
                    JsonNode node = JSON.readTree(data.toString());
                    if (node.has("result") || node.has("error")) {
                        last = node;
                    }
                }
            }
            if (last == null) {
                throw new IOException("no response in the event stream: " + response.body());
            }
            return last;
        }
    }
}
