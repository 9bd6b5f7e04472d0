package dev.gatehouse.it.identity;

import static dev.gatehouse.it.Gatehouse.get;
import static dev.gatehouse.it.Gatehouse.send;
import static dev.gatehouse.it.identity.AgentsIT.json;
import static dev.gatehouse.it.identity.AgentsIT.problem;
import static dev.gatehouse.it.identity.AgentsIT.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issuing, listing and revoking keys: a key is shown once and never again. */
class ApiKeysIT {

    @Test
    void aKeyIsShownOnceAndNeverListed() throws Exception {
        String agent = unique("keys");
        String first = Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");
        HttpResponse<String> issued = send("POST", "/api/v1/agents/" + agent + "/keys", "{\"expiresIn\":\"P30D\"}");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode body = json(issued);
        String key = body.path("key").asText();
        assertThat(key).matches("ghk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}").startsWith("ghk_" + body.path("id").asText() + "_");
        assertThat(body.path("expiresAt").asText()).endsWith("Z");
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> list = get("/api/v1/agents/" + agent + "/keys");
        HttpResponse<String> one = get("/api/v1/agents/" + agent + "/keys/" + body.path("id").asText());
        assertThat(json(list)).hasSize(2);
        assertThat(json(list).findValuesAsText("id")).contains(body.path("id").asText());
        assertThat(json(one).path("createdAt").asText()).endsWith("Z");
        assertThat(list.body() + one.body() + get("/api/v1/agents/" + agent).body())
                .doesNotContain(key).doesNotContain(first).doesNotContain(key.substring(21)).doesNotContain("\"key\"");
    }

    @Test
    void aBadExpiryIs400() throws Exception {
        String agent = unique("expiry");
        Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");

        assertThat(problem(send("POST", "/api/v1/agents/" + agent + "/keys", "{\"expiresIn\":\"soon\"}"), 400)
                .path("errors").get(0).path("field").asText()).isEqualTo("expiresIn");
        assertThat(problem(send("POST", "/api/v1/agents/" + agent + "/keys", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}"), 400)
                .path("errors").get(0).path("field").asText()).isEqualTo("expiresAt");
    }

    @Test
    void revokingAKeyRemovesIt() throws Exception {
        String agent = unique("revoke");
        Gatehouse.createAgent(agent, "{\"name\":\"" + agent + "\"}");
        String id = json(get("/api/v1/agents/" + agent + "/keys")).get(0).path("id").asText();

        assertThat(send("DELETE", "/api/v1/agents/" + agent + "/keys/" + id, null).statusCode()).isEqualTo(204);
        assertThat(json(get("/api/v1/agents/" + agent + "/keys"))).isEmpty();
        problem(send("DELETE", "/api/v1/agents/" + agent + "/keys/" + id, null), 404);
    }
}
