package dev.gatehouse.console.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** The MCP client configuration an operator pastes into an agent's client to reach this Gatehouse with a key. */
public final class McpClientConfig {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private McpClientConfig() {
    }

    /** The origin the operator reached the console at ({@code https://gw.example}), default ports left out. */
    public static String origin(String scheme, String host, int port) {
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + h + (defaultPort ? "" : ":" + port);
    }

    /** The {@code mcpServers} JSON for a streamable-HTTP client: {@code <origin>/mcp} with the key as bearer token. */
    public static String snippet(String origin, String key) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("type", "http");
        server.put("url", origin + "/mcp");
        server.put("headers", Map.of("Authorization", "Bearer " + key));
        try {
            return JSON.writeValueAsString(Map.of("mcpServers", Map.of("gatehouse", server)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
