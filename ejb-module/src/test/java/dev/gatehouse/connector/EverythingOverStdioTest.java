package dev.gatehouse.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.transport.StdioTransport;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.vault.CredentialMaterial;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The whole connector against the real server-everything over stdio, one process for the class. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EverythingOverStdioTest {
    private static final String NAME = "everything-stdio";
    private static final String MARKER = EverythingServer.marker();
    private static final List<String> stderr = new CopyOnWriteArrayList<>();
    private static final List<BackendState> statesSeen = new CopyOnWriteArrayList<>();
    private static final List<String> catalogEvents = new CopyOnWriteArrayList<>();
    private static final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] params = record.getParameters();
            if (params != null && params.length == 2 && NAME.equals(params[0])) {
                stderr.add("[" + params[0] + "] " + params[1]);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Held so the logger (and the handler on it) is not collected before the transport logs. */
    private static final Logger STDIO_LOG = Logger.getLogger(StdioTransport.class.getName());
    private static ScheduledExecutorService scheduler;
    private static BackendFleet fleet;

    @BeforeAll
    static void connect() throws InterruptedException {
        EverythingServer.assumeInstalled();
        STDIO_LOG.addHandler(logCapture);
        BackendSpec plain = EverythingServer.stdio(NAME, MARKER, 1);
        FakeSpecs specs = new FakeSpecs()
                .put(new BackendSpec(NAME, true, plain.transport(), "stdio-env", 1))
                .credential("stdio-env", new CredentialMaterial(Map.of(), Map.of("GATEHOUSE_TEST_SECRET", "s3cr3t-env-value")));
        scheduler = Executors.newScheduledThreadPool(4);
        fleet = new BackendFleet(specs, specs, Eventually.FAST, scheduler, Thread.ofVirtual().factory());
        fleet.addCatalogListener((backend, kinds) -> {
            catalogEvents.add(backend + " " + kinds);
            statesSeen.add(fleet.find(backend).orElseThrow().status().state());
        });
        fleet.startAll();
        Eventually.holds("the stdio backend is ready", Duration.ofSeconds(20), () -> link().status().state() == BackendState.READY);
    }

    @AfterAll
    static void shutdown() {
        if (fleet != null) {
            fleet.shutdown();
            scheduler.shutdownNow();
        }
        STDIO_LOG.removeHandler(logCapture);
    }

    private static BackendLink link() {
        return fleet.find(NAME).orElseThrow();
    }

    static ObjectNode toolCall(String tool, ObjectNode arguments) {
        ObjectNode params = McpJson.object().put("name", tool);
        params.set("arguments", arguments);
        return params;
    }

    static List<String> names(List<ObjectNode> entries, String field) {
        return entries.stream().map(e -> e.path(field).asText()).toList();
    }

    @Test
    @Order(10)
    void initializesAndFetchesTheWholeCatalog() throws InterruptedException {
        BackendStatus status = link().status();
        assertThat(status.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(status.serverInfo().path("name").asText()).isEqualTo("mcp-servers/everything");
        assertThat(status.capabilities().has("tools")).isTrue();
        assertThat(status.instructions()).isNotBlank();
        Catalog catalog = link().catalog();
        assertThat(names(catalog.tools(), "name")).contains("echo", "get-env", "trigger-long-running-operation");
        assertThat(catalog.resources()).isNotEmpty();
        assertThat(catalog.resourceTemplates()).isNotEmpty();
        assertThat(names(catalog.prompts(), "name")).contains("simple-prompt");
        // tools that depend on client capabilities are registered after initialized, announced by list_changed
        Eventually.holds("the sampling tool appears after tools/list_changed", Duration.ofSeconds(5),
                () -> names(link().catalog().tools(), "name").contains("trigger-sampling-request"));
    }

    @Test
    @Order(20)
    void callsEcho() throws Exception {
        JsonNode result = link().call("tools/call", toolCall("echo", McpJson.object().put("message", "hello gatehouse")),
                RelayChannel.none()).get(10, TimeUnit.SECONDS);
        assertThat(result.path("content").get(0).path("text").asText()).contains("hello gatehouse");
    }

    @Test
    @Order(30)
    void relaysProgressWithTheAgentsOwnToken() throws Exception {
        RecordingChannel agent = new RecordingChannel();
        ObjectNode params = toolCall("trigger-long-running-operation", McpJson.object().put("duration", 0.3).put("steps", 3));
        params.putObject("_meta").put("progressToken", "agent-token-7");
        JsonNode result = link().call("tools/call", params, agent).get(10, TimeUnit.SECONDS);
        assertThat(result.path("content").get(0).path("text").asText()).contains("Long running operation completed");
        assertThat(agent.notifications).hasSize(3).allSatisfy(n -> {
            assertThat(n.method()).isEqualTo("notifications/progress");
            assertThat(n.params().path("progressToken").asText()).isEqualTo("agent-token-7");
        });
        assertThat(agent.notifications.getLast().params().path("progress").asInt()).isEqualTo(3);
    }

    @Test
    @Order(40)
    void relaysSamplingToTheCallingAgentAndReturnsItsAnswer() throws Exception {
        RecordingChannel agent = new RecordingChannel((method, params) -> {
            if (method.equals("roots/list")) {
                return McpJson.object().set("roots", McpJson.MAPPER.createArrayNode());
            }
            ObjectNode answer = McpJson.object().put("role", "assistant").put("model", "test-model");
            answer.putObject("content").put("type", "text").put("text", "sampled-42");
            return answer;
        });
        JsonNode result = link().call("tools/call", toolCall("trigger-sampling-request",
                McpJson.object().put("prompt", "say something").put("maxTokens", 5)), agent).get(10, TimeUnit.SECONDS);
        // server-everything may ask for roots at any time; that request is relayed to the call in flight too
        List<RecordingChannel.Relayed> sampling = agent.requests.stream()
                .filter(r -> !r.method().equals("roots/list")).toList();
        assertThat(sampling).extracting(RecordingChannel.Relayed::method).containsExactly("sampling/createMessage");
        assertThat(sampling.getFirst().params().path("maxTokens").asInt()).isEqualTo(5);
        assertThat(result.path("content").get(0).path("text").asText()).contains("sampled-42");
    }

    @Test
    @Order(45)
    void relaysElicitationToTheCallingAgent() throws Exception {
        RecordingChannel agent = new RecordingChannel((method, params) ->
                method.equals("elicitation/create") ? McpJson.object().put("action", "decline") : null);
        JsonNode result = link().call("tools/call", toolCall("trigger-elicitation-request", McpJson.object()), agent)
                .get(10, TimeUnit.SECONDS);
        assertThat(agent.requests).extracting(RecordingChannel.Relayed::method).containsExactly("elicitation/create");
        assertThat(result.path("content").get(0).path("text").asText()).contains("declined");
    }

    @Test
    @Order(50)
    void refreshesTheCatalogOnListChanged() throws Exception {
        link().call("tools/call", toolCall("gzip-file-as-resource", McpJson.object().put("name", "note.gz")
                .put("data", "data:text/plain;base64,aGVsbG8=").put("outputType", "resourceLink")), null).get(10, TimeUnit.SECONDS);
        Eventually.holds("the new session resource is in the catalog", Duration.ofSeconds(5),
                () -> names(link().catalog().resources(), "uri").contains("demo://resource/session/note.gz"));
        assertThat(catalogEvents).contains(NAME + " [RESOURCES, RESOURCE_TEMPLATES]");
    }

    @Test
    @Order(60)
    void passesTheCredentialEnvironmentToTheProcess() throws Exception {
        JsonNode result = link().call("tools/call", toolCall("get-env", McpJson.object()), null).get(10, TimeUnit.SECONDS);
        String env = result.path("content").get(0).path("text").asText();
        assertThat(env).contains("\"GATEHOUSE_TEST_SECRET\": \"s3cr3t-env-value\"").contains("\"GATEHOUSE_PLAIN\": \"plain-value\"");
    }

    @Test
    @Order(70)
    void logsStderrUnderTheBackendNameAndNeverRelaysIt() throws Exception {
        RecordingChannel agent = new RecordingChannel();
        link().call("tools/call", toolCall("echo", McpJson.object().put("message", "x")), agent).get(10, TimeUnit.SECONDS);
        assertThat(stderr).contains("[" + NAME + "] Starting default (STDIO) server...");
        assertThat(agent.notifications).noneMatch(n -> n.params().toString().contains("Starting default"));
    }

    @Test
    @Order(75)
    void relaysLogMessagesToTheCallInFlight() throws Exception {
        RecordingChannel agent = new RecordingChannel();
        try {
            link().call("tools/call", toolCall("toggle-simulated-logging", McpJson.object()), agent).get(10, TimeUnit.SECONDS);
            assertThat(agent.notifications).extracting(RecordingChannel.Relayed::method).contains("notifications/message");
        } finally {
            link().call("tools/call", toolCall("toggle-simulated-logging", McpJson.object()), null).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(80)
    void restartsAKilledProcess() throws InterruptedException {
        List<ProcessHandle> before = EverythingServer.processesWith(MARKER);
        assertThat(before).hasSize(1);
        statesSeen.clear();
        before.getFirst().destroyForcibly();
        Eventually.holds("the backend is ready again with a new process", Duration.ofSeconds(20),
                () -> link().status().state() == BackendState.READY && statesSeen.contains(BackendState.READY));
        assertThat(statesSeen).containsSubsequence(BackendState.FAILED, BackendState.READY);
        assertThat(link().status().lastError()).contains("exited");
        List<ProcessHandle> after = EverythingServer.processesWith(MARKER);
        assertThat(after).hasSize(1);
        assertThat(after.getFirst().pid()).isNotEqualTo(before.getFirst().pid());
        assertThat(names(link().catalog().tools(), "name")).contains("echo");
    }
}
