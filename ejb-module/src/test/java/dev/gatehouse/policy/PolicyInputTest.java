package dev.gatehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.rego.value.Values;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyInputTest {
    @Test
    void buildsDesignSectionThreesDocumentForAToolCall() {
        JsonNode doc = Policies.echo("hello", Set.of("support", "admins")).toJson();

        assertThat(doc.path("action").asText()).isEqualTo("tools/call");
        assertThat(doc.path("principal").path("kind").asText()).isEqualTo("agent");
        assertThat(doc.path("principal").path("agent").asText()).isEqualTo("bot");
        assertThat(doc.path("principal").path("user").asText()).isEqualTo("alice");
        assertThat(doc.path("principal").path("groups").toString()).isEqualTo("[\"admins\",\"support\"]");
        assertThat(doc.path("principal").path("scopes").isArray()).isTrue();
        assertThat(doc.path("principal").path("claims").isObject()).isTrue();
        assertThat(doc.path("backend").toString()).isEqualTo("{\"name\":\"everything\",\"transport\":\"stdio\"}");
        assertThat(doc.path("tool").path("name").asText()).isEqualTo("echo");
        assertThat(doc.path("tool").path("qualified").asText()).isEqualTo("everything__echo");
        assertThat(doc.path("tool").path("annotations").isObject()).isTrue();
        assertThat(doc.path("arguments").path("message").asText()).isEqualTo("hello");
        assertThat(doc.path("request").path("time").asText()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(doc.path("request").path("protocol").asText()).isEqualTo("2025-06-18");
        assertThat(doc.has("resource") || doc.has("prompt")).isFalse();
    }

    @Test
    void leavesAbsentFactsOutInsteadOfNull() {
        PolicyInput input = new PolicyInput("resources/read", Principal.operator("root"),
                new PolicyInput.BackendRef("files", null), new PolicyInput.Resource("file:///a", null), null,
                Instant.EPOCH, null);

        JsonNode doc = input.toJson();

        assertThat(doc.path("principal").has("agent")).isFalse();
        assertThat(doc.path("principal").path("user").asText()).isEqualTo("root");
        assertThat(doc.path("backend").has("transport")).isFalse();
        assertThat(doc.path("resource").path("uri").asText()).isEqualTo("file:///a");
        assertThat(doc.path("resource").has("qualified")).isFalse();
        assertThat(doc.path("arguments").isObject()).isTrue();
        assertThat(doc.path("arguments").size()).isZero();
        assertThat(doc.path("request").has("protocol")).isFalse();
        assertThat(doc.has("tool")).isFalse();
    }

    @Test
    void promptsHaveTheirOwnSection() {
        PolicyInput input = new PolicyInput("prompts/get", Principal.agent("bot", null, null),
                new PolicyInput.BackendRef("b", "http"), new PolicyInput.Prompt("greet", "b__greet"),
                JsonNodeFactory.instance.objectNode().put("name", "x"), Instant.EPOCH, "2025-11-25");

        assertThat(input.toJson().path("prompt").toString()).isEqualTo("{\"name\":\"greet\",\"qualified\":\"b__greet\"}");
    }

    @Test
    void theRegoValueIsTheSameDocument() {
        PolicyInput input = Policies.echo("hello", Set.of());

        assertThat(Values.toJackson(input.toValue())).isEqualTo(input.toJson());
    }
}
