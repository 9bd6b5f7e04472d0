package dev.gatehouse.connector;

import static dev.gatehouse.connector.EverythingOverStdioTest.names;
import static dev.gatehouse.connector.EverythingOverStdioTest.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole connector against the real server-everything over HTTP: one instance in
 * {@code streamableHttp} mode ({@code /mcp}) and one in legacy {@code sse} mode, registered
 * by its {@code /sse} URL so that the Streamable HTTP attempt fails and the fallback kicks in.
 */
class EverythingOverHttpTest {
    private static EverythingServer streamable;
    private static EverythingServer legacy;
    private static ScheduledExecutorService scheduler;
    private static BackendFleet fleet;

    @BeforeAll
    static void connect() throws Exception {
        EverythingServer.assumeInstalled();
        streamable = EverythingServer.startHttp("streamableHttp", EverythingServer.freePort());
        legacy = EverythingServer.startHttp("sse", EverythingServer.freePort());
        FakeSpecs specs = new FakeSpecs()
                .put(EverythingServer.http("streamable", streamable.url("/mcp"), null, 1))
                .put(EverythingServer.http("legacy", legacy.url("/sse"), null, 1));
        scheduler = Executors.newScheduledThreadPool(4);
        fleet = new BackendFleet(specs, specs, Eventually.FAST, scheduler, Thread.ofVirtual().factory());
        fleet.startAll();
        Eventually.holds("both HTTP backends are ready", Duration.ofSeconds(20), () -> fleet.links().stream()
                .allMatch(l -> l.status().state() == BackendState.READY));
    }

    @AfterAll
    static void shutdown() {
        if (fleet != null) {
            fleet.shutdown();
            scheduler.shutdownNow();
        }
        if (streamable != null) {
            streamable.close();
        }
        if (legacy != null) {
            legacy.close();
        }
    }

    private static BackendLink link(String name) {
        return fleet.find(name).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable", "legacy"})
    void initializesAndFetchesTheWholeCatalog(String backend) throws InterruptedException {
        BackendStatus status = link(backend).status();
        assertThat(status.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(status.serverInfo().path("name").asText()).isEqualTo("mcp-servers/everything");
        Catalog catalog = link(backend).catalog();
        assertThat(names(catalog.tools(), "name")).contains("echo", "trigger-long-running-operation");
        assertThat(catalog.resources()).isNotEmpty();
        assertThat(catalog.resourceTemplates()).isNotEmpty();
        assertThat(catalog.prompts()).isNotEmpty();
        Eventually.holds("capability-dependent tools appear after list_changed", Duration.ofSeconds(5),
                () -> names(link(backend).catalog().tools(), "name").contains("trigger-sampling-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable", "legacy"})
    void callsEcho(String backend) throws Exception {
        JsonNode result = link(backend).call("tools/call", toolCall("echo", McpJson.object().put("message", "via " + backend)),
                null).get(10, TimeUnit.SECONDS);
        assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("Echo: via " + backend);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable", "legacy"})
    void relaysProgressWithTheAgentsOwnToken(String backend) throws Exception {
        RecordingChannel agent = new RecordingChannel();
        ObjectNode params = toolCall("trigger-long-running-operation", McpJson.object().put("duration", 0.2).put("steps", 2));
        params.putObject("_meta").put("progressToken", 99);
        link(backend).call("tools/call", params, agent).get(10, TimeUnit.SECONDS);
        assertThat(agent.notifications).extracting(n -> n.params().path("progressToken").asInt()).containsExactly(99, 99);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable", "legacy"})
    void relaysSamplingToTheCallingAgent(String backend) throws Exception {
        RecordingChannel agent = new RecordingChannel((method, params) -> {
            if (method.equals("roots/list")) {
                return McpJson.object().set("roots", McpJson.MAPPER.createArrayNode());
            }
            ObjectNode answer = McpJson.object().put("role", "assistant").put("model", "m");
            answer.putObject("content").put("type", "text").put("text", "sampled-over-" + backend);
            return answer;
        });
        Eventually.holds("the sampling tool is listed", Duration.ofSeconds(5),
                () -> names(link(backend).catalog().tools(), "name").contains("trigger-sampling-request"));
        JsonNode result = link(backend).call("tools/call", toolCall("trigger-sampling-request",
                McpJson.object().put("prompt", "p")), agent).get(10, TimeUnit.SECONDS);
        assertThat(agent.requests).extracting(RecordingChannel.Relayed::method).contains("sampling/createMessage");
        assertThat(result.path("content").get(0).path("text").asText()).contains("sampled-over-" + backend);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable", "legacy"})
    void refreshesTheCatalogOnListChangedFromTheServerStream(String backend) throws Exception {
        String file = backend + ".gz";
        link(backend).call("tools/call", toolCall("gzip-file-as-resource", McpJson.object().put("name", file)
                .put("data", "data:text/plain;base64,aGVsbG8=")), null).get(10, TimeUnit.SECONDS);
        Eventually.holds("the session resource appears in the catalog", Duration.ofSeconds(5),
                () -> names(link(backend).catalog().resources(), "uri").contains("demo://resource/session/" + file));
    }
}
