package dev.gatehouse.rego.builtin;

import com.google.re2j.Pattern;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON Schema (draft 4-7 core keywords) validator producing gojsonschema's error records
 * ({@code error}, {@code type}, {@code field}, {@code desc}) as OPA's {@code json.match_schema} returns them.
 */
final class JsonSchema {
    private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "number", "null", "object", "string");

    /** Thrown for an invalid schema, with gojsonschema's wording. */
    static final class InvalidSchema extends Exception {
        InvalidSchema(String msg) {
            super(msg, null, false, false);
        }
    }

    private final Value root;
    private final List<Value> errors = new ArrayList<>();

    private JsonSchema(Value root) {
        this.root = root;
    }

    /** Checks a schema's structure (types, nested schemas). */
    static void check(Value schema) throws InvalidSchema {
        if (schema instanceof BooleanValue) {
            return;
        }
        if (!(schema instanceof ObjectValue s)) {
            throw new InvalidSchema("schema must be an object or a boolean");
        }
        Value type = s.get("type");
        if (type != null) {
            List<Value> ts = type instanceof ArrayValue a ? a.asList() : List.of(type);
            for (Value t : ts) {
                if (!(t instanceof StringValue sv) || !TYPES.contains(sv.value())) {
                    String given = t instanceof StringValue sv ? sv.value() : t.toString();
                    throw new InvalidSchema("has a primitive type that is NOT VALID -- given: /" + given
                            + "/ Expected valid values are:[array boolean integer number null object string]");
                }
            }
        }
        for (String k : List.of("properties", "definitions", "patternProperties", "$defs")) {
            if (s.get(k) instanceof ObjectValue props) {
                for (Value v : props.asMap().values()) {
                    check(v);
                }
            }
        }
        for (String k : List.of("items", "additionalProperties", "not", "additionalItems")) {
            Value v = s.get(k);
            if (v instanceof ArrayValue a) {
                for (Value e : a.asList()) {
                    check(e);
                }
            } else if (v instanceof ObjectValue) {
                check(v);
            }
        }
        for (String k : List.of("allOf", "anyOf", "oneOf")) {
            if (s.get(k) instanceof ArrayValue a) {
                for (Value e : a.asList()) {
                    check(e);
                }
            }
        }
    }

    /** Validates {@code doc}; returns the error records (empty when valid). */
    static List<Value> validate(Value schema, Value doc) {
        JsonSchema v = new JsonSchema(schema);
        v.validate(schema, doc, "(root)", v.errors);
        return v.errors;
    }

    private static String typeOf(Value v) {
        return switch (v) {
            case NullValue n -> "null";
            case BooleanValue b -> "boolean";
            case NumberValue n -> n.isInteger() ? "integer" : "number";
            case StringValue s -> "string";
            case ArrayValue a -> "array";
            case SetValue s -> "array";
            case ObjectValue o -> "object";
        };
    }

    static void add(List<Value> out, String context, String type, String desc) {
        String field = context.equals("(root)") ? "(root)" : context.substring("(root).".length());
        out.add(ObjectValue.builder().put("error", StringValue.of(field + ": " + desc)).put("type", StringValue.of(type))
                .put("field", StringValue.of(field)).put("desc", StringValue.of(desc)).build());
    }

    private Value resolve(Value schema) {
        if (schema instanceof ObjectValue s && s.get("$ref") instanceof StringValue ref && ref.value().startsWith("#")) {
            Value cur = root;
            for (String part : ref.value().substring(1).split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                cur = cur instanceof ObjectValue o ? o.get(part.replace("~1", "/").replace("~0", "~")) : null;
                if (cur == null) {
                    return BooleanValue.TRUE;
                }
            }
            return resolve(cur);
        }
        return schema;
    }

    private void validate(Value schemaIn, Value doc, String ctx, List<Value> out) {
        Value schema = resolve(schemaIn);
        if (schema instanceof BooleanValue b) {
            if (!b.value()) {
                add(out, ctx, "false", "False always fails validation");
            }
            return;
        }
        if (!(schema instanceof ObjectValue s)) {
            return;
        }
        String given = typeOf(doc);
        Value type = s.get("type");
        if (type != null) {
            List<Value> ts = type instanceof ArrayValue a ? a.asList() : List.of(type);
            boolean ok = false;
            List<String> names = new ArrayList<>();
            for (Value t : ts) {
                String tn = ((StringValue) t).value();
                names.add(tn);
                ok |= tn.equals(given) || tn.equals("number") && given.equals("integer");
            }
            if (!ok) {
                add(out, ctx, "invalid_type", "Invalid type. Expected: " + String.join(", ", names) + ", given: " + given);
                return;
            }
        }
        if (s.get("enum") instanceof ArrayValue en && !en.asList().contains(doc)) {
            add(out, ctx, "enum", field(ctx) + " must be one of the following: " + joined(en));
        }
        if (s.get("const") != null && !s.get("const").equals(doc)) {
            add(out, ctx, "const", field(ctx) + " does not match: " + dev.gatehouse.rego.value.Values.toJson(s.get("const")));
        }
        combinators(s, doc, ctx, out);
        switch (doc) {
            case ObjectValue o -> object(s, o, ctx, out);
            case ArrayValue a -> array(s, a, ctx, out);
            case StringValue str -> JsonSchemaScalars.string(s, str.value(), ctx, out);
            case NumberValue n -> JsonSchemaScalars.number(s, n, ctx, out);
            default -> {
            }
        }
    }

    private static String field(String ctx) {
        return ctx.equals("(root)") ? "(root)" : ctx.substring("(root).".length());
    }

    private static String joined(ArrayValue a) {
        List<String> parts = new ArrayList<>();
        for (Value v : a.asList()) {
            parts.add(dev.gatehouse.rego.value.Values.toJson(v));
        }
        return String.join(", ", parts);
    }

    private void combinators(ObjectValue s, Value doc, String ctx, List<Value> out) {
        if (s.get("allOf") instanceof ArrayValue all) {
            List<Value> sub = new ArrayList<>();
            for (Value sc : all.asList()) {
                validate(sc, doc, ctx, sub);
            }
            if (!sub.isEmpty()) {
                out.addAll(sub);
                add(out, ctx, "number_all_of", "Must validate all the schemas (allOf)");
            }
        }
        if (s.get("anyOf") instanceof ArrayValue any) {
            boolean ok = false;
            for (Value sc : any.asList()) {
                List<Value> sub = new ArrayList<>();
                validate(sc, doc, ctx, sub);
                ok |= sub.isEmpty();
            }
            if (!ok) {
                add(out, ctx, "number_any_of", "Must validate at least one schema (anyOf)");
            }
        }
        if (s.get("oneOf") instanceof ArrayValue one) {
            int n = 0;
            for (Value sc : one.asList()) {
                List<Value> sub = new ArrayList<>();
                validate(sc, doc, ctx, sub);
                n += sub.isEmpty() ? 1 : 0;
            }
            if (n != 1) {
                add(out, ctx, "number_one_of", "Must validate one and only one schema (oneOf)");
            }
        }
        if (s.get("not") != null) {
            List<Value> sub = new ArrayList<>();
            validate(s.get("not"), doc, ctx, sub);
            if (sub.isEmpty()) {
                add(out, ctx, "number_not", "Must not validate the schema (not)");
            }
        }
    }

    private void object(ObjectValue s, ObjectValue o, String ctx, List<Value> out) {
        if (s.get("required") instanceof ArrayValue req) {
            for (Value r : req.asList()) {
                if (r instanceof StringValue rs && o.get(rs) == null) {
                    add(out, ctx, "required", rs.value() + " is required");
                }
            }
        }
        ObjectValue props = s.get("properties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
        for (Value k : o.sortedKeys()) {
            String name = k instanceof StringValue ks ? ks.value() : k.toString();
            String child = ctx + "." + name;
            Value ps = props.get(k);
            boolean matched = ps != null;
            if (ps != null) {
                validate(ps, o.get(k), child, out);
            }
            if (s.get("patternProperties") instanceof ObjectValue pp) {
                for (Value pk : pp.sortedKeys()) {
                    if (pk instanceof StringValue pks && Pattern.compile(pks.value()).matcher(name).find()) {
                        matched = true;
                        validate(pp.get(pk), o.get(k), child, out);
                    }
                }
            }
            Value ap = s.get("additionalProperties");
            if (!matched && ap != null) {
                if (BooleanValue.FALSE.equals(ap)) {
                    add(out, ctx, "additional_property_not_allowed", "Additional property " + name + " is not allowed");
                } else if (ap instanceof ObjectValue) {
                    validate(ap, o.get(k), child, out);
                }
            }
        }
        if (s.get("minProperties") instanceof NumberValue min && o.size() < min.longValue()) {
            add(out, ctx, "array_min_properties", "Must have at least " + min + " properties");
        }
        if (s.get("maxProperties") instanceof NumberValue max && o.size() > max.longValue()) {
            add(out, ctx, "array_max_properties", "Must have at most " + max + " properties");
        }
    }

    private void array(ObjectValue s, ArrayValue a, String ctx, List<Value> out) {
        Value items = s.get("items");
        for (int i = 0; i < a.size(); i++) {
            Value sc = items instanceof ArrayValue tuple ? (i < tuple.size() ? tuple.get(i) : s.get("additionalItems"))
                    : items;
            if (sc != null) {
                validate(sc, a.get(i), ctx + "." + i, out);
            }
        }
        if (s.get("minItems") instanceof NumberValue min && a.size() < min.longValue()) {
            add(out, ctx, "array_min_items", "Array must have at least " + min + " items");
        }
        if (s.get("maxItems") instanceof NumberValue max && a.size() > max.longValue()) {
            add(out, ctx, "array_max_items", "Array must have at most " + max + " items");
        }
        if (BooleanValue.TRUE.equals(s.get("uniqueItems"))) {
            for (int i = 0; i < a.size(); i++) {
                for (int j = i + 1; j < a.size(); j++) {
                    if (a.get(i).equals(a.get(j))) {
                        add(out, ctx, "unique", "array items[" + i + "," + j + "] must be unique");
                        return;
                    }
                }
            }
        }
    }
}
