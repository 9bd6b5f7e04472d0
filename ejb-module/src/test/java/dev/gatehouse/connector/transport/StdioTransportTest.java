package dev.gatehouse.connector.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stdio transport's process handling, with small shell scripts as the backend process. */
class StdioTransportTest {
    @TempDir
    Path dir;

    private final List<JsonRpcMessage> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<TransportException> closed = new CompletableFuture<>();
    private final TransportListener listener = new TransportListener() {
        @Override
        public void message(JsonRpcMessage message, JsonNode relatedRequestId) {
            received.add(message);
        }

        @Override
        public void closed(TransportException cause) {
            closed.complete(cause);
        }
    };

    private StdioTransport shell(String script, Map<String, String> env) {
        return new StdioTransport("sh-test", List.of("sh", "-c", script), env, Duration.ofMillis(300),
                Thread.ofVirtual().factory(), SecretRedactor.NONE);
    }

    @Test
    void exchangesNewlineDelimitedJson() throws Exception {
        StdioTransport transport = shell("read line; echo '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"echo\":true}}'; cat >/dev/null", Map.of());
        transport.start(listener);
        transport.send(new JsonRpcRequest(IntNode.valueOf(1), "ping", null)).get(2, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        transport.close();
        assertThat(received).singleElement().isInstanceOfSatisfying(JsonRpcResponse.class,
                r -> assertThat(r.result().path("echo").asBoolean()).isTrue());
        assertThat(closed).as("a close we asked for is no failure").isNotDone();
    }

    @Test
    void closingStdinIsEnoughForAWellBehavedProcess() throws Exception {
        Path marker = dir.resolve("marker");
        StdioTransport transport = shell("cat >/dev/null; echo stdin-closed > \"$MARKER\"", Map.of("MARKER", marker.toString()));
        transport.start(listener);
        long pid = transport.pid();
        transport.close();
        assertThat(Files.readString(marker).trim()).isEqualTo("stdin-closed");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void terminatesAProcessThatIgnoresTheEndOfStdin() throws Exception {
        Path marker = dir.resolve("marker");
        StdioTransport transport = shell("trap 'echo terminated > \"$MARKER\"; exit 0' TERM; while :; do sleep 0.05; done",
                Map.of("MARKER", marker.toString()));
        transport.start(listener);
        long pid = transport.pid();
        transport.close();
        assertThat(Files.readString(marker).trim()).isEqualTo("terminated");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void killsAProcessThatIgnoresSigterm() throws Exception {
        StdioTransport transport = shell("trap '' TERM; while :; do sleep 0.05; done", Map.of());
        transport.start(listener);
        long pid = transport.pid();
        transport.close();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void reportsAnExitItDidNotCause() throws Exception {
        StdioTransport transport = shell("exit 3", Map.of());
        transport.start(listener);
        assertThat(closed.get(2, TimeUnit.SECONDS)).hasMessage("the backend process exited with code 3");
        assertThat(transport.send(new JsonRpcRequest(IntNode.valueOf(1), "ping", null)))
                .failsWithin(Duration.ofSeconds(1));
        transport.close();
    }
}
