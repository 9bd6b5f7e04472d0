package dev.gatehouse.gateway;

import dev.gatehouse.identity.TestPrincipals;
import static dev.gatehouse.gateway.FakeBackend.catalog;
import static dev.gatehouse.gateway.FakeBackend.prompt;
import static dev.gatehouse.gateway.FakeBackend.resource;
import static dev.gatehouse.gateway.FakeBackend.template;
import static dev.gatehouse.gateway.FakeBackend.tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.catalog.ResourceUris;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.InMemorySessionStore;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class McpDispatcherTest {
    private final FakeBackend alpha = new FakeBackend("alpha", catalog(
            List.of(tool("echo"), tool("add"), tool("slow")),
            List.of(resource("demo://shared"), resource("demo://alpha-only")),
            List.of(template("demo://item/{id}")), List.of(prompt("greet"))));
    private final FakeBackend beta = new FakeBackend("beta", catalog(
            List.of(tool("echo")), List.of(resource("demo://shared")), List.of(), List.of(prompt("greet"))));
    private final FakeBackendDirectory directory = new FakeBackendDirectory(alpha, beta);
    private final InMemorySessionStore sessions = new InMemorySessionStore(Duration.ofMinutes(30));
    private final AtomicInteger ids = new AtomicInteger();
    private LiveAggregate aggregate;
    private McpDispatcher dispatcher;
    private AgentSession session;

    @BeforeEach
    void setUp() {
        build(NamingMode.PREFIXED, 100);
    }

    private void build(NamingMode naming, int pageSize) {
        aggregate = new LiveAggregate(directory, new CatalogAggregator(naming));
        directory.addCatalogListener(new ListChangedRelay(aggregate, sessions, Runnable::run));
        aggregate.rebuild();
        dispatcher = new McpDispatcher(directory, aggregate, CursorCodec.withRandomKey(),
                new GatewaySettings(naming, pageSize, Duration.ofMinutes(30), "1.2.3"));
        session = sessions.create(TestPrincipals.AGENT);
    }

    private JsonRpcResponse call(String method, ObjectNode params) {
        return call(method, params, null);
    }

    private JsonRpcResponse call(String method, ObjectNode params, RecordingStream stream) {
        var request = new JsonRpcRequest(IntNode.valueOf(ids.incrementAndGet()), method, params);
        return dispatcher.dispatch(new AgentRequest(request, session, stream)).join();
    }

    private static ObjectNode params() {
        return McpJson.object();
    }

    private static List<String> names(JsonRpcResponse response, String field, String key) {
        List<String> names = new ArrayList<>();
        response.result().path(field).forEach(e -> names.add(e.path(key).asText()));
        return names;
    }

    @Test
    void initializeAnswersTheClientsVersionWhenSupported() {
        JsonRpcResponse response = call("initialize", params().put("protocolVersion", "2025-06-18"));

        assertThat(response.result().path("protocolVersion").asText()).isEqualTo("2025-06-18");
        assertThat(response.result().path("serverInfo").path("name").asText()).isEqualTo("gatehouse");
        assertThat(response.result().path("serverInfo").path("version").asText()).isEqualTo("1.2.3");
        assertThat(response.result().path("capabilities").path("tools").path("listChanged").asBoolean()).isTrue();
        assertThat(response.result().path("capabilities").has("completions")).isTrue();
        assertThat(response.result().path("capabilities").has("logging")).isTrue();
        assertThat(response.result().path("instructions").asText()).contains("alpha, beta");
        assertThat(session.version().wire()).isEqualTo("2025-06-18");
    }

    @Test
    void initializeOffersTheLatestVersionForAnUnknownOne() {
        JsonRpcResponse response = call("initialize", params().put("protocolVersion", "1999-01-01"));

        assertThat(response.result().path("protocolVersion").asText()).isEqualTo("2025-11-25");
    }

    @Test
    void initializeWithoutVersionIsInvalidParams() {
        assertThat(call("initialize", params()).error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        JsonRpcResponse response = call("tools/explode", params());

        assertThat(response.error().code()).isEqualTo(JsonRpcError.METHOD_NOT_FOUND);
        assertThat(response.error().message()).contains("tools/explode");
    }

    @Test
    void pingAnswersAnEmptyResult() {
        assertThat(call("ping", null).result().isEmpty()).isTrue();
    }

    @Test
    void listsTheUnionOfReadyBackends() {
        assertThat(names(call("tools/list", null), "tools", "name"))
                .containsExactly("alpha__echo", "alpha__add", "alpha__slow", "beta__echo");
        assertThat(names(call("prompts/list", null), "prompts", "name")).containsExactly("alpha__greet", "beta__greet");
        assertThat(names(call("resources/templates/list", null), "resourceTemplates", "uriTemplate"))
                .containsExactly("demo://item/{id}");
    }

    @Test
    void callsTheOwningBackendWithItsOwnToolNameAndRelaysTheResultUnchanged() {
        ObjectNode result = McpJson.object();
        result.putArray("content").addObject().put("type", "image").put("data", "AAAA").put("mimeType", "image/png");
        result.put("isError", true);
        result.putObject("structuredContent").put("sum", 3);
        beta.answering(c -> CompletableFuture.completedFuture(result));
        ObjectNode params = params().put("name", "beta__echo");
        params.putObject("arguments").put("message", "hi");
        params.putObject("_meta").put("progressToken", "p1");

        JsonRpcResponse response = call("tools/call", params);

        assertThat(response.result()).isEqualTo(result);
        assertThat(beta.lastCall().method()).isEqualTo("tools/call");
        assertThat(beta.lastCall().params().path("name").asText()).isEqualTo("echo");
        assertThat(beta.lastCall().params().path("arguments").path("message").asText()).isEqualTo("hi");
        assertThat(beta.lastCall().params().path("_meta").path("progressToken").asText()).isEqualTo("p1");
        assertThat(params.path("name").asText()).as("the agent's params are not modified").isEqualTo("beta__echo");
        assertThat(alpha.calls).isEmpty();
    }

    @Test
    void unknownToolIsInvalidParamsNamingTheTool() {
        JsonRpcResponse response = call("tools/call", params().put("name", "alpha__nope"));

        assertThat(response.error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
        assertThat(response.error().message()).isEqualTo("unknown tool 'alpha__nope'");
    }

    @Test
    void toolCallWithoutNameIsInvalidParams() {
        assertThat(call("tools/call", params()).error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
    }

    @Test
    void toolOfABackendThatIsNotReadyIsBackendUnavailable() {
        beta.state(BackendState.FAILED);
        directory.changed("beta", java.util.EnumSet.allOf(CatalogKind.class));

        JsonRpcResponse response = call("tools/call", params().put("name", "beta__echo"));

        assertThat(response.error().code()).isEqualTo(JsonRpcError.BACKEND_UNAVAILABLE);
        assertThat(response.error().message()).contains("beta", "failed");
    }

    @Test
    void backendErrorsReachTheAgentAsTheBackendSentThem() {
        alpha.answering(c -> CompletableFuture.failedFuture(new McpException(-32042, "quota exceeded")));

        JsonRpcResponse response = call("tools/call", params().put("name", "alpha__echo"));

        assertThat(response.error().code()).isEqualTo(-32042);
        assertThat(response.error().message()).isEqualTo("quota exceeded");
    }

    @Test
    void unexpectedFailuresBecomeABareInternalError() {
        alpha.answering(c -> CompletableFuture.failedFuture(new IllegalStateException("secret detail at Foo.java:12")));

        JsonRpcResponse response = call("tools/call", params().put("name", "alpha__echo"));

        assertThat(response.error().code()).isEqualTo(JsonRpcError.INTERNAL_ERROR);
        assertThat(response.error().message()).isEqualTo("internal error");
    }

    @Test
    void readsADuplicateUriFromTheFirstBackendAndItsNamespacedFormFromTheOther() {
        call("resources/read", params().put("uri", "demo://shared"));
        assertThat(alpha.lastCall().params().path("uri").asText()).isEqualTo("demo://shared");

        call("resources/read", params().put("uri", ResourceUris.namespaced("beta", "demo://shared")));
        assertThat(beta.lastCall().params().path("uri").asText()).isEqualTo("demo://shared");
        assertThat(names(call("resources/list", null), "resources", "uri"))
                .contains(ResourceUris.namespaced("beta", "demo://shared"));
    }

    @Test
    void readsAUriExpandedFromATemplateFromTheTemplatesBackend() {
        call("resources/read", params().put("uri", "demo://item/5"));

        assertThat(alpha.lastCall().params().path("uri").asText()).isEqualTo("demo://item/5");
    }

    @Test
    void unlistedUriIsTriedOnResourceServersAndUnknownWhenNoneHasIt() {
        alpha.answering(c -> CompletableFuture.failedFuture(new McpException(JsonRpcError.RESOURCE_NOT_FOUND, "no")));
        beta.answering(c -> CompletableFuture.completedFuture(McpJson.object().put("from", "beta")));

        assertThat(call("resources/read", params().put("uri", "other://x")).result().path("from").asText())
                .isEqualTo("beta");

        beta.answering(c -> CompletableFuture.failedFuture(new McpException(JsonRpcError.RESOURCE_NOT_FOUND, "no")));
        JsonRpcResponse unknown = call("resources/read", params().put("uri", "other://y"));
        assertThat(unknown.error().code()).isEqualTo(JsonRpcError.RESOURCE_NOT_FOUND);
        assertThat(unknown.error().message()).contains("other://y");
    }

    @Test
    void paginatesAcrossBackendsWithOpaqueCursors() {
        build(NamingMode.PREFIXED, 3);

        JsonRpcResponse first = call("tools/list", null);
        String cursor = first.result().path("nextCursor").asText();
        JsonRpcResponse second = call("tools/list", params().put("cursor", cursor));

        assertThat(names(first, "tools", "name")).containsExactly("alpha__echo", "alpha__add", "alpha__slow");
        assertThat(names(second, "tools", "name")).containsExactly("beta__echo");
        assertThat(second.result().has("nextCursor")).isFalse();
    }

    @Test
    void aCursorKeepsItsSnapshotWhenTheCatalogChanges() {
        build(NamingMode.PREFIXED, 3);
        String cursor = call("tools/list", null).result().path("nextCursor").asText();
        alpha.state(BackendState.FAILED);
        directory.changed("alpha", java.util.EnumSet.allOf(CatalogKind.class));

        assertThat(names(call("tools/list", params().put("cursor", cursor)), "tools", "name")).containsExactly("beta__echo");
        assertThat(names(call("tools/list", null), "tools", "name")).containsExactly("beta__echo");
    }

    @Test
    void tamperedOrForeignCursorsAreInvalidParams() {
        build(NamingMode.PREFIXED, 3);
        String cursor = call("tools/list", null).result().path("nextCursor").asText();

        assertThat(call("tools/list", params().put("cursor", cursor + "x")).error().code())
                .isEqualTo(JsonRpcError.INVALID_PARAMS);
        assertThat(call("prompts/list", params().put("cursor", cursor)).error().message()).contains("tools/list");
        assertThat(call("tools/list", params().put("cursor", 7)).error().code()).isEqualTo(JsonRpcError.INVALID_PARAMS);
    }

    @Test
    void prefixFreeModeCallsByTheBackendsOwnName() {
        build(NamingMode.NONE, 100);

        call("tools/call", params().put("name", "add"));

        assertThat(alpha.lastCall().params().path("name").asText()).isEqualTo("add");
    }

    @Test
    void getsAPromptFromItsBackend() {
        call("prompts/get", params().put("name", "beta__greet"));

        assertThat(beta.lastCall().method()).isEqualTo("prompts/get");
        assertThat(beta.lastCall().params().path("name").asText()).isEqualTo("greet");
    }

    @Test
    void routesCompletionByPromptNameAndByTemplate() {
        ObjectNode byPrompt = params();
        byPrompt.putObject("ref").put("type", "ref/prompt").put("name", "beta__greet");
        byPrompt.putObject("argument").put("name", "who").put("value", "a");
        call("completion/complete", byPrompt);
        assertThat(beta.lastCall().params().path("ref").path("name").asText()).isEqualTo("greet");
        assertThat(beta.lastCall().params().path("argument").path("value").asText()).isEqualTo("a");

        ObjectNode byTemplate = params();
        byTemplate.putObject("ref").put("type", "ref/resource").put("uri", "demo://item/{id}");
        call("completion/complete", byTemplate);
        assertThat(alpha.lastCall().method()).isEqualTo("completion/complete");
        assertThat(alpha.lastCall().params().path("ref").path("uri").asText()).isEqualTo("demo://item/{id}");
    }

    @Test
    void cancellationFromTheAgentCancelsTheBackendCallAndSuppressesTheResponse() {
        alpha.answering(c -> new CompletableFuture<>());
        var request = new JsonRpcRequest(IntNode.valueOf(77), "tools/call", params().put("name", "alpha__slow"));
        CompletableFuture<JsonRpcResponse> pending = dispatcher.dispatch(new AgentRequest(request, session, null));

        dispatcher.accept(new dev.gatehouse.protocol.JsonRpcNotification("notifications/cancelled",
                params().put("requestId", 77).put("reason", "user stopped it")), session);

        assertThat(alpha.lastCall().future()).isCancelled();
        assertThat(pending.join()).isNull();
    }

    @Test
    void backendNotificationsDuringACallGoToTheCallsStream() {
        RecordingStream stream = new RecordingStream();
        alpha.answering(c -> {
            c.relay().notify("notifications/progress", params().put("progressToken", "p1").put("progress", 1));
            return CompletableFuture.completedFuture(params());
        });

        call("tools/call", params().put("name", "alpha__echo"), stream);

        assertThat(stream.sent).hasSize(1);
        assertThat(McpJson.toTree(stream.sent.getFirst()).path("method").asText()).isEqualTo("notifications/progress");
    }

    @Test
    void samplingIsRelayedToTheAgentAndItsAnswerReturnedToTheBackend() {
        ObjectNode capabilities = params();
        capabilities.putObject("sampling");
        call("initialize", params().put("protocolVersion", "2025-11-25").set("capabilities", capabilities));
        RecordingStream stream = new RecordingStream();
        CompletableFuture<JsonNode> sampled = new CompletableFuture<>();
        alpha.answering(c -> c.relay().request("sampling/createMessage", params().put("maxTokens", 5))
                .whenComplete((r, e) -> sampled.complete(r)));
        CompletableFuture<JsonRpcResponse> pending = dispatcher.dispatch(new AgentRequest(
                new JsonRpcRequest(IntNode.valueOf(1), "tools/call", params().put("name", "alpha__echo")), session, stream));

        var outbound = (JsonRpcRequest) stream.sent.getFirst();
        assertThat(outbound.method()).isEqualTo("sampling/createMessage");
        dispatcher.accept(JsonRpcResponse.success(outbound.id(), params().put("model", "m")), session);

        assertThat(sampled.join().path("model").asText()).isEqualTo("m");
        assertThat(pending.join().result().path("model").asText()).isEqualTo("m");
    }

    @Test
    void samplingFailsWhenTheAgentDidNotDeclareIt() {
        call("initialize", params().put("protocolVersion", "2025-11-25"));
        alpha.answering(c -> c.relay().request("sampling/createMessage", params()));

        JsonRpcResponse response = call("tools/call", params().put("name", "alpha__echo"), new RecordingStream());

        assertThat(response.error().code()).isEqualTo(JsonRpcError.METHOD_NOT_FOUND);
        assertThat(response.error().message()).contains("sampling");
    }

    @Test
    void catalogChangesAreAnnouncedOnOpenStreams() {
        RecordingStream stream = new RecordingStream();
        session.attach(stream);
        AgentSession withoutStream = sessions.create(TestPrincipals.AGENT);
        beta.catalog(catalog(List.of(tool("echo"), tool("new")), List.of(), List.of(), List.of()));

        directory.changed("beta", java.util.EnumSet.of(CatalogKind.TOOLS));

        assertThat(stream.sent).extracting(m -> McpJson.toTree(m).path("method").asText())
                .containsExactly("notifications/tools/list_changed");
        assertThat(withoutStream.hasOpenStream()).isFalse();
        assertThat(names(call("tools/list", null), "tools", "name")).contains("beta__new");
    }

    @Test
    void setLevelIsAcceptedAndForwardedToBackendsWithLogging() {
        alpha.capabilities(params().set("logging", params()));

        JsonRpcResponse response = call("logging/setLevel", params().put("level", "warning"));

        assertThat(response.isError()).isFalse();
        assertThat(alpha.lastCall().method()).isEqualTo("logging/setLevel");
        assertThat(beta.calls).isEmpty();
        assertThat(call("logging/setLevel", params().put("level", "loud")).error().code())
                .isEqualTo(JsonRpcError.INVALID_PARAMS);
    }

    @Test
    void logMessagesBelowTheSessionsLevelAreNotRelayed() {
        call("logging/setLevel", params().put("level", "warning"));
        RecordingStream stream = new RecordingStream();
        alpha.answering(c -> {
            c.relay().notify("notifications/message", params().put("level", "info").put("data", "chatter"));
            c.relay().notify("notifications/message", params().put("level", "error").put("data", "trouble"));
            return CompletableFuture.completedFuture(params());
        });

        call("tools/call", params().put("name", "alpha__echo"), stream);

        assertThat(stream.sent).extracting(m -> McpJson.toTree(m).path("params").path("data").asText())
                .containsExactly("trouble");
    }

    @Test
    void subscribeGoesToTheOwnerWhenItSupportsSubscriptions() {
        call("resources/subscribe", params().put("uri", "demo://alpha-only"));
        assertThat(alpha.lastCall().method()).isEqualTo("resources/subscribe");

        beta.capabilities(params().set("resources", params()));
        JsonRpcResponse refused = call("resources/subscribe", params().put("uri",
                ResourceUris.namespaced("beta", "demo://shared")));
        assertThat(refused.error().code()).isEqualTo(JsonRpcError.METHOD_NOT_FOUND);
    }

    @Test
    void rootsListChangedIsForwardedToBackends() {
        dispatcher.accept(new dev.gatehouse.protocol.JsonRpcNotification("notifications/roots/list_changed", null), session);

        assertThat(alpha.notifications).containsExactly("notifications/roots/list_changed");
        assertThat(beta.notifications).containsExactly("notifications/roots/list_changed");
    }
}
