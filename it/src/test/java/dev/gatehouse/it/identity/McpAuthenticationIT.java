package dev.gatehouse.it.identity;

import static dev.gatehouse.it.Gatehouse.get;
import static dev.gatehouse.it.Gatehouse.send;
import static dev.gatehouse.it.identity.AgentsIT.json;
import static dev.gatehouse.it.identity.AgentsIT.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code /mcp} requires an agent's key (RFC 6750): the exact status and challenge for a missing,
 * malformed, unknown, revoked or expired key, a disabled agent, and a session used by another agent.
 */
class McpAuthenticationIT {
    static final String V = "2025-06-18";
    static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
             "capabilities":{},"clientInfo":{"name":"auth-it","version":"1"}}}""".formatted(V);

    static HttpResponse<String> post(String body, String authorization, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Gatehouse.uri("/mcp")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", V);
        }
        return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String initialize(String key) throws Exception {
        HttpResponse<String> response = post(INITIALIZE, "Bearer " + key, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    static String challenge(HttpResponse<String> response) {
        return response.headers().firstValue("WWW-Authenticate").orElse("");
    }

    @Test
    void noKeyIs401WithABareBearerChallenge() throws Exception {
        HttpResponse<String> response = post(INITIALIZE, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(challenge(response)).isEqualTo("Bearer realm=\"gatehouse\"");
        assertThat(json(response).path("error").path("message").asText()).contains("API key");
        assertThat(post(INITIALIZE, "Basic YWRtaW46eA==", null).statusCode()).as("not a bearer token").isEqualTo(401);
    }

    @Test
    void aMalformedOrUnknownKeyIs401InvalidToken() throws Exception {
        HttpResponse<String> unknown = post(INITIALIZE, "Bearer ghk_0123456789abcdef_" + "A".repeat(43), null);
        HttpResponse<String> garbage = post(INITIALIZE, "Bearer not-a-key", null);

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(challenge(unknown)).startsWith("Bearer realm=\"gatehouse\", error=\"invalid_token\"");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(challenge(garbage)).contains("error=\"invalid_token\"");
        assertThat(unknown.body()).doesNotContain("AAAAAAAA");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceOnItsOpenSession() throws Exception {
        String agent = unique("revoked");
        String key = Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");
        String session = initialize(key);
        assertThat(post(PING, "Bearer " + key, session).statusCode()).isEqualTo(200);
        String id = json(get("/api/v1/agents/" + agent + "/keys")).get(0).path("id").asText();

        send("DELETE", "/api/v1/agents/" + agent + "/keys/" + id, null);
        HttpResponse<String> after = post(PING, "Bearer " + key, session);

        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(challenge(after)).contains("error=\"invalid_token\"");
    }

    @Test
    void anExpiredKeyIs401InvalidToken() throws Exception {
        String agent = unique("expired");
        Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");
        String key = Gatehouse.issueKey(agent, "{\"expiresIn\":\"PT2S\"}").path("key").asText();
        initialize(key);

        Thread.sleep(2500);
        HttpResponse<String> expired = post(INITIALIZE, "Bearer " + key, null);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(challenge(expired)).contains("error=\"invalid_token\"").contains("expired");
    }

    @Test
    void aDisabledAgentIs403InsufficientScopeUntilEnabledAgain() throws Exception {
        String agent = unique("disabled");
        String key = Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");
        String session = initialize(key);

        send("PUT", "/api/v1/agents/" + agent, "{\"enabled\":false}");
        HttpResponse<String> disabled = post(PING, "Bearer " + key, session);
        send("PUT", "/api/v1/agents/" + agent, "{\"enabled\":true}");
        HttpResponse<String> enabled = post(PING, "Bearer " + key, session);

        assertThat(disabled.statusCode()).isEqualTo(403);
        assertThat(challenge(disabled)).startsWith("Bearer realm=\"gatehouse\", error=\"insufficient_scope\"");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
    }

    @Test
    void aSessionAcceptsAnyKeyOfItsAgentButNoOtherAgents() throws Exception {
        String owner = unique("owner");
        String ownerKey = Gatehouse.createAgent(owner, "{\"name\":\"" + owner + "\"}");
        String secondKey = Gatehouse.issueKey(owner, null).path("key").asText();
        String session = initialize(ownerKey);

        HttpResponse<String> sameAgent = post(PING, "Bearer " + secondKey, session);
        HttpResponse<String> otherAgent = post(PING, "Bearer " + Gatehouse.agentKey(), session);
        HttpRequest delete = HttpRequest.newBuilder(Gatehouse.uri("/mcp")).header("Mcp-Session-Id", session)
                .header("Authorization", "Bearer " + Gatehouse.agentKey()).DELETE().build();
        HttpResponse<String> foreignDelete = Gatehouse.HTTP.send(delete, HttpResponse.BodyHandlers.ofString());

        assertThat(sameAgent.statusCode()).isEqualTo(200);
        assertThat(otherAgent.statusCode()).isEqualTo(403);
        assertThat(json(otherAgent).path("error").path("message").asText()).contains("another agent");
        assertThat(foreignDelete.statusCode()).isEqualTo(403);
        assertThat(post(PING, "Bearer " + ownerKey, session).statusCode()).as("still alive").isEqualTo(200);
    }
}
