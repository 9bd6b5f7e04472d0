package dev.gatehouse.it.policy;

import static dev.gatehouse.it.policy.PolicyFixtures.A;
import static dev.gatehouse.it.policy.PolicyFixtures.B;
import static dev.gatehouse.it.policy.PolicyFixtures.JSON;
import static dev.gatehouse.it.policy.PolicyFixtures.admin;
import static dev.gatehouse.it.policy.PolicyFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoping and policies enforced on real calls through {@code /mcp}, with two agents scoped to
 * one server-everything each, and the simulator agreeing with enforcement on the same inputs.
 */
class PolicyEnforcementIT {
    private static final String DENY_GET_SUM = """
            package gatehouse.it.tools
            import rego.v1
            deny contains sprintf("tool %s is switched off", [input.tool.name]) if {
                input.backend.name == "pol-a"
                input.tool.name == "get-sum"
            }
            """;
    private static final String DENY_SECRET_ECHO = """
            package gatehouse.it.args
            import rego.v1
            deny contains "echo must not carry secrets" if {
                input.backend.name in {"pol-a", "pol-b"}
                input.tool.name == "echo"
                contains(lower(input.arguments.message), "secret")
            }
            """;
    private static final String FAILS_AT_RUNTIME = """
            package gatehouse.it.broken
            import rego.v1
            deny contains "too big" if {
                input.backend.name == "pol-a"
                input.tool.name == "echo"
                to_number(input.arguments.message) > 10
            }
            """;

    private static PolicyFixtures world;
    private static McpSyncClient agentA;
    private static McpSyncClient agentB;
    private final List<String> stored = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        world = PolicyFixtures.start();
        agentA = PolicyFixtures.connect(world.keyA);
        agentB = PolicyFixtures.connect(world.keyB);
    }

    @AfterAll
    static void stop() {
        agentA.closeGracefully();
        agentB.closeGracefully();
    }

    @AfterEach
    void deletePolicies() throws Exception {
        for (String name : stored) {
            PolicyFixtures.delete(name);
        }
    }

    private String store(String prefix, String source) throws Exception {
        String name = prefix + "-" + PolicyFixtures.suffix();
        PolicyFixtures.store(name, source);
        stored.add(name);
        return name;
    }

    private static List<String> tools(McpSyncClient client) {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = client.listTools(cursor);
            page.tools().forEach(t -> names.add(t.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return names;
    }

    private static McpSchema.CallToolResult echo(McpSyncClient client, String backend, String message) {
        return client.callTool(new McpSchema.CallToolRequest(backend + "__echo", Map.of("message", message)));
    }

    private static McpSchema.JSONRPCResponse.JSONRPCError refused(Runnable call) {
        McpError error = catchThrowableOfType(McpError.class, call::run);
        assertThat(error).as("the call must be refused").isNotNull();
        return error.getJsonRpcError();
    }

    private static JsonNode data(McpSchema.JSONRPCResponse.JSONRPCError error) {
        return JSON.valueToTree(error.data());
    }

    private static JsonNode simulate(Map<String, Object> request) throws Exception {
        var response = admin("POST", "/policies/simulate", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private Map<String, Object> echoCall(String agent, String user, String backend, String message) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("agent", agent);
        if (user != null) {
            call.put("user", user);
        }
        call.put("backend", backend);
        call.put("transport", "stdio");
        call.put("tool", "echo");
        call.put("arguments", Map.of("message", message));
        return call;
    }

    @Test
    void scopingHidesAndBlocksTheOtherAgentsBackends() {
        assertThat(tools(agentA)).isNotEmpty().allMatch(t -> !t.startsWith(B + "__")).contains(A + "__echo");
        assertThat(tools(agentB)).isNotEmpty().allMatch(t -> !t.startsWith(A + "__")).contains(B + "__echo");

        var outOfScope = refused(() -> echo(agentA, B, "hello"));
        var unknown = refused(() -> agentA.callTool(new McpSchema.CallToolRequest(B + "__no-such-tool", Map.of())));

        assertThat(outOfScope.code()).isEqualTo(unknown.code()).isEqualTo(-32602);
        assertThat(outOfScope.message()).isEqualTo(unknown.message().replace("no-such-tool", "echo"));
        assertThat(agentA.listResources().resources()).allMatch(r -> !r.uri().contains(B));
    }

    @Test
    void aPolicyDeniesAToolByNameAndHidesItFromTheList() throws Exception {
        store("no-get-sum", DENY_GET_SUM);

        var error = refused(() -> agentA.callTool(new McpSchema.CallToolRequest(A + "__get-sum", Map.of("a", 1, "b", 2))));

        assertThat(error.code()).isEqualTo(-32012);
        assertThat(error.message()).contains("tool get-sum is switched off");
        assertThat(data(error).path("decision").asText()).isEqualTo("deny");
        assertThat(data(error).path("reasons").get(0).asText()).contains("tool get-sum is switched off");
        assertThat(tools(agentA)).doesNotContain(A + "__get-sum").contains(A + "__echo");
        assertThat(tools(agentB)).contains(B + "__get-sum");

        JsonNode deniedCall = audited("agent=" + world.agentA + "&action=tools/call&tool=get-sum&decision=deny");
        assertThat(deniedCall.path("backend").asText()).isEqualTo(A);
        assertThat(deniedCall.path("reasons").get(0).asText()).contains("tool get-sum is switched off");
        assertThat(deniedCall.path("policyVersions").get(0).asText()).endsWith("@1");
        JsonNode withheld = audited("agent=" + world.agentA + "&action=tools/list&decision=deny");
        assertThat(withheld.path("reasons").get(0).asText()).startsWith(A + "__get-sum: ");
    }

    /** The newest audit record matching the query, waiting for the batched writer. */
    private static JsonNode audited(String query) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonNode records = json(admin("GET", "/audit?" + query, null)).path("records");
            if (records.size() > 0) {
                return records.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no audit record for " + query);
    }

    @Test
    void aPolicyDeniesByArgumentValue() throws Exception {
        store("no-secrets", DENY_SECRET_ECHO);

        assertThat(echo(agentA, A, "hello").isError()).isNotEqualTo(Boolean.TRUE);
        var error = refused(() -> echo(agentA, A, "my Secret plan"));

        assertThat(error.code()).isEqualTo(-32012);
        assertThat(data(error).path("reasons").get(0).asText()).contains("echo must not carry secrets");
    }

    @Test
    void editDisableAndReEnableTakeEffectWithoutRestart() throws Exception {
        String name = store("toggle", DENY_SECRET_ECHO);
        refused(() -> echo(agentB, B, "secret"));

        var edited = admin("PUT", "/policies/" + name, Map.of("source", DENY_SECRET_ECHO.replace("\"secret\"", "\"classified\"")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).path("version").asInt()).isEqualTo(2);
        echo(agentB, B, "secret");
        refused(() -> echo(agentB, B, "classified"));

        admin("PUT", "/policies/" + name, Map.of("enabled", false));
        echo(agentB, B, "classified");

        admin("PUT", "/policies/" + name, Map.of("enabled", true));
        refused(() -> echo(agentB, B, "classified"));
    }

    @Test
    void aPolicyThatFailsAtRuntimeDeniesWithTheErrorAsTheReason() throws Exception {
        store("broken", FAILS_AT_RUNTIME);

        var error = refused(() -> echo(agentA, A, "not a number"));

        assertThat(error.code()).isEqualTo(-32012);
        assertThat(data(error).path("decision").asText()).isEqualTo("error");
        assertThat(error.message()).contains("failed").contains("to_number");
    }

    @Test
    void simulationAgreesWithEnforcement() throws Exception {
        store("no-secrets", DENY_SECRET_ECHO);
        store("no-get-sum", DENY_GET_SUM);

        for (String message : List.of("hello", "top secret")) {
            JsonNode simulated = simulate(echoCall(world.agentA, "alice", A, message));
            String enforced;
            try {
                echo(agentA, A, message);
                enforced = "allow";
            } catch (McpError e) {
                enforced = data(e.getJsonRpcError()).path("decision").asText();
                assertThat(data(e.getJsonRpcError()).path("reasons")).isEqualTo(simulated.path("reasons"));
            }
            assertThat(simulated.path("decision").asText()).as(message).isEqualTo(enforced);
        }
        JsonNode sum = simulate(Map.of("agent", world.agentA, "backend", A, "tool", "get-sum",
                "arguments", Map.of("a", 1, "b", 2)));
        assertThat(sum.path("decision").asText()).isEqualTo("deny");
        assertThat(sum.path("results")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sum.path("evaluationMicros").asLong()).isNotNegative();
    }

    @Test
    void aGroupOnlyPolicyAllowsItsGroupInSimulation() throws Exception {
        String draft = """
                package gatehouse.it.groups
                import rego.v1
                default allow := false
                allow if input.backend.name != "pol-b"
                allow if "support" in input.principal.groups
                """;
        Map<String, Object> asSupport = new LinkedHashMap<>(echoCall(world.agentB, "bob", B, "hi"));
        asSupport.put("groups", List.of("support"));
        asSupport.put("drafts", List.of(Map.of("name", "groups", "source", draft)));
        Map<String, Object> asSales = new LinkedHashMap<>(asSupport);
        asSales.put("groups", List.of("sales"));

        assertThat(simulate(asSupport).path("decision").asText()).isEqualTo("allow");
        JsonNode denied = simulate(asSales);
        assertThat(denied.path("decision").asText()).isEqualTo("deny");
        assertThat(denied.path("reasons").get(0).asText()).isEqualTo("policy 'groups': no allow rule matched");
        assertThat(denied.path("results").get(0).path("allow").asBoolean(true)).isFalse();

        // enforced: API-key agents carry no groups, so the stored policy keeps agent B out of pol-b
        store("groups", draft);
        var error = refused(() -> echo(agentB, B, "hi"));
        assertThat(data(error).path("reasons").get(0).asText()).endsWith("no allow rule matched");
        echo(agentA, A, "hi");
    }
}
