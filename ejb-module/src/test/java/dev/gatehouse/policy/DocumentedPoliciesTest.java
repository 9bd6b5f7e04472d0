package dev.gatehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.identity.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three example policies of docs/policies.md compile and decide as the page says. */
class DocumentedPoliciesTest {
    static final String READ_ONLY = """
            package gatehouse.readonly
            import rego.v1

            default allow := false

            allow if input.tool.annotations.readOnlyHint == true
            allow if not input.tool          # resources and prompts are not tools
            """;
    static final String ARGUMENTS = """
            package gatehouse.arguments
            import rego.v1

            deny contains sprintf("argument %s looks like a credential", [name]) if {
                some name, value in input.arguments
                is_string(value)
                regex.match(`(?i)(AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|ghp_[A-Za-z0-9]{36})`, value)
            }

            deny contains "echo must not carry secrets" if {
                input.tool.name == "echo"
                contains(lower(input.arguments.message), "secret")
            }
            """;
    static final String GROUPS = """
            package gatehouse.groups
            import rego.v1

            backend_groups := {
                "github": {"engineering"},
                "crm":    {"support", "sales"},
            }

            deny contains sprintf("backend %s is for %v", [input.backend.name, allowed]) if {
                allowed := backend_groups[input.backend.name]
                count(allowed & {g | some g in input.principal.groups}) == 0
            }
            """;

    private static Decision decide(String source, PolicyInput input) {
        return new PolicySet(1, List.of(CompiledPolicy.compile("p", 1, source)), PolicySettings.DEFAULTS)
                .evaluate(input.toValue()).decision();
    }

    private static PolicyInput call(String backend, String tool, JsonNode annotations, ObjectNode args, Set<String> groups) {
        Principal who = new Principal(Principal.Kind.USER, null, "alice", Set.of(), groups, null, null);
        return new PolicyInput("tools/call", who, new PolicyInput.BackendRef(backend, "http"),
                new PolicyInput.Tool(tool, backend + "__" + tool, annotations), args, Instant.now(), "2025-06-18");
    }

    private static ObjectNode args(String key, String value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }

    @Test
    void readOnlyAllowsOnlyReadOnlyToolsAndLeavesResourcesAlone() {
        ObjectNode readOnly = JsonNodeFactory.instance.objectNode().put("readOnlyHint", true);
        assertThat(decide(READ_ONLY, call("gh", "list_issues", readOnly, null, Set.of())).allowed()).isTrue();
        assertThat(decide(READ_ONLY, call("gh", "create_issue", null, null, Set.of())).allowed()).isFalse();
        PolicyInput read = new PolicyInput("resources/read", Principal.agent("bot", null, null),
                new PolicyInput.BackendRef("gh", "http"), new PolicyInput.Resource("repo://x", "repo://x"), null,
                Instant.now(), null);
        assertThat(decide(READ_ONLY, read).allowed()).isTrue();
    }

    @Test
    void argumentPatternsDenyCredentialsAndSecretEchoes() {
        assertThat(decide(ARGUMENTS, call("e", "store", null, args("key", "AKIAABCDEFGHIJKLMNOP"), Set.of())).reasons())
                .containsExactly("policy 'p': argument key looks like a credential");
        assertThat(decide(ARGUMENTS, call("e", "echo", null, args("message", "A Secret"), Set.of())).reasons())
                .containsExactly("policy 'p': echo must not carry secrets");
        assertThat(decide(ARGUMENTS, call("e", "echo", null, args("message", "hello"), Set.of())).allowed()).isTrue();
    }

    @Test
    void groupsReachOnlyTheirBackends() {
        assertThat(decide(GROUPS, call("crm", "find", null, null, Set.of("support"))).allowed()).isTrue();
        assertThat(decide(GROUPS, call("github", "find", null, null, Set.of("support"))).reasons())
                .singleElement().asString().startsWith("policy 'p': backend github is for");
        assertThat(decide(GROUPS, call("weather", "find", null, null, Set.of())).allowed()).isTrue();
    }
}
