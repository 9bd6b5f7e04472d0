package dev.gatehouse.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import dev.gatehouse.vault.CredentialMaterial;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The supervisor logic: background connects, failure states, retries with backoff, following registry changes. */
class BackendSupervisionTest {
    private final FakeSpecs specs = new FakeSpecs();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private BackendFleet fleet;

    @BeforeEach
    void fleet() {
        scheduler = Executors.newScheduledThreadPool(4);
        fleet = new BackendFleet(specs, specs, Eventually.FAST, scheduler, Thread.ofVirtual().factory());
        fleet.addCatalogListener((backend, kinds) -> events.add(backend + ":" + fleet.find(backend)
                .map(l -> l.status().state().name()).orElse("GONE")));
    }

    @AfterEach
    void shutdown() {
        fleet.shutdown();
        scheduler.shutdownNow();
    }

    private BackendLink link(String name) {
        return fleet.find(name).orElseThrow();
    }

    private static void assertUnavailable(BackendLink link, String reason) {
        assertThatThrownBy(() -> link.call("tools/call", McpJson.object().put("name", "echo"), null).get(1, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(McpException.class)
                .hasMessageStartingWith("backend '" + link.name() + "' is unavailable: ").hasMessageContaining(reason)
                .satisfies(e -> assertThat(((McpException) e).error().code()).isEqualTo(JsonRpcError.BACKEND_UNAVAILABLE));
    }

    @Test
    void httpBackendDownAtStartBecomesReadyWhenItComesUp() throws Exception {
        EverythingServer.assumeInstalled();
        int port = EverythingServer.freePort();
        specs.put(EverythingServer.http("late", URI.create("http://127.0.0.1:" + port + "/mcp"), null, 1));
        fleet.startAll();
        Eventually.holds("the backend failed", Duration.ofSeconds(10), () -> link("late").status().lastError() != null);
        BackendStatus failed = link("late").status();
        assertThat(failed.state()).isIn(BackendState.FAILED, BackendState.CONNECTING);
        assertThat(failed.lastError()).contains("connection refused").doesNotStartWith("backend");
        assertThat(failed.lastErrorAt()).isNotNull();
        assertThat(link("late").catalog()).isEqualTo(Catalog.EMPTY);
        assertUnavailable(link("late"), "connection refused");
        try (EverythingServer server = EverythingServer.startHttp("streamableHttp", port)) {
            Eventually.holds("the backend is ready", Duration.ofSeconds(10), () -> link("late").status().state() == BackendState.READY);
            assertThat(link("late").catalog().tools()).isNotEmpty();
            assertThat(events).contains("late:READY");
        }
    }

    @Test
    void httpBackendThatGoesAwayIsRetriedUntilItIsBack() throws Exception {
        EverythingServer.assumeInstalled();
        int port = EverythingServer.freePort();
        specs.put(EverythingServer.http("flaky", URI.create("http://127.0.0.1:" + port + "/mcp"), null, 1));
        try (EverythingServer first = EverythingServer.startHttp("streamableHttp", port)) {
            fleet.startAll();
            Eventually.holds("the backend is ready", Duration.ofSeconds(10), () -> link("flaky").status().state() == BackendState.READY);
        }
        Eventually.holds("the loss is noticed", Duration.ofSeconds(10), () -> link("flaky").status().state() != BackendState.READY);
        assertThat(link("flaky").catalog()).isEqualTo(Catalog.EMPTY);
        // listeners hear of the loss just after the status changes; by then a fast retry may be under way
        Eventually.holds("the loss is announced", Duration.ofSeconds(5),
                () -> events.contains("flaky:FAILED") || events.contains("flaky:CONNECTING"));
        try (EverythingServer second = EverythingServer.startHttp("streamableHttp", port)) {
            Eventually.holds("the backend is ready again", Duration.ofSeconds(10),
                    () -> link("flaky").status().state() == BackendState.READY);
            assertThat(link("flaky").call("tools/call", McpJson.object().put("name", "echo")
                    .set("arguments", McpJson.object().put("message", "back")), null).get(5, TimeUnit.SECONDS)
                    .path("content").get(0).path("text").asText()).isEqualTo("Echo: back");
        }
    }

    @Test
    void disabledBackendIsNeverConnected() {
        specs.put(new BackendSpec("off", false, new HttpTransportSpec(URI.create("http://127.0.0.1:1/mcp")), null, 1));
        fleet.startAll();
        assertThat(link("off").status().state()).isEqualTo(BackendState.DISABLED);
        assertThat(link("off").catalog()).isEqualTo(Catalog.EMPTY);
        assertUnavailable(link("off"), "it is disabled");
    }

    @Test
    void unknownCredentialFailsTheBackendWithAClearError() throws InterruptedException {
        specs.put(new BackendSpec("nocred", true, new HttpTransportSpec(URI.create("http://127.0.0.1:1/mcp")), "missing", 1));
        fleet.startAll();
        Eventually.holds("the backend failed", Duration.ofSeconds(5), () -> link("nocred").status().lastError() != null);
        assertThat(link("nocred").status().lastError()).isEqualTo("no credential named 'missing'");
    }

    @Test
    void errorsNeverCarryCredentialValues() throws InterruptedException {
        specs.put(new BackendSpec("leaky", true, new StdioTransportSpec("/nonexistent/s3cr3t-value/server", List.of(), Map.of()),
                "env", 1)).credential("env", new CredentialMaterial(Map.of(), Map.of("TOKEN", "s3cr3t-value")));
        fleet.startAll();
        Eventually.holds("the backend failed", Duration.ofSeconds(5), () -> link("leaky").status().lastError() != null);
        assertThat(link("leaky").status().lastError()).startsWith("cannot start '/nonexistent/***/server'")
                .doesNotContain("s3cr3t-value");
    }

    @Test
    void followsRegistryChanges() throws Exception {
        try (McpFixture fixture = new McpFixture()) {
            specs.put(new BackendSpec("moving", true, new HttpTransportSpec(fixture.url()), null, 1));
            fleet.startAll();
            Eventually.holds("ready", Duration.ofSeconds(5), () -> link("moving").status().state() == BackendState.READY);

            fleet.reconcile("moving");
            assertThat(fixture.initializes).hasValue(1);

            specs.put(new BackendSpec("moving", true, new HttpTransportSpec(fixture.url()), null, 2));
            fleet.reconcile("moving");
            Eventually.holds("reconnected with the new spec", Duration.ofSeconds(5),
                    () -> fixture.initializes.get() == 2 && link("moving").status().state() == BackendState.READY);

            specs.put(new BackendSpec("moving", false, new HttpTransportSpec(fixture.url()), null, 3));
            fleet.reconcile("moving");
            assertThat(link("moving").status().state()).isEqualTo(BackendState.DISABLED);

            specs.remove("moving");
            fleet.reconcile("moving");
            assertThat(fleet.find("moving")).isEmpty();
            assertThat(events).endsWith("moving:GONE");
        }
    }

    @Test
    void reconnectsABackendRegisteredAgainUnderTheSameNameWithAnotherUrl() throws Exception {
        try (McpFixture first = new McpFixture(); McpFixture second = new McpFixture()) {
            specs.put(new BackendSpec("reborn", true, new HttpTransportSpec(first.url()), null, 1));
            fleet.startAll();
            Eventually.holds("ready", Duration.ofSeconds(5), () -> link("reborn").status().state() == BackendState.READY);

            // deleted and created again: the version starts over at 1, the URL is new
            specs.put(new BackendSpec("reborn", true, new HttpTransportSpec(second.url()), null, 1));
            fleet.reconcile("reborn");
            Eventually.holds("connected to the new URL", Duration.ofSeconds(5),
                    () -> second.initializes.get() == 1 && link("reborn").status().state() == BackendState.READY);
            assertThat(first.initializes).hasValue(1);
        }
    }
}
