package dev.gatehouse.gateway;

import static dev.gatehouse.gateway.FakeBackend.catalog;
import static dev.gatehouse.gateway.FakeBackend.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.CompiledPolicy;
import dev.gatehouse.policy.PolicyEngine;
import dev.gatehouse.policy.PolicySettings;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Direct calls (an operator trying a tool) go through the gate and the audit like an agent's tools/call. */
class DirectCallTest {
    private static final String DENY_ECHO = """
            package gatehouse.console
            import rego.v1
            deny contains sprintf("%s is switched off for %s", [input.tool.name, input.principal.user]) if {
                input.action == "tools/call"
                input.tool.name == "echo"
            }
            """;
    private static final Principal OPERATOR = Principal.operator("admin");

    private final FakeBackend alpha = new FakeBackend("alpha", catalog(
            List.of(tool("echo"), tool("add")), List.of(), List.of(), List.of()));
    private final FakeBackendDirectory directory = new FakeBackendDirectory(alpha);
    private final PolicyEngine engine = new PolicyEngine(PolicySettings.DEFAULTS);
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
    private McpDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        LiveAggregate aggregate = new LiveAggregate(directory, new CatalogAggregator(NamingMode.PREFIXED));
        aggregate.rebuild();
        dispatcher = new McpDispatcher(directory, aggregate, CursorCodec.withRandomKey(),
                new GatewaySettings(NamingMode.PREFIXED, 100, Duration.ofMinutes(30), "1"), () -> engine, event -> {
                    audited.add(event);
                    return CompletableFuture.completedFuture(null);
                });
        alpha.answering(call -> CompletableFuture.completedFuture(McpJson.object().put("echoed", call.params().toString())));
    }

    private JsonNode call(String tool, String message) {
        return dispatcher.callDirect(OPERATOR, "alpha", tool, McpJson.object().put("message", message), Duration.ofSeconds(5))
                .join();
    }

    private static Throwable failure(Runnable call) {
        try {
            call.run();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("the call did not fail");
    }

    @Test
    void callsTheBackendByItsOwnToolNameAndAuditsTheOperatorAsTheUser() {
        JsonNode result = call("echo", "hello");

        assertThat(alpha.lastCall().method()).isEqualTo("tools/call");
        assertThat(alpha.lastCall().params().path("name").asText()).isEqualTo("echo");
        assertThat(result.path("echoed").asText()).contains("hello");
        AuditEvent event = audited.getFirst();
        assertThat(event.user()).isEqualTo("admin");
        assertThat(event.agent()).isNull();
        assertThat(event.backend()).isEqualTo("alpha");
        assertThat(event.tool()).isEqualTo("echo");
        assertThat(event.action()).isEqualTo("tools/call");
        assertThat(event.decision()).isEqualTo("allow");
        assertThat(event.argumentsPreview()).contains("hello");
        assertThat(event.sessionId()).isEqualTo(McpDispatcher.DIRECT_SESSION);
    }

    @Test
    void aDeniedCallNeverReachesTheBackendAndIsAuditedWithTheReason() {
        engine.install(List.of(CompiledPolicy.compile("console", 4, DENY_ECHO)));

        Throwable denied = failure(() -> call("echo", "hello"));

        assertThat(denied).isInstanceOf(PolicyDeniedException.class).hasMessageContaining("echo is switched off for admin");
        assertThat(alpha.calls).isEmpty();
        AuditEvent event = audited.getFirst();
        assertThat(event.decision()).isEqualTo("deny");
        assertThat(event.user()).isEqualTo("admin");
        assertThat(event.reasons()).containsExactly("policy 'console': echo is switched off for admin");
        assertThat(event.policyVersions()).containsExactly("console@4");
        assertThat(call("add", "still allowed").path("echoed").asText()).contains("add");
    }

    @Test
    void anUnknownToolFailsAndIsAuditedAsAnError() {
        Throwable unknown = failure(() -> call("nope", "x"));

        assertThat(unknown).isInstanceOf(UnknownToolException.class).hasMessageContaining("'nope'");
        assertThat(alpha.calls).isEmpty();
        assertThat(audited.getFirst().decision()).isEqualTo("error");
        assertThat(audited.getFirst().error()).contains("nope");
    }

    @Test
    void aBackendThatIsNotReadyIsUnavailable() {
        alpha.state(BackendState.FAILED);

        Throwable unavailable = failure(() -> call("echo", "x"));

        assertThat(unavailable).isInstanceOf(McpException.class);
        assertThat(((McpException) unavailable).error().code()).isEqualTo(JsonRpcError.BACKEND_UNAVAILABLE);
        assertThatThrownBy(() -> dispatcher.callDirect(OPERATOR, "nobody", "echo", null, Duration.ofSeconds(1)).join())
                .hasCauseInstanceOf(McpException.class).hasMessageContaining("nobody");
    }

    @Test
    void aCallThatOutlivesItsTimeoutFailsWithABackendTimeout() {
        alpha.answering(call -> new CompletableFuture<>());

        Throwable slow = failure(() -> dispatcher.callDirect(OPERATOR, "alpha", "echo", null, Duration.ofMillis(50)).join());

        assertThat(((McpException) slow).error().code()).isEqualTo(JsonRpcError.BACKEND_TIMEOUT);
        assertThat(alpha.lastCall().future()).isCompletedExceptionally();
        assertThat(audited.getFirst().error()).contains("did not answer within");
    }

    @Test
    void anAgentScopedAwayFromTheBackendCannotCallIt() {
        Principal scoped = Principal.agent("bot", null, java.util.Set.of("beta"));

        assertThatThrownBy(() -> dispatcher.callDirect(scoped, "alpha", "echo", null, Duration.ofSeconds(1)).join())
                .hasCauseInstanceOf(McpException.class);
        assertThat(alpha.calls).isEmpty();
    }
}
