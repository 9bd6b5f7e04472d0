package dev.gatehouse.it.identity;

import static dev.gatehouse.it.Gatehouse.get;
import static dev.gatehouse.it.Gatehouse.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/agents}: create, read, update, delete, with problem details for bad input. */
class AgentsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        return json(response);
    }

    @Test
    void createsReadsUpdatesAndDeletesAnAgent() throws Exception {
        String name = unique("crud");
        HttpResponse<String> created = send("POST", "/api/v1/agents", """
                {"name":"%s","description":"answers tickets","user":"alice","backends":[]}""".formatted(name));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/agents/" + name));
        JsonNode details = json(get("/api/v1/agents/" + name));
        assertThat(details.path("description").asText()).isEqualTo("answers tickets");
        assertThat(details.path("user").asText()).isEqualTo("alice");
        assertThat(details.path("backends").isArray()).isTrue();
        assertThat(details.path("backends")).isEmpty();
        assertThat(details.path("enabled").asBoolean()).isTrue();
        assertThat(json(get("/api/v1/agents")).findValuesAsText("name")).contains(name);

        HttpResponse<String> updated = send("PUT", "/api/v1/agents/" + name, """
                {"description":"now unscoped","enabled":false}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).path("backends").isNull()).as("no backends: every backend").isTrue();
        assertThat(json(updated).path("enabled").asBoolean()).isFalse();
        assertThat(json(updated).path("user").isNull()).isTrue();

        assertThat(send("DELETE", "/api/v1/agents/" + name, null).statusCode()).isEqualTo(204);
        assertThat(problem(get("/api/v1/agents/" + name), 404).path("detail").asText()).contains(name);
    }

    @Test
    void anUnknownBackendIs400NamingTheField() throws Exception {
        JsonNode problem = problem(send("POST", "/api/v1/agents", """
                {"name":"%s","backends":["no-such-backend"]}""".formatted(unique("scoped"))), 400);

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("backends");
        assertThat(problem.path("detail").asText()).contains("no-such-backend");
    }

    @Test
    void badNamesDuplicatesAndUnknownAgentsAreProblems() throws Exception {
        String name = unique("dup");
        assertThat(problem(send("POST", "/api/v1/agents", "{\"name\":\"has space\"}"), 400)
                .path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(send("POST", "/api/v1/agents", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
        problem(send("POST", "/api/v1/agents", "{\"name\":\"" + name + "\"}"), 409);
        problem(send("PUT", "/api/v1/agents/" + unique("ghost"), "{}"), 404);
        problem(send("DELETE", "/api/v1/agents/" + unique("ghost"), null), 404);
        problem(send("POST", "/api/v1/agents/" + unique("ghost") + "/keys", "{}"), 404);
    }
}
