package dev.gatehouse.console.backends;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code resources/read} returned, as the console shows it: per content item its URI and
 * MIME type and either its text or, for a blob, its decoded size (blobs are never rendered).
 *
 * @param uri      the URI that was read
 * @param contents the items in order
 */
public record ResourceContent(String uri, List<Item> contents) implements Serializable {
    public ResourceContent {
        contents = List.copyOf(contents);
    }

    /**
     * One item.
     *
     * @param uri      its URI
     * @param mimeType its MIME type, or empty
     * @param text     its text, or {@code null} for a blob
     * @param size     the blob's size in bytes (text: its length in characters)
     */
    public record Item(String uri, String mimeType, String text, long size) implements Serializable {
        public boolean blob() {
            return text == null;
        }
    }

    /** Reads a {@code resources/read} result. */
    public static ResourceContent of(String uri, JsonNode result) {
        List<Item> items = new ArrayList<>();
        result.path("contents").forEach(c -> {
            String mime = c.path("mimeType").asText("");
            items.add(c.has("text")
                    ? new Item(c.path("uri").asText(uri), mime, c.path("text").asText(), c.path("text").asText().length())
                    : new Item(c.path("uri").asText(uri), mime, null, decodedSize(c.path("blob").asText(""))));
        });
        return new ResourceContent(uri, items);
    }

    /** The number of bytes a base64 text decodes to (without decoding it). */
    static long decodedSize(String base64) {
        String compact = base64.replaceAll("\\s", "");
        int padding = compact.endsWith("==") ? 2 : compact.endsWith("=") ? 1 : 0;
        return Math.max(0, compact.length() / 4L * 3 - padding);
    }
}
