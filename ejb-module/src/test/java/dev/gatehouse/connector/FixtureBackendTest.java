package dev.gatehouse.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.vault.CredentialMaterial;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector against our own recording MCP endpoint: what exactly goes over the wire. */
class FixtureBackendTest {
    private static final CredentialMaterial CREDENTIAL = new CredentialMaterial(
            Map.of("Authorization", "Bearer tok-123-secret", "X-Api-Key", "key-456-secret"), Map.of());

    private McpFixture fixture;
    private FakeSpecs specs;
    private ScheduledExecutorService scheduler;
    private BackendFleet fleet;

    @BeforeEach
    void connect() throws Exception {
        fixture = new McpFixture();
        specs = new FakeSpecs()
                .put(new BackendSpec("fixture", true, new HttpTransportSpec(fixture.url()), "api", 1))
                .credential("api", CREDENTIAL);
        scheduler = Executors.newScheduledThreadPool(4);
        fleet = new BackendFleet(specs, specs, Eventually.FAST, scheduler, Thread.ofVirtual().factory());
        fleet.startAll();
        Eventually.holds("the fixture backend is ready", Duration.ofSeconds(10), () -> link().status().state() == BackendState.READY);
    }

    @AfterEach
    void shutdown() {
        fleet.shutdown();
        scheduler.shutdownNow();
        fixture.close();
    }

    private BackendLink link() {
        return fleet.find("fixture").orElseThrow();
    }

    @Test
    void acceptsAnOlderRevisionAndFollowsPaginationToTheEnd() {
        assertThat(link().status().protocolVersion()).isEqualTo("2025-06-18");
        assertThat(EverythingOverStdioTest.names(link().catalog().tools(), "name")).containsExactly("t1", "t2", "t3", "t4", "t5");
        assertThat(fixture.posts("tools/list")).extracting(e -> ((JsonRpcRequest) e.message()).params() == null ? ""
                : ((JsonRpcRequest) e.message()).params().path("cursor").asText()).containsExactly("", "page-2", "page-3");
        assertThat(fixture.posts("resources/list")).as("resources were not declared").isEmpty();
    }

    @Test
    void sendsTheCredentialHeadersSessionAndVersionOnEveryRequest() throws Exception {
        link().call("tools/call", McpJson.object().put("name", "t1"), null).get(5, TimeUnit.SECONDS);
        assertThat(fixture.exchanges).isNotEmpty().allSatisfy(e -> {
            assertThat(e.header("Authorization")).isEqualTo("Bearer tok-123-secret");
            assertThat(e.header("X-Api-Key")).isEqualTo("key-456-secret");
        });
        McpFixture.Exchange initialize = fixture.posts("initialize").getFirst();
        assertThat(initialize.header("Mcp-Session-Id")).isNull();
        assertThat(initialize.header("Accept")).isEqualTo("application/json, text/event-stream");
        assertThat(initialize.header("Content-Type")).isEqualTo("application/json");
        assertThat(((JsonRpcRequest) initialize.message()).params().path("capabilities").fieldNames())
                .toIterable().containsExactlyInAnyOrder("roots", "sampling", "elicitation");
        McpFixture.Exchange call = fixture.posts("tools/call").getFirst();
        assertThat(call.header("Mcp-Session-Id")).isEqualTo("session-1");
        assertThat(call.header("MCP-Protocol-Version")).isEqualTo("2025-06-18");
        assertThat(fixture.posts("notifications/initialized")).hasSize(1);
    }

    @Test
    void forwardsAgentNotificationsWithTheSession() throws InterruptedException {
        link().notify("notifications/roots/list_changed", null);
        Eventually.holds("the notification reached the backend", Duration.ofSeconds(5),
                () -> !fixture.posts("notifications/roots/list_changed").isEmpty());
        assertThat(fixture.posts("notifications/roots/list_changed").getFirst().header("Mcp-Session-Id")).isNotBlank();
    }

    @Test
    void followsAnEndpointThatRedirectsItsPosts() throws Exception {
        specs.put(new BackendSpec("moved", true, new HttpTransportSpec(fixture.url().resolve("/moved")), "api", 1));
        fleet.reconcile("moved");
        Eventually.holds("the redirected backend is ready", Duration.ofSeconds(10),
                () -> fleet.find("moved").orElseThrow().status().state() == BackendState.READY);
        JsonNode result = fleet.find("moved").orElseThrow().call("tools/call", McpJson.object().put("name", "t1"), null)
                .get(5, TimeUnit.SECONDS);
        assertThat(result.path("content").path(0).path("text").asText()).isNotBlank();
        assertThat(fixture.redirects.get()).as("POSTs redirected").isGreaterThanOrEqualTo(2);
    }

    @Test
    void cancellingTheCallSendsCancelledWithTheBackendSideId() throws Exception {
        CompletableFuture<JsonNode> call = link().call("tools/call", McpJson.object().put("name", "slow"), new RecordingChannel());
        Eventually.holds("the slow call reached the backend", Duration.ofSeconds(5), () -> !fixture.posts("tools/call").isEmpty());
        call.cancel(true);
        assertThat(fixture.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        JsonNode backendId = ((JsonRpcRequest) fixture.posts("tools/call").getFirst().message()).id();
        JsonNode cancelled = ((JsonRpcNotification) fixture.posts("notifications/cancelled").getFirst().message()).params();
        assertThat(cancelled.path("requestId")).isEqualTo(backendId);
        assertThat(cancelled.path("reason").asText()).isNotBlank();
        assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void reinitializesWhenTheSessionExpires() throws Exception {
        fixture.expireSession = true;
        CompletableFuture<JsonNode> lost = link().call("tools/call", McpJson.object().put("name", "t1"), null);
        assertThatThrownBy(() -> lost.get(5, TimeUnit.SECONDS)).hasMessageContaining("backend 'fixture' is unavailable");
        Eventually.holds("a second session was initialized", Duration.ofSeconds(10),
                () -> fixture.initializes.get() == 2 && link().status().state() == BackendState.READY);
        link().call("tools/call", McpJson.object().put("name", "t1"), null).get(5, TimeUnit.SECONDS);
        assertThat(fixture.posts("tools/call").getLast().header("Mcp-Session-Id")).isEqualTo("session-2");
    }

    @Test
    void deletesTheSessionOnShutdown() {
        BackendLink link = link();
        fleet.shutdown();
        List<McpFixture.Exchange> deletes = fixture.exchanges.stream().filter(e -> e.httpMethod().equals("DELETE")).toList();
        assertThat(deletes).hasSize(1);
        assertThat(deletes.getFirst().header("Mcp-Session-Id")).isEqualTo("session-1");
        assertThat(link.status().state()).isNotEqualTo(BackendState.READY);
        assertThat(fleet.links()).isEmpty();
    }
}
