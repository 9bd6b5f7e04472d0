package dev.gatehouse.it.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real server-everything, three times at once, registered with the Gatehouse under test
 * through the admin API: {@code ag-stdio} (a child process of Gatehouse), {@code ag-http}
 * (Streamable HTTP) and {@code ag-sse} (legacy HTTP+SSE), the two HTTP ones started here on
 * free ports. Started once per test JVM, stopped when it exits.
 */
final class EverythingBackends {
    static final String STDIO = "ag-stdio";
    static final String HTTP = "ag-http";
    static final String SSE = "ag-sse";
    static final ObjectMapper JSON = new ObjectMapper();
    static final JacksonMcpJsonMapper MCP_JSON = new JacksonMcpJsonMapper(JSON);

    private static EverythingBackends started;

    final int httpPort;
    final int ssePort;
    private final List<Process> processes = new ArrayList<>();

    private EverythingBackends() throws Exception {
        httpPort = freePort();
        ssePort = freePort();
        processes.add(startNode("streamableHttp", httpPort));
        processes.add(startNode("sse", ssePort));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
        awaitPort(httpPort);
        awaitPort(ssePort);
        register(STDIO, Map.of("transport", "stdio", "command", "node",
                "args", List.of(Gatehouse.serverEverything().toString())));
        register(HTTP, Map.of("transport", "http", "url", "http://127.0.0.1:" + httpPort + "/mcp"));
        register(SSE, Map.of("transport", "http", "url", "http://127.0.0.1:" + ssePort + "/sse"));
        for (String name : List.of(STDIO, HTTP, SSE)) {
            awaitReady(name);
        }
    }

    static synchronized EverythingBackends start() throws Exception {
        if (started == null) {
            started = new EverythingBackends();
        }
        return started;
    }

    /** A client connected straight to a backend, bypassing Gatehouse, for comparisons. */
    McpSyncClient direct(String backend) {
        var transport = switch (backend) {
            case STDIO -> new StdioClientTransport(ServerParameters.builder("node")
                    .args(Gatehouse.serverEverything().toString()).build(), MCP_JSON);
            case HTTP -> HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + httpPort)
                    .jsonMapper(MCP_JSON).endpoint("/mcp").build();
            default -> throw new IllegalArgumentException("no direct client for " + backend);
        };
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .clientInfo(new McpSchema.Implementation("direct-it", "1.0"))
                .capabilities(McpSchema.ClientCapabilities.builder().sampling().elicitation().roots(true).build())
                .sampling(request -> null).elicitation(request -> null).build();
        client.initialize();
        return client;
    }

    private static Process startNode(String mode, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", Gatehouse.serverEverything().toString(), mode)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", Integer.toString(port));
        return builder.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("server-everything did not listen on port " + port);
    }

    /**
     * Creates the backend, or replaces its definition when a previous run left it registered
     * (a replace bumps its version, so the connector reconnects to the new port).
     */
    static void register(String name, Map<String, Object> definition) throws Exception {
        var body = new java.util.LinkedHashMap<String, Object>(definition);
        body.put("name", name);
        String json = JSON.writeValueAsString(body);
        var response = Gatehouse.send("POST", "/api/v1/backends", json);
        if (response.statusCode() == 409) {
            response = Gatehouse.send("PUT", "/api/v1/backends/" + name, json);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("could not register " + name + ": " + response.statusCode() + " "
                    + response.body());
        }
    }

    static void awaitReady(String name) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String state = "";
        while (Instant.now().isBefore(deadline)) {
            JsonNode details = JSON.readTree(Gatehouse.get("/api/v1/backends/" + name).body());
            state = details.path("status").path("state").asText();
            if (state.equals("READY")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("backend " + name + " is not ready: " + state);
    }
}
