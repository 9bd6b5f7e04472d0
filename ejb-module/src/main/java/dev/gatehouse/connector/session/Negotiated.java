package dev.gatehouse.connector.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.protocol.ProtocolVersion;
import java.util.Objects;

/**
 * What the initialize handshake settled: the revision both sides speak and what the backend
 * said about itself.
 *
 * @param version      the negotiated revision
 * @param serverInfo   the backend's {@code serverInfo} (never null; empty object when absent)
 * @param capabilities the backend's {@code capabilities} (never null; empty object when absent)
 * @param instructions the backend's {@code instructions}, or {@code null}
 */
public record Negotiated(ProtocolVersion version, JsonNode serverInfo, JsonNode capabilities, String instructions) {
    public Negotiated {
        Objects.requireNonNull(version, "version is required");
        serverInfo = serverInfo == null || !serverInfo.isObject() ? McpJson.object() : serverInfo;
        capabilities = capabilities == null || !capabilities.isObject() ? McpJson.object() : capabilities;
    }

    /** The {@code initialize} params Gatehouse sends: the newest legacy revision, and what it relays for agents. */
    static ObjectNode initializeParams(String clientVersion) {
        ObjectNode params = McpJson.object().put("protocolVersion", ProtocolVersion.LATEST_LEGACY.wire());
        ObjectNode capabilities = params.putObject("capabilities");
        capabilities.putObject("roots");
        capabilities.putObject("sampling");
        capabilities.putObject("elicitation");
        params.putObject("clientInfo").put("name", "gatehouse").put("title", "Gatehouse MCP gateway").put("version", clientVersion);
        return params;
    }

    /**
     * Reads an initialize result.
     *
     * @throws HandshakeException when the result has no version or one Gatehouse does not speak
     */
    static Negotiated from(JsonNode result) {
        String wire = result == null ? null : result.path("protocolVersion").asText(null);
        if (wire == null) {
            throw new HandshakeException("the initialize result carries no protocolVersion");
        }
        ProtocolVersion version = ProtocolVersion.fromWire(wire).orElseThrow(() ->
                new HandshakeException("the backend speaks MCP revision '" + wire + "', which Gatehouse does not support"));
        JsonNode instructions = result.get("instructions");
        return new Negotiated(version, result.get("serverInfo"), result.get("capabilities"),
                instructions != null && instructions.isTextual() ? instructions.asText() : null);
    }

    /** Whether the backend declared the capability behind a catalog list. */
    public boolean offers(CatalogKind kind) {
        return switch (kind) {
            case TOOLS -> capabilities.has("tools");
            case RESOURCES, RESOURCE_TEMPLATES -> capabilities.has("resources");
            case PROMPTS -> capabilities.has("prompts");
        };
    }
}
