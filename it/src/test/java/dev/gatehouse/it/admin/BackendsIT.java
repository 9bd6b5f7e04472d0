package dev.gatehouse.it.admin;

import static dev.gatehouse.it.admin.AdminApi.get;
import static dev.gatehouse.it.admin.AdminApi.json;
import static dev.gatehouse.it.admin.AdminApi.problem;
import static dev.gatehouse.it.admin.AdminApi.send;
import static dev.gatehouse.it.admin.AdminApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The backend half of the admin API against the started server: CRUD, validation, conflicts. */
class BackendsIT {

    private static String http(String name, String url) {
        return """
                {"name":"%s","transport":"http","url":"%s","enabled":false}""".formatted(name, url);
    }

    @Test
    void createsReadsUpdatesAndDeletesABackend() throws Exception {
        String name = unique("crud");

        HttpResponse<String> created = send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/backends/" + name));
        assertThat(json(created).path("url").asText()).isEqualTo("http://127.0.0.1:1/mcp");

        JsonNode details = json(get("/backends/" + name));
        assertThat(details.path("transport").asText()).isEqualTo("http");
        assertThat(details.path("enabled").asBoolean()).isFalse();
        assertThat(details.path("status").path("state").asText()).isEqualTo("DISABLED");
        long version = details.path("version").asLong();

        HttpResponse<String> updated = send("PUT", "/backends/" + name, """
                {"transport":"stdio","command":"node","args":["server.js"],"env":{"DEBUG":"1"},"enabled":false}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode after = json(updated);
        assertThat(after.path("transport").asText()).isEqualTo("stdio");
        assertThat(after.path("args").get(0).asText()).isEqualTo("server.js");
        assertThat(after.path("env").path("DEBUG").asText()).isEqualTo("1");
        assertThat(after.path("version").asLong()).isGreaterThan(version);

        JsonNode list = json(get("/backends"));
        assertThat(list.path("total").asInt()).isEqualTo(list.path("backends").size());
        assertThat(list.path("backends").findValuesAsText("name")).contains(name);

        assertThat(send("DELETE", "/backends/" + name, null).statusCode()).isEqualTo(204);
        problem(get("/backends/" + name), 404);
    }

    @Test
    void anUnchangedPutKeepsTheVersion() throws Exception {
        String name = unique("same");
        send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp"));
        long version = json(get("/backends/" + name)).path("version").asLong();

        HttpResponse<String> put = send("PUT", "/backends/" + name, http(name, "http://127.0.0.1:1/mcp"));

        assertThat(json(put).path("version").asLong()).isEqualTo(version);
        send("DELETE", "/backends/" + name, null);
    }

    @Test
    void enablesAndDisables() throws Exception {
        String name = unique("toggle");
        send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp"));

        assertThat(json(send("POST", "/backends/" + name + "/enable", null)).path("enabled").asBoolean()).isTrue();
        assertThat(json(send("POST", "/backends/" + name + "/disable", null)).path("enabled").asBoolean()).isFalse();
        send("DELETE", "/backends/" + name, null);
    }

    @Test
    void invalidInputGetsA400NamingTheField() throws Exception {
        JsonNode badName = problem(send("POST", "/backends", http("has space", "http://h/")), 400);
        assertThat(badName.path("errors").findValuesAsText("field")).contains("name");

        JsonNode noUrl = problem(send("POST", "/backends", """
                {"name":"%s","transport":"http"}""".formatted(unique("nourl"))), 400);
        assertThat(noUrl.path("errors").findValuesAsText("field")).containsExactly("url");

        JsonNode badTransport = problem(send("POST", "/backends", """
                {"name":"%s","transport":"carrier-pigeon"}""".formatted(unique("t"))), 400);
        assertThat(badTransport.path("errors").findValuesAsText("field")).contains("transport");

        JsonNode unknownField = problem(send("POST", "/backends", """
                {"name":"x","transport":"http","url":"http://h/","colour":"red"}"""), 400);
        assertThat(unknownField.path("errors").findValuesAsText("field")).containsExactly("colour");

        JsonNode noCredential = problem(send("POST", "/backends", """
                {"name":"%s","transport":"http","url":"http://h/","credential":"no-such-credential"}"""
                .formatted(unique("nocred"))), 400);
        assertThat(noCredential.path("errors").findValuesAsText("field")).containsExactly("credential");
    }

    @Test
    void malformedJsonGetsA400() throws Exception {
        JsonNode problem = problem(send("POST", "/backends", "{\"name\": "), 400);
        assertThat(problem.path("detail").asText()).contains("malformed JSON");
    }

    @Test
    void aDuplicateNameGetsA409() throws Exception {
        String name = unique("dup");
        assertThat(send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp")).statusCode()).isEqualTo(201);

        JsonNode problem = problem(send("POST", "/backends", http(name, "http://127.0.0.1:2/mcp")), 409);

        assertThat(problem.path("detail").asText()).contains(name);
        send("DELETE", "/backends/" + name, null);
    }

    @Test
    void unknownBackendsAndPathsGet404Problems() throws Exception {
        JsonNode problem = problem(get("/backends/no-such-backend"), 404);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/backends/no-such-backend");
        problem(get("/backends/no-such-backend/tools"), 404);
        problem(send("DELETE", "/backends/no-such-backend", null), 404);
        problem(send("POST", "/backends/no-such-backend/tools/echo/call", "{}"), 404);
        problem(get("/no-such-collection"), 404);
    }

    @Test
    void aToolCallOnABackendThatIsNotReadyGetsA503() throws Exception {
        String name = unique("down");
        send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp"));

        problem(send("POST", "/backends/" + name + "/tools/echo/call", "{\"message\":\"hi\"}"), 503);
        send("DELETE", "/backends/" + name, null);
    }

    @Test
    void theCatalogOfADisabledBackendIsEmpty() throws Exception {
        String name = unique("cat");
        send("POST", "/backends", http(name, "http://127.0.0.1:1/mcp"));

        for (String kind : new String[]{"tools", "resources", "resource-templates", "prompts"}) {
            HttpResponse<String> response = get("/backends/" + name + "/" + kind);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("state").asText()).isEqualTo("DISABLED");
        }
        assertThat(json(get("/backends/" + name + "/resource-templates")).path("resourceTemplates").isArray()).isTrue();
        send("DELETE", "/backends/" + name, null);
    }

    @Test
    void theOpenApiDocumentDescribesTheAdminApi() throws Exception {
        HttpResponse<String> response = dev.gatehouse.it.Gatehouse.get("/openapi");
        assertThat(response.body()).contains("/api/v1/backends/{name}/tools/{tool}/call", "/api/v1/credentials/{name}",
                "BackendRequest");
    }
}
