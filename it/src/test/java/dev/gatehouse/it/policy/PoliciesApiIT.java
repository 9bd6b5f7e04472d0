package dev.gatehouse.it.policy;

import static dev.gatehouse.it.policy.PolicyFixtures.admin;
import static dev.gatehouse.it.policy.PolicyFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy admin API: create, read, change, versions, compile errors, delete. */
class PoliciesApiIT {
    private static final String V1 = """
            package gatehouse.it.api
            import rego.v1
            deny contains "never" if input.backend.name == "no-such-backend-for-api-it"
            """;

    @Test
    void eachChangedSourceIsANewVersionWithItsHashAndAuthor() throws Exception {
        String name = "api-" + PolicyFixtures.suffix();
        var created = admin("POST", "/policies", Map.of("name", name, "source", V1));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/policies/" + name));
        JsonNode v1 = json(created);
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("enabled").asBoolean()).isTrue();
        assertThat(v1.path("sha256").asText()).hasSize(64);
        assertThat(v1.path("author").asText()).isNotBlank();

        String v2Source = V1.replace("never", "still never");
        assertThat(json(admin("PUT", "/policies/" + name, Map.of("source", v2Source))).path("version").asInt()).isEqualTo(2);
        assertThat(json(admin("PUT", "/policies/" + name, Map.of("source", v2Source))).path("version").asInt())
                .as("the same source writes no version").isEqualTo(2);
        assertThat(json(admin("PUT", "/policies/" + name, Map.of("enabled", false))).path("enabled").asBoolean()).isFalse();

        JsonNode versions = json(admin("GET", "/policies/" + name + "/versions", null));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("source").asText()).isEqualTo(V1);
        assertThat(versions.get(1).path("sha256").asText()).isNotEqualTo(versions.get(0).path("sha256").asText());
        assertThat(json(admin("GET", "/policies/" + name + "/versions/1", null)).path("source").asText()).isEqualTo(V1);
        assertThat(admin("GET", "/policies/" + name + "/versions/7", null).statusCode()).isEqualTo(404);

        JsonNode current = json(admin("GET", "/policies/" + name, null));
        assertThat(current.path("source").asText()).isEqualTo(v2Source);
        assertThat(json(admin("GET", "/policies", null)).findValuesAsText("name")).contains(name);

        assertThat(admin("DELETE", "/policies/" + name, null).statusCode()).isEqualTo(204);
        assertThat(admin("GET", "/policies/" + name, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aCompileErrorIsRejectedWithPositionsAndNothingIsSaved() throws Exception {
        String name = "bad-" + PolicyFixtures.suffix();
        var response = admin("POST", "/policies", Map.of("name", name, "source", """
                package gatehouse.it.bad
                import rego.v1
                deny contains "x" if {
                    input.tool.name == unbound
                }
                """));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode error = json(response).path("compileErrors").get(0);
        assertThat(error.path("code").asText()).isEqualTo("rego_unsafe_var_error");
        assertThat(error.path("row").asInt()).isEqualTo(4);
        assertThat(error.path("col").asInt()).isPositive();
        assertThat(error.path("file").asText()).isEqualTo(name + ".rego");
        assertThat(error.path("message").asText()).contains("unbound");
        assertThat(admin("GET", "/policies/" + name, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftWithACompileErrorIsRejectedBySimulation() throws Exception {
        var response = admin("POST", "/policies/simulate", Map.of("backend", "x", "tool", "echo",
                "drafts", java.util.List.of(Map.of("name", "draft", "source", "package p\nallow if {"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("compileErrors").get(0).path("code").asText()).isEqualTo("rego_parse_error");
    }
}
