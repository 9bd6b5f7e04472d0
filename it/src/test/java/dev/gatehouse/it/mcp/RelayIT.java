package dev.gatehouse.it.mcp;

import static dev.gatehouse.it.mcp.EverythingBackends.HTTP;
import static dev.gatehouse.it.mcp.EverythingBackends.JSON;
import static dev.gatehouse.it.mcp.EverythingBackends.SSE;
import static dev.gatehouse.it.mcp.EverythingBackends.STDIO;
import static dev.gatehouse.it.mcp.RawMcp.inSession;
import static dev.gatehouse.it.mcp.RawMcp.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What flows besides request and result: progress, sampling, cancellation, list_changed and resource updates. */
class RelayIT {
    @BeforeAll
    static void backends() throws Exception {
        EverythingBackends.start();
    }

    /** The SDK client hands notifications to consumers asynchronously: they may trail the result a little. */
    private static void awaitSize(List<?> list, int size) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (list.size() < size && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void resourceUpdatesReachOnlyTheSubscribedAgent() {
        List<String> updated = new CopyOnWriteArrayList<>();
        List<String> bystander = new CopyOnWriteArrayList<>();
        try (McpSyncClient agent = AgentClients.connect(spec -> spec.resourcesUpdateConsumer(contents -> contents.forEach(c -> updated.add(c.uri()))));
             McpSyncClient other = AgentClients.connect(spec -> spec.resourcesUpdateConsumer(contents -> contents.forEach(c -> bystander.add(c.uri()))))) {
            // the stdio backend's resources are also listed by the others, so they are exposed namespaced
            String uri = agent.listResources().resources().stream().map(McpSchema.Resource::uri)
                    .filter(u -> u.startsWith("gatehouse://" + STDIO + "/")).findFirst().orElseThrow();
            agent.subscribeResource(new McpSchema.SubscribeRequest(uri));
            // server-everything sends updates for its subscribed resources once toggled on (now and every 5 s);
            // the SDK client reads the resource again on each update and hands over what it read
            McpSchema.CallToolResult toggled = agent.callTool(new McpSchema.CallToolRequest(
                    STDIO + "__toggle-subscriber-updates", Map.of()));
            try {
                assertThat(JSON.valueToTree(toggled).toString()).contains("Started simulated resource updated");
                awaitSize(updated, 1);
                // what the client read back names the backend's own URI (the contents are passed on unchanged)
                String contentsUri = agent.readResource(new McpSchema.ReadResourceRequest(uri)).contents().getFirst().uri();
                assertThat(updated).isNotEmpty().allMatch(contentsUri::equals);
                assertThat(bystander).isEmpty();

                agent.unsubscribeResource(new McpSchema.UnsubscribeRequest(uri));
            } finally {
                agent.callTool(new McpSchema.CallToolRequest(STDIO + "__toggle-subscriber-updates", Map.of()));
            }
        }
    }

    @Test
    void progressOfABackendReachesTheAgent() {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (McpSyncClient agent = AgentClients.connect(spec -> spec.progressConsumer(progress::add))) {
            for (String backend : List.of(STDIO, HTTP, SSE)) {
                progress.clear();
                McpSchema.CallToolResult result = agent.callTool(new McpSchema.CallToolRequest(
                        backend + "__trigger-long-running-operation", Map.of("duration", 1, "steps", 3),
                        Map.of("progressToken", "it-" + backend)));

                assertThat(result.isError()).as(backend).isNotEqualTo(Boolean.TRUE);
                awaitSize(progress, 3);
                assertThat(progress).as(backend).hasSize(3)
                        .allSatisfy(p -> assertThat(p.progressToken()).isEqualTo("it-" + backend));
                assertThat(progress.getLast().progress()).isEqualTo(3.0);
            }
        }
    }

    @Test
    void aCallThatOutlastsTheServletThreadsWaitStillStreamsToItsEnd() {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (McpSyncClient agent = AgentClients.connect(spec -> spec.progressConsumer(progress::add))) {
            McpSchema.CallToolResult result = agent.callTool(new McpSchema.CallToolRequest(
                    HTTP + "__trigger-long-running-operation", Map.of("duration", 12, "steps", 4),
                    Map.of("progressToken", "slow")));

            assertThat(JSON.valueToTree(result).toString()).contains("Duration: 12 seconds");
            awaitSize(progress, 4);
            assertThat(progress).hasSize(4);
        }
    }

    @Test
    void samplingRequestsOfABackendAreAnsweredByTheAgent() {
        List<McpSchema.CreateMessageRequest> asked = new CopyOnWriteArrayList<>();
        try (McpSyncClient agent = AgentClients.connect(spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().sampling().build())
                .sampling(request -> {
                    asked.add(request);
                    return McpSchema.CreateMessageResult.builder(McpSchema.Role.ASSISTANT,
                            "sampled by the IT agent", "it-model").build();
                }))) {
            McpSchema.CallToolResult result = agent.callTool(new McpSchema.CallToolRequest(
                    HTTP + "__trigger-sampling-request", Map.of("prompt", "say hi", "maxTokens", 20)));

            assertThat(asked).hasSize(1);
            assertThat(JSON.valueToTree(result).toString()).contains("sampled by the IT agent");
        }
    }

    @Test
    void elicitationRequestsOfABackendAreAnsweredByTheAgent() {
        try (McpSyncClient agent = AgentClients.connect(spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT,
                        Map.of("name", "Ada Gatekeeper", "check", true))))) {
            McpSchema.CallToolResult result = agent.callTool(new McpSchema.CallToolRequest(
                    SSE + "__trigger-elicitation-request", Map.of()));

            assertThat(JSON.valueToTree(result).toString()).contains("Ada Gatekeeper");
        }
    }

    @Test
    void aBackendCannotSampleFromAnAgentThatDidNotOfferIt() {
        try (McpSyncClient agent = AgentClients.connect()) {
            McpSchema.CallToolResult result;
            try {
                result = agent.callTool(new McpSchema.CallToolRequest(
                        STDIO + "__trigger-sampling-request", Map.of("prompt", "say hi", "maxTokens", 20)));
            } catch (RuntimeException refused) {
                assertThat(refused).hasMessageContaining("sampling");
                return;
            }
            assertThat(result.isError()).isTrue();
            assertThat(JSON.valueToTree(result).toString()).contains("sampling");
        }
    }

    @Test
    void cancellingACallStopsItWithoutAResponse() throws Exception {
        String session = RawMcp.initialize("2025-11-25");
        Instant start = Instant.now();
        CompletableFuture<HttpResponse<String>> call = RawMcp.sendAsync(inSession(post("""
                {"jsonrpc":"2.0","id":"long-1","method":"tools/call","params":{"name":"%s__trigger-long-running-operation",
                 "arguments":{"duration":30,"steps":30},"_meta":{"progressToken":"c1"}}}""".formatted(STDIO)),
                session, "2025-11-25"));
        Thread.sleep(1500);

        HttpResponse<String> cancelled = RawMcp.send(inSession(post("""
                {"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"long-1","reason":"IT"}}"""),
                session, "2025-11-25"));
        HttpResponse<String> streamed = call.get(20, TimeUnit.SECONDS);

        assertThat(cancelled.statusCode()).isEqualTo(202);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(streamed.body()).contains("notifications/progress").doesNotContain("\"id\":\"long-1\"");
        HttpResponse<String> stillWorks = RawMcp.send(inSession(post(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"" + STDIO
                        + "__echo\",\"arguments\":{\"message\":\"after\"}}}"), session, "2025-11-25"));
        assertThat(stillWorks.body()).contains("Echo: after");
    }

    @Test
    void aBackendsResourceListChangeReachesTheAgent() throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        List<List<McpSchema.Resource>> seen = new CopyOnWriteArrayList<>();
        try (McpSyncClient agent = AgentClients.connect(spec -> spec.resourcesChangeConsumer(resources -> {
            seen.add(resources);
            changed.countDown();
        }))) {
            agent.callTool(new McpSchema.CallToolRequest(HTTP + "__gzip-file-as-resource", Map.of(
                    "name", "it-note.txt", "data", "data:text/plain;base64,aGVsbG8gZ2F0ZWhvdXNl",
                    "outputType", "resourceLink")));

            assertThat(changed.await(30, TimeUnit.SECONDS)).as("resources/list_changed relayed").isTrue();
        }
    }

    @Test
    void aNewBackendIsAnnouncedAsAToolListChange() throws Exception {
        if (dev.gatehouse.it.Gatehouse.send("DELETE", "/api/v1/backends/ag-late", null).statusCode() == 204) {
            Thread.sleep(1000); // left over by an interrupted run: let the connector drop it first
        }
        CountDownLatch changed = new CountDownLatch(1);
        try (McpSyncClient agent = AgentClients.connect(spec -> spec.toolsChangeConsumer(tools -> {
            if (tools.stream().anyMatch(t -> t.name().startsWith("ag-late__"))) {
                changed.countDown();
            }
        }))) {
            EverythingBackends.register("ag-late", Map.of("transport", "stdio", "command", "node",
                    "args", List.of(dev.gatehouse.it.Gatehouse.serverEverything().toString())));
            try {
                assertThat(changed.await(60, TimeUnit.SECONDS)).as("tools/list_changed relayed").isTrue();
            } finally {
                dev.gatehouse.it.Gatehouse.send("DELETE", "/api/v1/backends/ag-late", null);
            }
        }
    }
}
