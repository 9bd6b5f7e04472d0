package dev.gatehouse.it.mcp;

import static dev.gatehouse.it.mcp.EverythingBackends.JSON;
import static dev.gatehouse.it.mcp.RawMcp.inSession;
import static dev.gatehouse.it.mcp.RawMcp.post;
import static dev.gatehouse.it.mcp.RawMcp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of bad input on {@code /mcp} gets the right HTTP status and JSON-RPC error, never a stack trace. */
class McpErrorsIT {
    private static final String V = "2025-11-25";
    private static String session;

    @BeforeAll
    static void initialize() throws Exception {
        session = RawMcp.initialize(V);
    }

    private static JsonNode error(HttpResponse<String> response) throws Exception {
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return JSON.readTree(response.body()).path("error");
    }

    private static HttpResponse<String> inSessionPost(String body) throws Exception {
        return send(inSession(post(body), session, V));
    }

    @Test
    void malformedJsonIs400WithParseError() throws Exception {
        HttpResponse<String> response = inSessionPost("{\"jsonrpc\":\"2.0\",\"id\":1,");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).path("code").asInt()).isEqualTo(-32700);
    }

    @Test
    void aMessageThatIsNotJsonRpcIs400WithInvalidRequest() throws Exception {
        HttpResponse<String> response = inSessionPost("{\"id\":1,\"method\":\"ping\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).path("code").asInt()).isEqualTo(-32600);
    }

    @Test
    void unknownMethodIsMethodNotFound() throws Exception {
        HttpResponse<String> response = inSessionPost("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/teleport\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(error(response).path("code").asInt()).isEqualTo(-32601);
        assertThat(JSON.readTree(response.body()).path("id").asInt()).isEqualTo(2);
    }

    @Test
    void unknownToolIsInvalidParams() throws Exception {
        HttpResponse<String> response = inSessionPost(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"nobody__nothing\"}}");

        assertThat(error(response).path("code").asInt()).isEqualTo(-32602);
        assertThat(error(response).path("message").asText()).contains("nobody__nothing");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(5 * 1024 * 1024) + "\"}}";

        HttpResponse<String> response = inSessionPost(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).path("code").asInt()).isEqualTo(-32600);
    }

    @Test
    void missingSessionIs400AndUnknownSessionIs404() throws Exception {
        HttpResponse<String> missing = send(post("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}"));
        HttpResponse<String> unknown = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}"),
                "not-a-session", V));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown).path("message").asText()).contains("session");
    }

    @Test
    void aDeletedSessionIsGone() throws Exception {
        String doomed = RawMcp.initialize(V);
        HttpResponse<String> deleted = Gatehouse.HTTP.send(RawMcp.request()
                .header("Mcp-Session-Id", doomed).DELETE().build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> after = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"ping\"}"), doomed, V));

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(404);
    }

    @Test
    void unsupportedProtocolVersionHeaderIs400() throws Exception {
        HttpResponse<String> response = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}"),
                session, "2024-01-01"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).path("message").asText()).contains("MCP-Protocol-Version");
    }

    @Test
    void foreignOriginIs403AndLoopbackOriginIsAllowed() throws Exception {
        HttpResponse<String> foreign = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}"), session, V)
                .header("Origin", "http://evil.example"));
        HttpResponse<String> local = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}"), session, V)
                .header("Origin", "http://localhost:6274"));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(local.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongContentTypeIs415AndMissingAcceptIs406() throws Exception {
        HttpResponse<String> text = send(RawMcp.request().header("Content-Type", "text/plain")
                .header("Accept", RawMcp.ACCEPT).header("Mcp-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}")));
        HttpResponse<String> jsonOnly = send(inSession(post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}"), session, V)
                .setHeader("Accept", "application/json"));

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(jsonOnly.statusCode()).isEqualTo(406);
    }

    @Test
    void notificationsAreAccepted() throws Exception {
        HttpResponse<String> response = inSessionPost("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\"}");

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void batchesOnlyExistIn20250326() throws Exception {
        String batch = "[{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"nope\"}]";
        HttpResponse<String> refused = inSessionPost(batch);
        String old = RawMcp.initialize("2025-03-26");
        HttpResponse<String> accepted = send(inSession(post(batch), old, "2025-03-26"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode answers = JSON.readTree(accepted.body());
        assertThat(answers.isArray()).isTrue();
        assertThat(answers.get(0).path("id").asInt()).isEqualTo(10);
        assertThat(answers.get(1).path("error").path("code").asInt()).isEqualTo(-32601);
    }

    @Test
    void initializeNegotiatesDownToASupportedRevision() throws Exception {
        HttpResponse<String> response = send(post("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2030-01-01",
                 "capabilities":{},"clientInfo":{"name":"raw-it","version":"1"}}}"""));

        assertThat(JSON.readTree(response.body()).path("result").path("protocolVersion").asText()).isEqualTo(V);
        assertThat(response.headers().firstValue("Mcp-Session-Id").orElseThrow()).hasSizeGreaterThanOrEqualTo(22);
    }

    @Test
    void pingAnswersAsJson() throws Exception {
        HttpResponse<String> response = inSessionPost("{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"ping\"}");

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).path("result").isEmpty()).isTrue();
    }
}
