package dev.gatehouse.rego.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads builtin declarations from OPA's capabilities JSON (bundled as
 * {@code capabilities.json}, Apache-2.0, see the NOTICE file next to it).
 */
public final class Declarations {
    private static volatile Map<String, BuiltinDecl> opa;

    private Declarations() {
    }

    /** OPA's declarations by name, in the capabilities file's order. */
    public static Map<String, BuiltinDecl> opa() {
        Map<String, BuiltinDecl> m = opa;
        if (m == null) {
            try (InputStream in = Declarations.class.getResourceAsStream("capabilities.json")) {
                m = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            opa = m;
        }
        return m;
    }

    /** Parses a capabilities document's {@code builtins} list. */
    public static Map<String, BuiltinDecl> parse(JsonNode capabilities) {
        Map<String, BuiltinDecl> out = new LinkedHashMap<>();
        for (JsonNode b : capabilities.path("builtins")) {
            JsonNode d = b.path("decl");
            List<Type> args = new ArrayList<>();
            for (JsonNode a : d.path("args")) {
                args.add(type(a));
            }
            Type variadic = d.has("variadic") ? type(d.get("variadic")) : null;
            Type result = d.has("result") ? type(d.get("result")) : null;
            String name = b.path("name").asText();
            out.put(name, new BuiltinDecl(name, args, variadic, result,
                    b.has("infix") ? b.get("infix").asText() : null,
                    b.path("relation").asBoolean(false), b.path("nondeterministic").asBoolean(false),
                    b.path("deprecated").asBoolean(false)));
        }
        return Map.copyOf(out);
    }

    /** Parses one JSON-encoded type. */
    public static Type type(JsonNode t) {
        return switch (t.path("type").asText("any")) {
            case "null" -> Type.NULL;
            case "boolean" -> Type.BOOLEAN;
            case "number" -> Type.NUMBER;
            case "string" -> Type.STRING;
            case "array" -> {
                List<Type> st = new ArrayList<>();
                for (JsonNode s : t.path("static")) {
                    st.add(type(s));
                }
                yield new Type.Array(st, t.has("dynamic") ? type(t.get("dynamic")) : null);
            }
            case "set" -> new Type.Set(t.has("of") ? type(t.get("of")) : Type.ANY);
            case "object" -> {
                List<Type.Property> st = new ArrayList<>();
                for (JsonNode p : t.path("static")) {
                    JsonNode k = p.path("key");
                    st.add(new Type.Property(k.isTextual() ? k.asText() : k.toString(), type(p.path("value"))));
                }
                JsonNode dyn = t.path("dynamic");
                yield dyn.isObject() ? new Type.Object(st, type(dyn.path("key")), type(dyn.path("value")))
                        : new Type.Object(st, null, null);
            }
            case "function" -> {
                List<Type> args = new ArrayList<>();
                for (JsonNode a : t.path("args")) {
                    args.add(type(a));
                }
                yield new Type.Function(args, t.has("variadic") ? type(t.get("variadic")) : null,
                        t.has("result") ? type(t.get("result")) : null);
            }
            default -> {
                List<Type> of = new ArrayList<>();
                for (JsonNode o : t.path("of")) {
                    of.add(type(o));
                }
                yield of.isEmpty() ? Type.ANY : new Type.Any(of);
            }
        };
    }
}
