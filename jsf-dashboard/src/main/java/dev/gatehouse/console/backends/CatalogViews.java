package dev.gatehouse.console.backends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A backend's catalog entries (as the backend lists them) turned into the rows the backend
 * page shows. Every field a backend may leave out reads as empty text.
 */
public final class CatalogViews {
    private CatalogViews() {
    }

    /**
     * A tool with its input schema as form fields (the property table) and as formatted JSON.
     *
     * @param annotations the annotation hints that are set, as "read-only", "destructive", ...
     */
    public record Tool(String name, String title, String description, List<String> annotations,
                       List<ArgumentField> properties, String schema) implements Serializable {
    }

    public record Resource(String uri, String name, String mimeType, String description) implements Serializable {
    }

    public record Template(String uriTemplate, String name, String mimeType, String description) implements Serializable {
    }

    public record Prompt(String name, String title, String description, List<PromptArgument> arguments)
            implements Serializable {
    }

    public record PromptArgument(String name, boolean required, String description) implements Serializable {
    }

    public static Tool tool(ObjectNode entry) {
        List<String> hints = new ArrayList<>();
        JsonNode a = entry.path("annotations");
        hint(hints, a, "readOnlyHint", true, "read-only");
        hint(hints, a, "destructiveHint", true, "destructive");
        hint(hints, a, "destructiveHint", false, "not destructive");
        hint(hints, a, "idempotentHint", true, "idempotent");
        hint(hints, a, "openWorldHint", true, "open world");
        hint(hints, a, "openWorldHint", false, "closed world");
        JsonNode schema = entry.path("inputSchema");
        return new Tool(entry.path("name").asText(), text(entry, "title", a.path("title").asText("")),
                text(entry, "description", ""), hints, ArgumentForm.of(schema).fields(),
                schema.isMissingNode() ? "" : CallOutcome.pretty(schema));
    }

    public static Resource resource(ObjectNode entry) {
        return new Resource(entry.path("uri").asText(), text(entry, "name", ""), text(entry, "mimeType", ""),
                text(entry, "description", ""));
    }

    public static Template template(ObjectNode entry) {
        return new Template(entry.path("uriTemplate").asText(), text(entry, "name", ""), text(entry, "mimeType", ""),
                text(entry, "description", ""));
    }

    public static Prompt prompt(ObjectNode entry) {
        List<PromptArgument> arguments = new ArrayList<>();
        entry.path("arguments").forEach(arg -> arguments.add(new PromptArgument(arg.path("name").asText(),
                arg.path("required").asBoolean(false), arg.path("description").asText(""))));
        return new Prompt(entry.path("name").asText(), text(entry, "title", ""), text(entry, "description", ""), arguments);
    }

    private static void hint(List<String> hints, JsonNode annotations, String field, boolean value, String label) {
        if (annotations.path(field).isBoolean() && annotations.path(field).asBoolean() == value) {
            hints.add(label);
        }
    }

    private static String text(JsonNode entry, String field, String otherwise) {
        return entry.path(field).isTextual() ? entry.path(field).asText() : otherwise;
    }
}
