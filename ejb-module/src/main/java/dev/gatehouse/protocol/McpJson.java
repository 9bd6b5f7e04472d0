package dev.gatehouse.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The one JSON mapper of the protocol layer, and the codec between JSON-RPC messages and
 * Jackson trees. Numbers keep their exact value (BigDecimal) so relayed payloads are unchanged.
 */
public final class McpJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).build());
    }

    private McpJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Reads one JSON-RPC message from a parsed tree.
     *
     * @throws McpException with {@link JsonRpcError#INVALID_REQUEST} when the tree is not a
     *                      JSON-RPC 2.0 message
     */
    public static JsonRpcMessage toMessage(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new McpException(JsonRpcError.INVALID_REQUEST, "a JSON-RPC message must be a JSON object");
        }
        if (!"2.0".equals(tree.path("jsonrpc").asText(null))) {
            throw new McpException(JsonRpcError.INVALID_REQUEST, "jsonrpc must be \"2.0\"");
        }
        JsonNode params = tree.get("params");
        if (params != null && !params.isObject() && !params.isNull()) {
            throw new McpException(JsonRpcError.INVALID_REQUEST, "params must be an object");
        }
        ObjectNode paramsObject = params instanceof ObjectNode o ? o : null;
        JsonNode method = tree.get("method");
        JsonNode id = tree.get("id");
        try {
            if (method != null) {
                if (!method.isTextual()) {
                    throw new McpException(JsonRpcError.INVALID_REQUEST, "method must be a string");
                }
                return id == null || id.isNull()
                        ? new JsonRpcNotification(method.asText(), paramsObject)
                        : new JsonRpcRequest(id, method.asText(), paramsObject);
            }
            if (id != null && (tree.has("result") || tree.has("error"))) {
                JsonNode error = tree.get("error");
                if (error != null && !error.isNull()) {
                    return JsonRpcResponse.failure(id, new JsonRpcError(error.path("code").asInt(JsonRpcError.INTERNAL_ERROR),
                            error.path("message").asText("error"), error.get("data")));
                }
                return JsonRpcResponse.success(id, tree.get("result"));
            }
        } catch (IllegalArgumentException e) {
            throw new McpException(JsonRpcError.INVALID_REQUEST, e.getMessage());
        }
        throw new McpException(JsonRpcError.INVALID_REQUEST, "not a request, notification or response");
    }

    /** Parses JSON text into one message; malformed JSON is a {@link JsonRpcError#PARSE_ERROR}. */
    public static JsonRpcMessage parse(String text) {
        return toMessage(readTree(text));
    }

    public static JsonNode readTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** Parses UTF-8 JSON bytes; malformed JSON is a {@link JsonRpcError#PARSE_ERROR}. */
    public static JsonNode readTree(byte[] utf8) {
        try {
            return MAPPER.readTree(utf8);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array does not fail", e);
        }
    }

    private static McpException malformed(JsonProcessingException e) {
        return new McpException(JsonRpcError.PARSE_ERROR, "malformed JSON at line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }

    /** The JSON tree of a message, with {@code "jsonrpc": "2.0"}. */
    public static ObjectNode toTree(JsonRpcMessage message) {
        ObjectNode tree = object().put("jsonrpc", "2.0");
        switch (message) {
            case JsonRpcRequest r -> {
                tree.set("id", r.id());
                tree.put("method", r.method());
                if (r.params() != null) {
                    tree.set("params", r.params());
                }
            }
            case JsonRpcNotification n -> {
                tree.put("method", n.method());
                if (n.params() != null) {
                    tree.set("params", n.params());
                }
            }
            case JsonRpcResponse r -> {
                tree.set("id", r.id());
                if (r.error() != null) {
                    ObjectNode error = tree.putObject("error");
                    error.put("code", r.error().code()).put("message", r.error().message());
                    if (r.error().data() != null) {
                        error.set("data", r.error().data());
                    }
                } else {
                    tree.set("result", r.result());
                }
            }
        }
        return tree;
    }

    public static String write(JsonRpcMessage message) {
        return write(toTree(message));
    }

    /** A message as UTF-8 JSON bytes. */
    public static byte[] writeBytes(JsonRpcMessage message) {
        try {
            return MAPPER.writeValueAsBytes(toTree(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
