package dev.gatehouse.console.backends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool's input schema (a JSON Schema object) as a form: one {@link ArgumentField} per
 * property, in schema order, and the way back from the submitted texts to the JSON arguments
 * object. Simple types get their own input; nested objects, unions and arrays of anything but
 * simple values fall back to JSON text. Blank optional fields are left out of the arguments.
 */
public record ArgumentForm(List<ArgumentField> fields) implements Serializable {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONG_TEXT = 200;
    /** String formats that fit on one line; any other format, or a content type, gets a textarea. */
    private static final Set<String> ONE_LINE_FORMATS = Set.of("date", "date-time", "time", "duration", "email",
            "uri", "uri-reference", "iri", "uuid", "hostname", "ipv4", "ipv6", "regex");
    private static final Set<String> SIMPLE = Set.of("string", "number", "integer", "boolean");

    public ArgumentForm {
        fields = List.copyOf(fields);
    }

    /** What came of the submitted texts: the arguments, or the errors by field name. */
    public record Submission(ObjectNode arguments, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The form for {@code schema} (a tool's {@code inputSchema}); no schema or no properties is an empty form. */
    public static ArgumentForm of(JsonNode schema) {
        List<ArgumentField> fields = new ArrayList<>();
        if (schema == null || !schema.path("properties").isObject()) {
            return new ArgumentForm(fields);
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").properties()
                .forEach(p -> fields.add(field(p.getKey(), p.getValue(), required.contains(p.getKey()))));
        return new ArgumentForm(fields);
    }

    /** The texts of a blank form: each field's default, or empty. */
    public Map<String, String> initialValues() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.initial()));
        return values;
    }

    /** Turns the submitted texts (by field name) into the arguments object, collecting every field's error. */
    public Submission bind(Map<String, String> values) {
        ObjectNode arguments = NODES.objectNode();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ArgumentField field : fields) {
            String text = values.get(field.name());
            boolean blank = text == null || text.isBlank();
            if (blank) {
                if (field.required()) {
                    errors.put(field.name(), "is required");
                }
                continue;
            }
            try {
                arguments.set(field.name(), value(field, text));
            } catch (IllegalArgumentException e) {
                errors.put(field.name(), e.getMessage());
            }
        }
        return new Submission(arguments, errors);
    }

    private static JsonNode value(ArgumentField field, String text) {
        return switch (field.kind()) {
            case TEXT, LONG_TEXT -> NODES.textNode(text);
            case NUMBER, INTEGER, BOOLEAN -> simple(field.kind().name().toLowerCase(java.util.Locale.ROOT), text.strip());
            case ENUM -> {
                if (!field.options().contains(text)) {
                    throw new IllegalArgumentException("must be one of " + String.join(", ", field.optionLabels()));
                }
                yield parse(text);
            }
            case LIST -> {
                ArrayNode items = NODES.arrayNode();
                String[] lines = text.split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    try {
                        items.add(simple(field.itemType(), "string".equals(field.itemType()) ? lines[i] : lines[i].strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage());
                    }
                }
                yield items;
            }
            case JSON -> parse(text);
        };
    }

    private static JsonNode simple(String type, String text) {
        return switch (type) {
            case "number" -> {
                try {
                    yield NODES.numberNode(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number");
                }
            }
            case "integer" -> {
                try {
                    yield NODES.numberNode(new BigInteger(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            }
            case "boolean" -> switch (text) {
                case "true" -> NODES.booleanNode(true);
                case "false" -> NODES.booleanNode(false);
                default -> throw new IllegalArgumentException("must be true or false");
            };
            default -> NODES.textNode(text);
        };
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private static ArgumentField field(String name, JsonNode schema, boolean required) {
        String type = type(schema);
        String description = schema.path("description").asText(schema.path("title").asText(""));
        JsonNode fallback = schema.get("default");
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            List<String> options = new ArrayList<>();
            schema.path("enum").forEach(v -> options.add(v.toString()));
            return new ArgumentField(name, type == null ? "enum" : type, ArgumentField.Kind.ENUM, required, description,
                    options, fallback == null ? "" : fallback.toString(), null);
        }
        if (type == null) {
            return json(name, "any", required, description, fallback);
        }
        return switch (type) {
            case "string" -> new ArgumentField(name, type, longText(schema) ? ArgumentField.Kind.LONG_TEXT : ArgumentField.Kind.TEXT,
                    required, description, null, fallback == null ? "" : fallback.asText(), null);
            case "number", "integer", "boolean" -> new ArgumentField(name, type,
                    ArgumentField.Kind.valueOf(type.toUpperCase(java.util.Locale.ROOT)), required, description, null,
                    fallback == null ? "" : fallback.asText(), null);
            case "array" -> {
                String items = type(schema.path("items"));
                if (items == null || !SIMPLE.contains(items) || schema.path("items").has("enum")) {
                    yield json(name, "array", required, description, fallback);
                }
                List<String> lines = new ArrayList<>();
                if (fallback != null) {
                    fallback.forEach(v -> lines.add(v.asText()));
                }
                yield new ArgumentField(name, "array of " + items, ArgumentField.Kind.LIST, required, description, null,
                        String.join("\n", lines), items);
            }
            default -> json(name, type, required, description, fallback);
        };
    }

    private static ArgumentField json(String name, String type, boolean required, String description, JsonNode fallback) {
        String initial;
        try {
            initial = fallback == null ? "" : JSON.writeValueAsString(fallback);
        } catch (JsonProcessingException e) {
            initial = "";
        }
        return new ArgumentField(name, type, ArgumentField.Kind.JSON, required, description, null, initial, null);
    }

    /** The one type of a schema ({@code ["string","null"]} is a string), or {@code null} for none or a real union. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            return type.asText();
        }
        List<String> types = new ArrayList<>();
        type.forEach(t -> {
            if (!"null".equals(t.asText())) {
                types.add(t.asText());
            }
        });
        return types.size() == 1 ? types.getFirst() : null;
    }

    private static boolean longText(JsonNode schema) {
        if (schema.has("contentMediaType")) {
            return true;
        }
        if (schema.has("format") && !ONE_LINE_FORMATS.contains(schema.path("format").asText())) {
            return true;
        }
        return schema.path("maxLength").asInt(0) > LONG_TEXT || schema.path("minLength").asInt(0) > LONG_TEXT / 2;
    }
}
