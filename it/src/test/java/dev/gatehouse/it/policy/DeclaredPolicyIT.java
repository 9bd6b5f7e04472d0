package dev.gatehouse.it.policy;

import static dev.gatehouse.it.policy.PolicyFixtures.admin;
import static dev.gatehouse.it.policy.PolicyFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The {@code policies:} of gatehouse-it.yaml (inline and from a file) were stored once, and re-applying writes nothing. */
class DeclaredPolicyIT {
    @Test
    void inlineAndFilePoliciesAreStoredOnceByTheDeclarativeFile() throws Exception {
        assumeThat(System.getProperty("gatehouse.it.config", "")).endsWith("gatehouse-it.yaml");

        JsonNode inline = json(admin("GET", "/policies/declared-inline", null));
        JsonNode file = json(admin("GET", "/policies/declared-file", null));

        assertThat(inline.path("enabled").asBoolean()).isTrue();
        assertThat(inline.path("source").asText()).contains("declared-remote is off limits");
        assertThat(inline.path("author").asText()).isEqualTo("declarative-config");
        assertThat(file.path("enabled").asBoolean()).isFalse();
        assertThat(file.path("source").asText()).contains("declared from a file");

        var applied = admin("POST", "/config/apply", null);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json(applied).path("changes").size()).isZero();
        assertThat(json(admin("GET", "/policies/declared-inline/versions", null))).hasSize(1);
        assertThat(json(admin("GET", "/policies/declared-file", null)).path("version").asInt()).isEqualTo(1);
    }
}
