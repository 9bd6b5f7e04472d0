package dev.gatehouse.it.mcp;

import dev.gatehouse.it.Gatehouse;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Official MCP Java SDK clients connected to Gatehouse's {@code /mcp}, as the shared test agent unless told otherwise. */
final class AgentClients {
    private AgentClients() {
    }

    static McpSyncClient connect() {
        return connect(spec -> spec);
    }

    static McpSyncClient connect(UnaryOperator<McpClient.SyncSpec> customise) {
        return connect(Gatehouse.agentKey(), customise);
    }

    /** A client presenting {@code key} as {@code Authorization: Bearer}. */
    static McpSyncClient connect(String key, UnaryOperator<McpClient.SyncSpec> customise) {
        var transport = HttpClientStreamableHttpTransport.builder(Gatehouse.BASE)
                .jsonMapper(EverythingBackends.MCP_JSON).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + key)).build();
        McpClient.SyncSpec spec = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("gatehouse-it", "1.0"));
        McpSyncClient client = customise.apply(spec).build();
        client.initialize();
        return client;
    }
}
