package dev.gatehouse.rego.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Conversions between values and JSON (text and Jackson trees); numbers are kept exact. */
public final class Values {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Values() {
    }

    /** Parses JSON text; numbers are exact. Throws {@link IllegalArgumentException} on bad JSON. */
    public static Value fromJson(String json) {
        try {
            return Json.parse(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Converts a Jackson tree; numbers are converted exactly. */
    public static Value fromJackson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NullValue.INSTANCE;
        }
        if (node.isBoolean()) {
            return BooleanValue.of(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? NumberValue.of(node.longValue()) : NumberValue.of(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            if (node.isDouble() || node.isFloat()) {
                return NumberValue.of(new BigDecimal(node.asText()));
            }
            return NumberValue.of(node.decimalValue());
        }
        if (node.isTextual()) {
            return StringValue.of(node.textValue());
        }
        if (node.isArray()) {
            Value[] elems = new Value[node.size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = fromJackson(node.get(i));
            }
            return ArrayValue.of(elems);
        }
        if (node.isObject()) {
            ObjectValue.Builder b = ObjectValue.builder();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                b.put(StringValue.of(e.getKey()), fromJackson(e.getValue()));
            }
            return b.build();
        }
        if (node.isBinary()) {
            try {
                return StringValue.of(java.util.Base64.getEncoder().encodeToString(node.binaryValue()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return StringValue.of(node.asText());
    }

    /** Go {@code json.Marshal} style: no spaces, object keys sorted, sets as sorted arrays, HTML escaped. */
    public static String toJson(Value v) {
        StringBuilder sb = new StringBuilder();
        Json.write(sb, v, true);
        return sb.toString();
    }

    /** Like {@link #toJson(Value)} but with or without Go's HTML escaping of {@code < > &}. */
    public static String toJson(Value v, boolean escapeHtml) {
        StringBuilder sb = new StringBuilder();
        Json.write(sb, v, escapeHtml);
        return sb.toString();
    }

    /** Converts to a Jackson tree (sets become sorted arrays, non-string keys their JSON text). */
    public static JsonNode toJackson(Value v) {
        return switch (v) {
            case NullValue n -> NODES.nullNode();
            case BooleanValue b -> NODES.booleanNode(b.value());
            case NumberValue n -> n.isLong() ? NODES.numberNode(n.longValue())
                    : n.isInteger() ? NODES.numberNode(n.bigInteger()) : NODES.numberNode(n.bigDecimal());
            case StringValue s -> NODES.textNode(s.value());
            case ArrayValue a -> {
                ArrayNode an = NODES.arrayNode(a.size());
                for (int i = 0; i < a.size(); i++) {
                    an.add(toJackson(a.get(i)));
                }
                yield an;
            }
            case SetValue s -> {
                ArrayNode an = NODES.arrayNode(s.size());
                for (Value e : s.sorted()) {
                    an.add(toJackson(e));
                }
                yield an;
            }
            case ObjectValue o -> {
                ObjectNode on = NODES.objectNode();
                for (Value k : o.sortedKeys()) {
                    on.set(k instanceof StringValue s ? s.value() : toJson(k), toJackson(o.get(k)));
                }
                yield on;
            }
        };
    }

    /** Go {@code strconv.Quote} of a string (as OPA prints string terms and {@code %q}). */
    public static String quoteGo(String s) {
        StringBuilder sb = new StringBuilder();
        Json.quoteGo(sb, s);
        return sb.toString();
    }

    /** Go {@code strconv.IsPrint} approximation. */
    public static boolean isGoPrintable(int codePoint) {
        return Json.isPrint(codePoint);
    }
}
