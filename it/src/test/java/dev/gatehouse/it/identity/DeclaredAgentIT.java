package dev.gatehouse.it.identity;

import static dev.gatehouse.it.Gatehouse.get;
import static dev.gatehouse.it.identity.AgentsIT.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The agent of {@code gatehouse-it.yaml}: registered at start-up, its pre-set key works and is never shown. */
class DeclaredAgentIT {
    private static final String KEY = System.getProperty("gatehouse.it.declared.agent.key", "");

    @Test
    void theDeclaredAgentAndItsPresetKeyWork() throws Exception {
        assumeThat(System.getProperty("gatehouse.it.config", "")).as("started with the IT declarative file")
                .endsWith("gatehouse-it.yaml");
        JsonNode agent = json(get("/api/v1/agents/declared-agent"));
        JsonNode keys = json(get("/api/v1/agents/declared-agent/keys"));

        assertThat(agent.path("user").asText()).isEqualTo("declared-user");
        assertThat(agent.path("backends").get(0).asText()).isEqualTo("declared-remote");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("preset").asBoolean()).isTrue();
        assertThat(keys.get(0).path("id").asText()).matches("p[0-9a-f]{15}");
        assertThat(KEY).isNotBlank();
        assertThat(get("/api/v1/agents").body() + keys).doesNotContain(KEY);
        McpAuthenticationIT.initialize(KEY);
    }
}
