package dev.gatehouse.it.admin;

import static dev.gatehouse.it.admin.AdminApi.get;
import static dev.gatehouse.it.admin.AdminApi.json;
import static dev.gatehouse.it.admin.AdminApi.problem;
import static dev.gatehouse.it.admin.AdminApi.send;
import static dev.gatehouse.it.admin.AdminApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.it.Gatehouse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real server-everything over stdio registered through the API: its status, its catalog as
 * the backend lists it, and a direct tool call. Needs the connector (skipped while the state
 * stays PENDING, i.e. no connector is deployed).
 */
class BackendToolsIT {
    private static final String NAME = unique("everything");

    @BeforeAll
    static void register() throws Exception {
        var created = send("POST", "/backends", """
                {"name":"%s","transport":"stdio","command":"node","args":["%s"]}"""
                .formatted(NAME, Gatehouse.serverEverything().toString().replace("\\", "\\\\")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void unregister() throws Exception {
        send("DELETE", "/backends/" + NAME, null);
    }

    private static JsonNode awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode details = json(get("/backends/" + NAME));
        while (Instant.now().isBefore(deadline) && !"READY".equals(details.path("status").path("state").asText())) {
            assumeThat(details.path("status").path("state").asText()).as("a connector is deployed").isNotEqualTo("PENDING");
            Thread.sleep(250);
            details = json(get("/backends/" + NAME));
        }
        assertThat(details.path("status").path("state").asText()).as(details.toString()).isEqualTo("READY");
        return details;
    }

    @Test
    void showsTheNegotiatedStatusAndTheCatalog() throws Exception {
        JsonNode details = awaitReady();

        assertThat(details.path("status").path("protocolVersion").asText()).isNotBlank();
        assertThat(details.path("status").path("serverInfo").path("name").asText()).isNotBlank();
        assertThat(details.path("catalog").path("tools").asInt()).isGreaterThan(0);
        JsonNode tools = json(get("/backends/" + NAME + "/tools")).path("tools");
        JsonNode echo = null;
        for (JsonNode tool : tools) {
            if ("echo".equals(tool.path("name").asText())) {
                echo = tool;
            }
        }
        assertThat(echo).as("echo tool in " + tools).isNotNull();
        assertThat(echo.path("inputSchema").path("properties").has("message")).isTrue();
        assertThat(json(get("/backends/" + NAME + "/prompts")).path("prompts").size()).isGreaterThan(0);
        assertThat(json(get("/backends/" + NAME + "/resources")).path("resources").isArray()).isTrue();
    }

    @Test
    void callsAToolDirectlyAndRelaysTheResultUnchanged() throws Exception {
        awaitReady();

        var response = send("POST", "/backends/" + NAME + "/tools/echo/call", "{\"message\":\"hello admin\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode call = json(response);
        assertThat(call.path("result").path("content").get(0).path("text").asText()).isEqualTo("Echo: hello admin");
        assertThat(call.path("durationMs").isNumber()).isTrue();
        problem(send("POST", "/backends/" + NAME + "/tools/no-such-tool/call", "{}"), 404);
    }
}
