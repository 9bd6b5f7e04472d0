package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.List;

/** {@code json.verify_schema} and {@code json.match_schema}; schemas and documents may be values or JSON text. */
final class JsonSchemaBuiltins {
    private JsonSchemaBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("json.verify_schema", (a, c) -> {
            try {
                JsonSchema.check(parse("json.verify_schema", a.get(0)));
                return ArrayValue.of(new Value[] {BooleanValue.TRUE, NullValue.INSTANCE});
            } catch (JsonSchema.InvalidSchema e) {
                return ArrayValue.of(new Value[] {BooleanValue.FALSE, StringValue.of("jsonschema: " + e.getMessage())});
            }
        });
        b.function("json.match_schema", (a, c) -> {
            Value doc = parse("json.match_schema", a.get(0));
            Value schema = parse("json.match_schema", a.get(1));
            try {
                JsonSchema.check(schema);
            } catch (JsonSchema.InvalidSchema e) {
                throw BuiltinException.builtinError("json.match_schema: " + e.getMessage());
            }
            List<Value> errors = JsonSchema.validate(schema, doc);
            return ArrayValue.of(new Value[] {BooleanValue.of(errors.isEmpty()), ArrayValue.copyOf(errors)});
        });
    }

    private static Value parse(String fn, Value v) throws BuiltinException {
        if (v instanceof StringValue s) {
            try {
                return Values.fromJson(s.value());
            } catch (IllegalArgumentException e) {
                throw BuiltinException.builtinError(fn + ": " + e.getMessage());
            }
        }
        return v;
    }
}
