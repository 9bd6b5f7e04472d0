package dev.gatehouse.console.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class McpClientConfigTest {
    @Test
    void leavesDefaultPortsOutOfTheOrigin() {
        assertThat(McpClientConfig.origin("https", "gw.example", 443)).isEqualTo("https://gw.example");
        assertThat(McpClientConfig.origin("http", "gw.example", 80)).isEqualTo("http://gw.example");
        assertThat(McpClientConfig.origin("http", "127.0.0.1", 9183)).isEqualTo("http://127.0.0.1:9183");
        assertThat(McpClientConfig.origin("https", "::1", 8443)).isEqualTo("https://[::1]:8443");
    }

    @Test
    void theSnippetIsAnHttpMcpServerWithTheKeyAsBearerToken() throws Exception {
        JsonNode config = new ObjectMapper().readTree(McpClientConfig.snippet("https://gw.example", "ghk_1_\"x"));

        JsonNode server = config.path("mcpServers").path("gatehouse");
        assertThat(server.path("type").asText()).isEqualTo("http");
        assertThat(server.path("url").asText()).isEqualTo("https://gw.example/mcp");
        assertThat(server.path("headers").path("Authorization").asText()).isEqualTo("Bearer ghk_1_\"x");
    }
}
