package dev.gatehouse.it.admin;

import static dev.gatehouse.it.admin.AdminApi.get;
import static dev.gatehouse.it.admin.AdminApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The declarative file the IT server starts with ({@code src/test/resources/gatehouse-it.yaml},
 * passed as GATEHOUSE_CONFIG, its secret from GATEHOUSE_IT_DECLARED_TOKEN) was applied once.
 */
class DeclarativeConfigIT {
    private static final String TOKEN = System.getProperty("gatehouse.it.declared.token", "");

    @Test
    void theFileAppliedAtStartUpRegisteredItsCredentialAndBackend() throws Exception {
        assumeThat(System.getProperty("gatehouse.it.config", "")).as("started with the IT declarative file")
                .endsWith("gatehouse-it.yaml");
        HttpResponse<String> credential = get("/credentials/declared-token");
        HttpResponse<String> backend = get("/backends/declared-remote");

        assertThat(credential.statusCode()).as(credential.body()).isEqualTo(200);
        assertThat(backend.statusCode()).as(backend.body()).isEqualTo(200);
        JsonNode details = json(backend);
        assertThat(details.path("url").asText()).isEqualTo("http://127.0.0.1:1/mcp");
        assertThat(details.path("credential").asText()).isEqualTo("declared-token");
        assertThat(details.path("enabled").asBoolean()).isFalse();
        assertThat(json(credential).path("usedBy").get(0).asText()).isEqualTo("declared-remote");
        assertThat(json(credential).path("secretsSet").get(0).asText()).isEqualTo("token");
        assertThat(TOKEN).isNotBlank();
        assertThat(credential.body() + backend.body() + get("/credentials").body()).doesNotContain(TOKEN);
    }

    @Test
    void applyingTheSameFileAgainChangesNothing() throws Exception {
        assumeThat(System.getProperty("gatehouse.it.config", "")).endsWith("gatehouse-it.yaml");
        long backendVersion = json(get("/backends/declared-remote")).path("version").asLong();
        long credentialVersion = json(get("/credentials/declared-token")).path("version").asLong();

        HttpResponse<String> applied = AdminApi.send("POST", "/config/apply", null);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json(applied).path("changes").size()).isZero();
        assertThat(applied.body()).doesNotContain(TOKEN);
        assertThat(json(get("/backends/declared-remote")).path("version").asLong()).isEqualTo(backendVersion);
        assertThat(json(get("/credentials/declared-token")).path("version").asLong()).isEqualTo(credentialVersion);
    }
}
