package dev.gatehouse.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyInput;
import dev.gatehouse.policy.PolicySelection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicySimulationResourceTest {
    private static SimulationRequest request(String agent, String tool, List<String> policies,
                                             List<SimulationRequest.Draft> drafts) {
        return new SimulationRequest(agent, "alice", Set.of("mcp:tools"), Set.of("support"), null, null, "github",
                "http", tool, null, JsonNodeFactory.instance.objectNode().put("readOnlyHint", true), null, null,
                JsonNodeFactory.instance.objectNode().put("repo", "acme/api"), null, policies, drafts);
    }

    @Test
    void buildsTheSameInputDocumentEnforcementBuilds() {
        PolicyInput input = PolicySimulationResource.input(request("support-bot", "create_issue", null, null));

        var doc = input.toJson();
        assertThat(doc.path("action").asText()).isEqualTo("tools/call");
        assertThat(doc.path("principal").path("kind").asText()).isEqualTo("agent");
        assertThat(doc.path("principal").path("agent").asText()).isEqualTo("support-bot");
        assertThat(doc.path("principal").path("groups").get(0).asText()).isEqualTo("support");
        assertThat(doc.path("backend").path("transport").asText()).isEqualTo("http");
        assertThat(doc.path("tool").path("qualified").asText()).isEqualTo("github__create_issue");
        assertThat(doc.path("tool").path("annotations").path("readOnlyHint").asBoolean()).isTrue();
        assertThat(doc.path("arguments").path("repo").asText()).isEqualTo("acme/api");
    }

    @Test
    void aUserWithoutAnAgentIsAUserPrincipal() {
        assertThat(PolicySimulationResource.input(request(null, "x", null, null)).principal().kind().wire()).isEqualTo("user");
    }

    @Test
    void choosesEnabledStoredOrDraftPolicies() {
        assertThat(PolicySimulationResource.selection(request("a", "t", null, null)))
                .isInstanceOf(PolicySelection.Enabled.class);
        assertThat(PolicySimulationResource.selection(request("a", "t", List.of("p1"), null)))
                .isEqualTo(new PolicySelection.Stored(List.of("p1")));
        assertThat(PolicySimulationResource.selection(request("a", "t", null,
                List.of(new SimulationRequest.Draft("d", "package d\ndefault allow := true\n")))))
                .isEqualTo(new PolicySelection.Drafts(Map.of("d", "package d\ndefault allow := true\n")));
    }

    @Test
    void rejectsAmbiguousOrIncompleteRequests() {
        assertThatThrownBy(() -> PolicySimulationResource.selection(request("a", "t", List.of("p"),
                List.of(new SimulationRequest.Draft("d", "package d")))))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("drafts"));
        assertThatThrownBy(() -> PolicySimulationResource.input(request("a", null, null, null)))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("tool"));
    }
}
