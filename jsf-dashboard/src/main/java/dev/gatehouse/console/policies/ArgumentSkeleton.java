package dev.gatehouse.console.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A starting point for a tool's arguments, built from its JSON input schema: an object with
 * every property, each set to its {@code default}, else its first {@code examples} entry (or
 * {@code example}), else its first {@code enum} value, else an empty value of its type
 * ({@code ""}, {@code 0}, {@code false}, {@code []}, nested objects filled the same way).
 * The operator edits it; nothing here validates.
 */
public final class ArgumentSkeleton {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    private ArgumentSkeleton() {
    }

    /** The skeleton object for an input schema; {@code {}} for a missing or property-less schema. */
    public static ObjectNode of(JsonNode schema) {
        return object(schema, 0);
    }

    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode skeleton = JSON.objectNode();
        if (schema == null || depth > MAX_DEPTH) {
            return skeleton;
        }
        schema.path("properties").properties().forEach(p -> skeleton.set(p.getKey(), value(p.getValue(), depth + 1)));
        return skeleton;
    }

    static JsonNode value(JsonNode property, int depth) {
        if (property.has("default")) {
            return property.get("default");
        }
        if (property.path("examples").isArray() && !property.path("examples").isEmpty()) {
            return property.path("examples").get(0);
        }
        if (property.has("example")) {
            return property.get("example");
        }
        if (property.path("enum").isArray() && !property.path("enum").isEmpty()) {
            return property.path("enum").get(0);
        }
        if (property.has("const")) {
            return property.get("const");
        }
        return switch (type(property)) {
            case "integer", "number" -> JSON.numberNode(0);
            case "boolean" -> JSON.booleanNode(false);
            case "array" -> JSON.arrayNode();
            case "object" -> object(property, depth);
            case "null" -> JSON.nullNode();
            default -> JSON.textNode("");
        };
    }

    /** The property's type: the first non-null one of a type list; {@code object} when it only has properties. */
    private static String type(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        return property.has("properties") ? "object" : "string";
    }
}
