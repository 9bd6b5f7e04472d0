package dev.gatehouse.gateway;

import static dev.gatehouse.gateway.FakeBackend.catalog;
import static dev.gatehouse.gateway.FakeBackend.prompt;
import static dev.gatehouse.gateway.FakeBackend.resource;
import static dev.gatehouse.gateway.FakeBackend.tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditSink;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.InMemorySessionStore;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.CompiledPolicy;
import dev.gatehouse.policy.PolicyEngine;
import dev.gatehouse.policy.PolicySettings;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessGateTest {
    private static final String DENY_ADD = """
            package gatehouse.tools
            import rego.v1
            deny contains sprintf("tool %s is not allowed", [input.tool.name]) if input.tool.name == "add"
            """;
    private static final String DENY_SECRETS = """
            package gatehouse.args
            import rego.v1
            deny contains "no secrets" if contains(input.arguments.message, "secret")
            """;

    private final FakeBackend alpha = new FakeBackend("alpha", catalog(
            List.of(tool("echo"), tool("add")), List.of(resource("demo://alpha")), List.of(), List.of(prompt("greet"))));
    private final FakeBackend beta = new FakeBackend("beta", catalog(
            List.of(tool("echo"), tool("secret_tool")), List.of(resource("demo://beta")), List.of(), List.of()));
    private final FakeBackendDirectory directory = new FakeBackendDirectory(alpha, beta);
    private final InMemorySessionStore sessions = new InMemorySessionStore(Duration.ofMinutes(30));
    private final PolicyEngine engine = new PolicyEngine(PolicySettings.DEFAULTS);
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private AuditSink sink = event -> {
        audited.add(event);
        return CompletableFuture.completedFuture(null);
    };
    private McpDispatcher dispatcher;
    private AgentSession session;

    @BeforeEach
    void setUp() {
        LiveAggregate aggregate = new LiveAggregate(directory, new CatalogAggregator(NamingMode.PREFIXED));
        aggregate.rebuild();
        dispatcher = new McpDispatcher(directory, aggregate, CursorCodec.withRandomKey(),
                new GatewaySettings(NamingMode.PREFIXED, 2, Duration.ofMinutes(30), "1"), () -> engine,
                event -> sink.record(event));
        session = sessions.create(Principal.agent("support-bot", "alice", Set.of("alpha")));
    }

    private JsonRpcResponse call(String method, ObjectNode params) {
        var request = new JsonRpcRequest(IntNode.valueOf(ids.incrementAndGet()), method, params);
        return dispatcher.dispatch(new AgentRequest(request, session, null)).join();
    }

    private JsonRpcResponse callTool(String name, String message) {
        ObjectNode params = McpJson.object().put("name", name);
        params.putObject("arguments").put("message", message);
        return call("tools/call", params);
    }

    private List<String> allTools() {
        List<String> names = new ArrayList<>();
        ObjectNode params = McpJson.object();
        while (true) {
            JsonRpcResponse page = call("tools/list", params);
            page.result().path("tools").forEach(t -> names.add(t.path("name").asText()));
            if (!page.result().hasNonNull("nextCursor")) {
                return names;
            }
            params = McpJson.object().put("cursor", page.result().path("nextCursor").asText());
        }
    }

    @Test
    void listsOnlyTheBackendsInScope() {
        assertThat(allTools()).containsExactlyInAnyOrder("alpha__add", "alpha__echo");
        assertThat(call("resources/list", McpJson.object()).result().path("resources").findValuesAsText("uri"))
                .allMatch(uri -> !uri.contains("beta"));
    }

    @Test
    void outOfScopeToolsBehaveLikeUnknownOnesAndNeverReachTheBackend() {
        JsonRpcResponse outOfScope = callTool("beta__echo", "hi");
        JsonRpcResponse unknown = callTool("beta__nothing", "hi");

        assertThat(outOfScope.error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
        assertThat(outOfScope.error().message()).isEqualTo(unknown.error().message().replace("nothing", "echo"));
        assertThat(beta.calls).isEmpty();
    }

    @Test
    void deniedCallsCarryTheReasonsAndNeverReachTheBackend() {
        engine.install(List.of(CompiledPolicy.compile("tools", 3, DENY_ADD)));

        JsonRpcResponse response = callTool("alpha__add", "1");

        assertThat(response.error().code()).isEqualTo(JsonRpcError.POLICY_DENIED);
        assertThat(response.error().message()).contains("tool add is not allowed");
        assertThat(response.error().data().path("decision").asText()).isEqualTo("deny");
        assertThat(response.error().data().path("reasons").get(0).asText())
                .isEqualTo("policy 'tools': tool add is not allowed");
        assertThat(response.error().data().path("policyVersions").get(0).asText()).isEqualTo("tools@3");
        assertThat(alpha.calls).isEmpty();
    }

    @Test
    void listsHideDeniedEntriesAndFollowPolicyChanges() {
        assertThat(allTools()).contains("alpha__add");
        engine.install(List.of(CompiledPolicy.compile("tools", 1, DENY_ADD)));
        assertThat(allTools()).containsExactly("alpha__echo");
        engine.install(List.of());
        assertThat(allTools()).containsExactlyInAnyOrder("alpha__add", "alpha__echo");
    }

    @Test
    void aCursorFromBeforeAPolicyChangeIsRejected() {
        session = sessions.create(Principal.agent("all", null, null));
        JsonRpcResponse first = call("tools/list", McpJson.object());
        engine.install(List.of(CompiledPolicy.compile("tools", 1, DENY_ADD)));

        JsonRpcResponse next = call("tools/list", McpJson.object().put("cursor", first.result().path("nextCursor").asText()));

        assertThat(next.error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
        assertThat(next.error().message()).contains("policies changed");
    }

    @Test
    void auditsAllowedDeniedAndFailedToolCallsWithTheirFacts() {
        engine.install(List.of(CompiledPolicy.compile("args", 2, DENY_SECRETS)));
        alpha.answering(c -> CompletableFuture.completedFuture(McpJson.object().put("ok", true)));

        callTool("alpha__echo", "hello");
        callTool("alpha__echo", "my secret");
        callTool("alpha__nope", "x");

        assertThat(audited).hasSize(3);
        AuditEvent allowed = audited.get(0);
        assertThat(allowed.decision()).isEqualTo("allow");
        assertThat(allowed.agent()).isEqualTo("support-bot");
        assertThat(allowed.user()).isEqualTo("alice");
        assertThat(allowed.backend()).isEqualTo("alpha");
        assertThat(allowed.tool()).isEqualTo("echo");
        assertThat(allowed.action()).isEqualTo("tools/call");
        assertThat(allowed.argumentsPreview()).contains("hello");
        assertThat(allowed.policyVersions()).containsExactly("args@2");
        assertThat(allowed.sessionId()).isEqualTo(session.id());
        assertThat(allowed.error()).isNull();
        AuditEvent denied = audited.get(1);
        assertThat(denied.decision()).isEqualTo("deny");
        assertThat(denied.reasons()).containsExactly("policy 'args': no secrets");
        AuditEvent failed = audited.get(2);
        assertThat(failed.decision()).isEqualTo("error");
        assertThat(failed.error()).contains("alpha__nope");
    }

    @Test
    void auditsDeniedReadsButNotAllowedOnes() {
        engine.install(List.of(CompiledPolicy.compile("reads", 1, """
                package gatehouse.reads
                import rego.v1
                deny contains "no reads" if input.action == "resources/read"
                """)));

        JsonRpcResponse response = call("resources/read", McpJson.object().put("uri", "demo://alpha"));

        assertThat(response.error().code()).isEqualTo(JsonRpcError.POLICY_DENIED);
        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("resources/read");
            assertThat(e.decision()).isEqualTo("deny");
            assertThat(e.tool()).isEqualTo("demo://alpha");
        });
        assertThat(alpha.calls).isEmpty();
    }

    @Test
    void aFailedStrictAuditTurnsTheResponseIntoAnError() {
        alpha.answering(c -> CompletableFuture.completedFuture(McpJson.object().put("ok", true)));
        sink = event -> CompletableFuture.failedFuture(new IllegalStateException("disk full"));

        JsonRpcResponse response = callTool("alpha__echo", "hello");

        assertThat(response.error().code()).isEqualTo(JsonRpcError.INTERNAL_ERROR);
        assertThat(response.error().message()).contains("audit");
    }

    @Test
    void aPolicyErrorDeniesWithTheErrorAsTheReason() {
        engine.install(List.of(CompiledPolicy.compile("broken", 1, """
                package gatehouse.broken
                import rego.v1
                allow if to_number(input.arguments.message) > 0
                """)));

        JsonRpcResponse response = callTool("alpha__echo", "not a number");

        assertThat(response.error().code()).isEqualTo(JsonRpcError.POLICY_DENIED);
        assertThat(response.error().data().path("decision").asText()).isEqualTo("error");
        assertThat(response.error().message()).contains("policy 'broken' failed");
        assertThat(audited.get(0).error()).contains("policy 'broken' failed");
        assertThat(alpha.calls).isEmpty();
    }

    @Test
    void initializeNamesOnlyTheBackendsInScope() {
        JsonRpcResponse response = call("initialize", McpJson.object().put("protocolVersion", "2025-06-18"));

        String instructions = response.result().path("instructions").asText();
        assertThat(instructions).contains("alpha").doesNotContain("beta");
    }

    @Test
    void aListThatWithholdsEntriesByPolicyIsAuditedOncePerComputation() {
        engine.install(List.of(CompiledPolicy.compile("tools", 4, DENY_ADD)));

        allTools();
        allTools();

        assertThat(audited).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("tools/list");
            assertThat(e.decision()).isEqualTo("deny");
            assertThat(e.reasons()).containsExactly("alpha__add: policy 'tools': tool add is not allowed");
            assertThat(e.policyVersions()).containsExactly("tools@4");
            assertThat(e.backend()).isNull();
        });
    }

    @Test
    void listsWithheldOnlyByScopingAreNotAudited() {
        allTools();

        assertThat(audited).isEmpty();
    }

    @Test
    void agentNotificationsReachOnlyTheBackendsInScope() {
        dispatcher.accept(new dev.gatehouse.protocol.JsonRpcNotification("notifications/roots/list_changed", null), session);

        assertThat(alpha.notifications).containsExactly("notifications/roots/list_changed");
        assertThat(beta.notifications).isEmpty();
    }
}
