package dev.gatehouse.web.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.protocol.ProtocolVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Reads and checks what an agent POSTs, turning each violation into an {@link McpHttpException}. */
final class McpRequests {
    private final long maxBodyBytes;

    McpRequests(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void checkPostHeaders(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (!MediaTypes.accepts(accept, MediaTypes.JSON) || !MediaTypes.accepts(accept, MediaTypes.EVENT_STREAM)) {
            throw new McpHttpException(HttpServletResponse.SC_NOT_ACCEPTABLE, JsonRpcError.INVALID_REQUEST,
                    "Accept must include application/json and text/event-stream");
        }
        if (!MediaTypes.isJson(request.getContentType())) {
            throw new McpHttpException(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, JsonRpcError.INVALID_REQUEST,
                    "Content-Type must be application/json");
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
    }

    /** The body as a JSON tree; at most {@code maxBodyBytes}, else 413; malformed JSON is 400. */
    JsonNode readBody(HttpServletRequest request) throws IOException {
        JsonNode tree;
        try (InputStream in = new CappedInputStream(request.getInputStream(), maxBodyBytes)) {
            tree = McpJson.MAPPER.readTree(in);
        } catch (CappedInputStream.TooLargeException e) {
            throw tooLarge();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.PARSE_ERROR,
                    "malformed JSON" + where);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.PARSE_ERROR, "empty body");
        }
        return tree;
    }

    static JsonRpcMessage message(JsonNode tree) {
        try {
            return McpJson.toMessage(tree);
        } catch (McpException e) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, e.error().code(), e.error().message());
        }
    }

    /** An {@code MCP-Protocol-Version} header, when present, must name a revision spoken here. */
    static void checkVersionHeader(String value, ProtocolVersion negotiated) {
        if (value == null || value.equals(negotiated.wire())) {
            return;
        }
        boolean supported = ProtocolVersion.fromWire(value.trim())
                .filter(v -> v.era() == ProtocolVersion.Era.LEGACY).isPresent();
        if (!supported) {
            throw new McpHttpException(HttpServletResponse.SC_BAD_REQUEST, JsonRpcError.INVALID_REQUEST,
                    "unsupported MCP-Protocol-Version: " + value);
        }
    }

    private McpHttpException tooLarge() {
        return new McpHttpException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, JsonRpcError.INVALID_REQUEST,
                "request body exceeds " + maxBodyBytes + " bytes");
    }
}
