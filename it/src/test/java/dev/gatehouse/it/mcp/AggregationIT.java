package dev.gatehouse.it.mcp;

import static dev.gatehouse.it.mcp.EverythingBackends.HTTP;
import static dev.gatehouse.it.mcp.EverythingBackends.JSON;
import static dev.gatehouse.it.mcp.EverythingBackends.SSE;
import static dev.gatehouse.it.mcp.EverythingBackends.STDIO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent (the official Java SDK client) sees the union of three real backends through
 * {@code /mcp}, and gets exactly what a client connected straight to a backend gets.
 */
class AggregationIT {
    private static McpSyncClient agent;
    private static McpSyncClient directHttp;
    private static McpSyncClient directStdio;

    @BeforeAll
    static void connect() throws Exception {
        EverythingBackends backends = EverythingBackends.start();
        agent = AgentClients.connect();
        directHttp = backends.direct(HTTP);
        directStdio = backends.direct(STDIO);
    }

    @AfterAll
    static void close() {
        for (McpSyncClient client : new McpSyncClient[]{agent, directHttp, directStdio}) {
            if (client != null) {
                client.closeGracefully();
            }
        }
    }

    private static List<McpSchema.Tool> allTools(McpSyncClient client) {
        List<McpSchema.Tool> tools = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = client.listTools(cursor);
            tools.addAll(page.tools());
            cursor = page.nextCursor();
        } while (cursor != null);
        return tools;
    }

    private static List<McpSchema.Resource> allResources(McpSyncClient client) {
        List<McpSchema.Resource> resources = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListResourcesResult page = client.listResources(cursor);
            resources.addAll(page.resources());
            cursor = page.nextCursor();
        } while (cursor != null);
        return resources;
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /**
     * The tree as JSON with the backend's wall-clock times ("created at 11:46:30 PM") masked: two
     * answers about a dynamic resource made a moment apart (direct and relayed) differ only there.
     */
    private static String withoutClock(Object value) {
        return tree(value).toString().replaceAll("\\d{1,2}:\\d{2}:\\d{2} [AP]M", "<time>");
    }

    @Test
    void initializeNamesGatehouseAndTheBackends() {
        McpSchema.InitializeResult init = agent.getCurrentInitializationResult();

        assertThat(init.serverInfo().name()).isEqualTo("gatehouse");
        assertThat(init.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(init.capabilities().tools().listChanged()).isTrue();
        assertThat(init.instructions()).contains(HTTP, SSE, STDIO);
    }

    @Test
    void listsTheToolsOfEveryTransportUnderTheBackendPrefix() {
        List<String> names = allTools(agent).stream().map(McpSchema.Tool::name).toList();

        assertThat(names).contains(STDIO + "__echo", HTTP + "__echo", SSE + "__echo",
                HTTP + "__get-tiny-image", SSE + "__trigger-long-running-operation");
    }

    @Test
    void toolDefinitionsAreTheBackendsOwnApartFromTheName() {
        for (var pair : List.of(Map.entry(HTTP, directHttp), Map.entry(STDIO, directStdio))) {
            String prefix = pair.getKey() + "__";
            Map<String, JsonNode> direct = allTools(pair.getValue()).stream()
                    .collect(Collectors.toMap(McpSchema.Tool::name, AggregationIT::tree));
            List<McpSchema.Tool> relayed = allTools(agent).stream().filter(t -> t.name().startsWith(prefix)).toList();

            assertThat(relayed).hasSizeGreaterThanOrEqualTo(10);
            for (McpSchema.Tool tool : relayed) {
                String own = tool.name().substring(prefix.length());
                ObjectNode expected = ((ObjectNode) direct.get(own)).deepCopy().put("name", tool.name());
                assertThat(tree(tool)).as(tool.name()).isEqualTo(expected);
            }
        }
    }

    @Test
    void toolResultsAreRelayedUnchanged() {
        Map<String, Map<String, Object>> calls = Map.of(
                "echo", Map.of("message", "through the gate"),
                "get-sum", Map.of("a", 2, "b", 40.5),
                "get-tiny-image", Map.of(),
                "get-structured-content", Map.of("location", "Chicago"),
                "get-resource-links", Map.of("count", 3),
                "get-annotated-message", Map.of("messageType", "error", "includeImage", true),
                "get-resource-reference", Map.of("resourceType", "Text", "resourceId", 2));
        for (var call : calls.entrySet()) {
            McpSchema.CallToolResult direct = directHttp.callTool(new McpSchema.CallToolRequest(call.getKey(), call.getValue()));
            McpSchema.CallToolResult relayed = agent.callTool(
                    new McpSchema.CallToolRequest(HTTP + "__" + call.getKey(), call.getValue()));

            assertThat(withoutClock(relayed)).as(call.getKey()).isEqualTo(withoutClock(direct));
        }
    }

    @Test
    void anUnknownToolIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                agent.callTool(new McpSchema.CallToolRequest(HTTP + "__no-such-tool", Map.of())))
                .hasMessageContaining("unknown tool");
    }

    @Test
    void promptsAndCompletionsGoToTheOwningBackend() {
        assertThat(agent.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .contains(HTTP + "__simple-prompt", STDIO + "__args-prompt");

        var request = new McpSchema.GetPromptRequest("args-prompt", Map.of("city", "Oslo", "state", "Viken"));
        McpSchema.GetPromptResult direct = directHttp.getPrompt(request);
        McpSchema.GetPromptResult relayed = agent.getPrompt(
                new McpSchema.GetPromptRequest(HTTP + "__args-prompt", request.arguments()));
        assertThat(tree(relayed)).isEqualTo(tree(direct));

        McpSchema.CompleteResult completion = agent.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference(HTTP + "__completable-prompt"),
                new McpSchema.CompleteRequest.CompleteArgument("department", "S")));
        assertThat(completion.completion().values()).containsExactly("Sales", "Support");
    }

    @Test
    void duplicateResourceUrisStayRoutableToEachBackend() {
        List<McpSchema.Resource> resources = allResources(agent);
        McpSchema.Resource first = directHttp.listResources().resources().getFirst();
        String original = first.uri();
        String namespaced = "gatehouse://" + SSE + "/" + URLEncoder.encode(original, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");

        assertThat(resources).extracting(McpSchema.Resource::uri).contains(original, namespaced);

        McpSchema.ReadResourceResult direct = directHttp.readResource(new McpSchema.ReadResourceRequest(original));
        assertThat(tree(agent.readResource(new McpSchema.ReadResourceRequest(original)))).isEqualTo(tree(direct));
        assertThat(tree(agent.readResource(new McpSchema.ReadResourceRequest(namespaced)))).isEqualTo(tree(direct));
    }

    @Test
    void aDuplicateTemplateIsNamespacedAndStillExpandsReadsAndCompletes() {
        List<McpSchema.ResourceTemplate> direct = directHttp.listResourceTemplates().resourceTemplates();
        String original = direct.stream().map(McpSchema.ResourceTemplate::uriTemplate)
                .filter(t -> t.endsWith("{resourceId}")).findFirst().orElseThrow();
        String namespaced = agent.listResourceTemplates().resourceTemplates().stream()
                .map(McpSchema.ResourceTemplate::uriTemplate)
                .filter(t -> t.startsWith("gatehouse://" + SSE + "/") && t.endsWith("{resourceId}"))
                .filter(t -> t.contains(URLEncoder.encode(original.replace("{resourceId}", ""), StandardCharsets.UTF_8)
                        .replace("+", "%20")))
                .findFirst().orElseThrow();

        McpSchema.ReadResourceResult viaTemplate = agent.readResource(
                new McpSchema.ReadResourceRequest(namespaced.replace("{resourceId}", "3")));
        McpSchema.ReadResourceResult straight = directHttp.readResource(
                new McpSchema.ReadResourceRequest(original.replace("{resourceId}", "3")));
        assertThat(withoutClock(viaTemplate)).isEqualTo(withoutClock(straight));

        var argument = new McpSchema.CompleteRequest.CompleteArgument("resourceId", "1");
        McpSchema.CompleteResult relayed = agent.completeCompletion(
                new McpSchema.CompleteRequest(new McpSchema.ResourceReference(namespaced), argument));
        McpSchema.CompleteResult own = directHttp.completeCompletion(
                new McpSchema.CompleteRequest(new McpSchema.ResourceReference(original), argument));
        assertThat(tree(relayed)).isEqualTo(tree(own));
    }

    @Test
    void resourceLinksFromToolResultsCanBeRead() {
        McpSchema.CallToolResult links = agent.callTool(
                new McpSchema.CallToolRequest(HTTP + "__get-resource-links", Map.of("count", 1)));
        String uri = links.content().stream().filter(c -> c instanceof McpSchema.ResourceLink)
                .map(c -> ((McpSchema.ResourceLink) c).uri()).findFirst().orElseThrow();

        McpSchema.ReadResourceResult read = agent.readResource(new McpSchema.ReadResourceRequest(uri));

        assertThat(read.contents()).isNotEmpty();
    }

    @Test
    void pagesCoverTheWholeAggregate() {
        List<McpSchema.Resource> resources = allResources(agent);
        int perBackend = allResources(directHttp).size();

        assertThat(resources.stream().filter(r -> r.uri().startsWith("gatehouse://" + STDIO + "/")).count())
                .isEqualTo(perBackend);
        assertThat(resources).extracting(McpSchema.Resource::uri).doesNotHaveDuplicates();
    }
}
