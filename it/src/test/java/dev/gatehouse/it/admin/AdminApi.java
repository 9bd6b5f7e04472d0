package dev.gatehouse.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Small helpers for the admin API tests: calls under /api/v1, JSON parsing, unique names. */
final class AdminApi {
    static final ObjectMapper JSON = new ObjectMapper();

    private AdminApi() {
    }

    static HttpResponse<String> get(String path) throws Exception {
        return Gatehouse.get("/api/v1" + path);
    }

    static HttpResponse<String> send(String method, String path, String json) throws Exception {
        return Gatehouse.send(method, "/api/v1" + path, json);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Asserts an RFC 9457 problem with the given status, and returns it. */
    static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return problem;
    }
}
