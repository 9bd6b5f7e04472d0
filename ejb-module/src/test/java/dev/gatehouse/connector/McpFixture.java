package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny Streamable HTTP MCP server of our own (JSON responses only) that records every
 * exchange: its HTTP method, headers and message. Tools come in three pages; the tool
 * {@code slow} answers only after five seconds or never once cancelled; {@link #expireSession}
 * makes the next request with a session id get 404; {@code /moved} redirects to {@code /mcp}.
 */
final class McpFixture implements AutoCloseable {
    record Exchange(String httpMethod, Map<String, String> headers, JsonRpcMessage message) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final AtomicInteger initializes = new AtomicInteger();
    final AtomicInteger redirects = new AtomicInteger();
    final CountDownLatch cancelled = new CountDownLatch(1);
    volatile boolean expireSession;
    private final HttpServer server;

    McpFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/mcp", this::handle);
        server.createContext("/moved", this::moved);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    List<Exchange> posts(String method) {
        return exchanges.stream().filter(e -> e.message() instanceof JsonRpcRequest r && r.method().equals(method)
                || e.message() instanceof JsonRpcNotification n && n.method().equals(method)).toList();
    }

    private void handle(HttpExchange http) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>();
        http.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
        String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonRpcMessage message = body.isBlank() ? null : McpJson.parse(body);
        exchanges.add(new Exchange(http.getRequestMethod(), headers, message));
        switch (http.getRequestMethod()) {
            case "GET" -> reply(http, 405, null);
            case "DELETE" -> reply(http, 200, null);
            default -> post(http, headers, message);
        }
    }

    private void post(HttpExchange http, Map<String, String> headers, JsonRpcMessage message) throws IOException {
        if (headers.containsKey("mcp-session-id") && expireSession) {
            expireSession = false;
            reply(http, 404, null);
            return;
        }
        switch (message) {
            case JsonRpcRequest r -> {
                if (r.method().equals("initialize")) {
                    http.getResponseHeaders().add("Mcp-Session-Id", "session-" + initializes.incrementAndGet());
                }
                reply(http, 200, McpJson.write(JsonRpcResponse.success(r.id(), answer(r))));
            }
            case JsonRpcNotification n -> {
                if (n.method().equals("notifications/cancelled")) {
                    cancelled.countDown();
                }
                reply(http, 202, null);
            }
            case JsonRpcResponse ignored -> reply(http, 202, null);
        }
    }

    private JsonNode answer(JsonRpcRequest request) {
        ObjectNode result = McpJson.object();
        switch (request.method()) {
            case "initialize" -> {
                result.put("protocolVersion", "2025-06-18");
                result.putObject("capabilities").putObject("tools").put("listChanged", true);
                result.putObject("serverInfo").put("name", "fixture").put("version", "1");
            }
            case "tools/list" -> {
                String cursor = request.params() == null ? "" : request.params().path("cursor").asText("");
                List<String> page = switch (cursor) {
                    case "" -> List.of("t1", "t2");
                    case "page-2" -> List.of("t3", "t4");
                    default -> List.of("t5");
                };
                page.forEach(name -> result.withArray("tools").addObject().put("name", name)
                        .putObject("inputSchema").put("type", "object"));
                if (!cursor.equals("page-3")) {
                    result.put("nextCursor", cursor.isEmpty() ? "page-2" : "page-3");
                }
            }
            case "tools/call" -> {
                if (request.params().path("name").asText().equals("slow")) {
                    try {
                        cancelled.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                result.withArray("content").addObject().put("type", "text").put("text", "ok");
            }
            default -> { /* ping and others: empty result */ }
        }
        return result;
    }

    /** {@code /moved} sends every request on to {@code /mcp} with 307, as servers that moved their endpoint do. */
    private void moved(HttpExchange http) throws IOException {
        redirects.incrementAndGet();
        http.getRequestBody().readAllBytes();
        http.getResponseHeaders().add("Location", "/mcp");
        http.sendResponseHeaders(307, -1);
        http.close();
    }

    private static void reply(HttpExchange http, int status, String json) throws IOException {
        if (json == null) {
            http.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().add("Content-Type", "application/json");
            http.sendResponseHeaders(status, bytes.length);
            http.getResponseBody().write(bytes);
        }
        http.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
