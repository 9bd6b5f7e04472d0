package dev.gatehouse.console.backends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code tools/call} result as the console shows it: the content blocks (text, images as
 * {@code data:} URIs, embedded resources and links), the structured content and the whole
 * result as formatted JSON, whether the tool reported an error, and how long the call took.
 *
 * @param error      the result's {@code isError}
 * @param durationMs wall time of the call
 * @param blocks     the content blocks in order
 * @param structured the {@code structuredContent}, formatted, or empty
 * @param raw        the whole result, formatted
 */
public record CallOutcome(boolean error, long durationMs, List<Block> blocks, String structured, String raw)
        implements Serializable {
    private static final Pattern IMAGE_TYPE = Pattern.compile("image/[A-Za-z0-9.+-]{1,40}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]*");

    public CallOutcome {
        blocks = List.copyOf(blocks);
    }

    /**
     * One content block.
     *
     * @param kind  {@code text}, {@code image}, {@code resource} or {@code other}
     * @param text  the text (for a resource: its text, or what it is), or the block's JSON for other kinds
     * @param image for an image: a {@code data:} URI, else empty
     * @param label the MIME type or URI that says what it is, or empty
     */
    public record Block(String kind, String text, String image, String label) implements Serializable {
    }

    /** Reads the result the backend returned. */
    public static CallOutcome of(JsonNode result, long durationMs) {
        List<Block> blocks = new ArrayList<>();
        result.path("content").forEach(block -> blocks.add(block(block)));
        JsonNode structured = result.get("structuredContent");
        return new CallOutcome(result.path("isError").asBoolean(false), durationMs, blocks,
                structured == null ? "" : pretty(structured), pretty(result));
    }

    private static Block block(JsonNode block) {
        String type = block.path("type").asText("");
        return switch (type) {
            case "text" -> new Block("text", block.path("text").asText(""), "", "");
            case "image" -> {
                String mime = block.path("mimeType").asText("");
                String data = block.path("data").asText("");
                yield IMAGE_TYPE.matcher(mime).matches() && BASE64.matcher(data).matches()
                        ? new Block("image", "", "data:" + mime + ";base64," + data.replaceAll("\\s", ""), mime)
                        : new Block("other", pretty(block), "", "image with an unusable type or data");
            }
            case "resource" -> {
                JsonNode resource = block.path("resource");
                String text = resource.has("text") ? resource.path("text").asText()
                        : resource.has("blob") ? "binary, " + ResourceContent.decodedSize(resource.path("blob").asText()) + " bytes"
                        : "";
                yield new Block("resource", text, "", resource.path("uri").asText("") + mime(resource));
            }
            case "resource_link" -> new Block("resource", block.path("description").asText(block.path("name").asText("")),
                    "", block.path("uri").asText("") + mime(block));
            default -> new Block("other", pretty(block), "", type);
        };
    }

    private static String mime(JsonNode node) {
        return node.hasNonNull("mimeType") ? " (" + node.path("mimeType").asText() + ")" : "";
    }

    static String pretty(JsonNode node) {
        try {
            return ArgumentForm.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }
}
