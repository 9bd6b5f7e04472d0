package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.BackendStatus;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.protocol.McpJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A backend of our own for tests: a fixed catalog, and calls answered by a function. */
public final class FakeBackend implements BackendLink {
    /** One call the gateway made. */
    public record Call(String method, ObjectNode params, RelayChannel relay, CompletableFuture<JsonNode> future) {
    }

    private final String name;
    private volatile BackendState state = BackendState.READY;
    private volatile Catalog catalog;
    private volatile JsonNode capabilities = McpJson.object().set("resources", McpJson.object().put("subscribe", true));
    private volatile Function<Call, CompletableFuture<JsonNode>> answer =
            call -> CompletableFuture.completedFuture(McpJson.object().put("echo", call.method()));
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final List<String> notifications = new CopyOnWriteArrayList<>();

    public FakeBackend(String name, Catalog catalog) {
        this.name = name;
        this.catalog = catalog;
    }

    public static ObjectNode tool(String name) {
        return McpJson.object().put("name", name).put("description", "tool " + name)
                .set("inputSchema", McpJson.object().put("type", "object"));
    }

    public static ObjectNode prompt(String name) {
        return McpJson.object().put("name", name);
    }

    public static ObjectNode resource(String uri) {
        return McpJson.object().put("uri", uri).put("name", uri);
    }

    public static ObjectNode template(String uriTemplate) {
        return McpJson.object().put("uriTemplate", uriTemplate).put("name", uriTemplate);
    }

    public static Catalog catalog(List<ObjectNode> tools, List<ObjectNode> resources,
                                  List<ObjectNode> templates, List<ObjectNode> prompts) {
        return new Catalog(tools, resources, templates, prompts);
    }

    public FakeBackend state(BackendState newState) {
        this.state = newState;
        return this;
    }

    public FakeBackend catalog(Catalog newCatalog) {
        this.catalog = newCatalog;
        return this;
    }

    public FakeBackend capabilities(JsonNode newCapabilities) {
        this.capabilities = newCapabilities;
        return this;
    }

    public FakeBackend answering(Function<Call, CompletableFuture<JsonNode>> newAnswer) {
        this.answer = newAnswer;
        return this;
    }

    public Call lastCall() {
        return calls.getLast();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BackendStatus status() {
        return new BackendStatus(state, Instant.now(), null, null, "2025-11-25",
                McpJson.object().put("name", name), capabilities, "Instructions of " + name);
    }

    @Override
    public Catalog catalog() {
        return state == BackendState.READY ? catalog : Catalog.EMPTY;
    }

    @Override
    public CompletableFuture<JsonNode> call(String method, ObjectNode params, RelayChannel agent) {
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        Call call = new Call(method, params, agent, future);
        calls.add(call);
        answer.apply(call).whenComplete((r, e) -> {
            if (e != null) {
                future.completeExceptionally(e);
            } else {
                future.complete(r);
            }
        });
        return future;
    }

    @Override
    public void notify(String method, ObjectNode params) {
        notifications.add(method);
    }

    static List<ObjectNode> list(ObjectNode... nodes) {
        return new ArrayList<>(List.of(nodes));
    }
}
