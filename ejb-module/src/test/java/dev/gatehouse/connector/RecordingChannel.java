package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/** A stand-in agent: records what is relayed to it and answers requests with a function (null: a METHOD_NOT_FOUND error). */
final class RecordingChannel implements RelayChannel {
    record Relayed(String method, ObjectNode params) {
    }

    final List<Relayed> notifications = new CopyOnWriteArrayList<>();
    final List<Relayed> requests = new CopyOnWriteArrayList<>();
    private final BiFunction<String, ObjectNode, JsonNode> answer;

    RecordingChannel(BiFunction<String, ObjectNode, JsonNode> answer) {
        this.answer = answer;
    }

    RecordingChannel() {
        this((method, params) -> null);
    }

    @Override
    public void notify(String method, ObjectNode params) {
        notifications.add(new Relayed(method, params));
    }

    @Override
    public CompletableFuture<JsonNode> request(String method, ObjectNode params) {
        requests.add(new Relayed(method, params));
        JsonNode result = answer.apply(method, params);
        return result != null ? CompletableFuture.completedFuture(result)
                : CompletableFuture.failedFuture(new McpException(JsonRpcError.METHOD_NOT_FOUND, "this agent does not answer " + method));
    }
}
