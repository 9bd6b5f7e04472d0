package dev.gatehouse.rego.builtin;

import com.google.re2j.Pattern;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.List;

/** String and number keywords of {@link JsonSchema} (lengths, patterns, bounds, multiples). */
final class JsonSchemaScalars {
    private JsonSchemaScalars() {
    }

    static void string(ObjectValue s, String v, String ctx, List<Value> out) {
        int len = v.codePointCount(0, v.length());
        if (s.get("minLength") instanceof NumberValue min && len < min.longValue()) {
            JsonSchema.add(out, ctx, "string_gte", "String length must be greater than or equal to " + min);
        }
        if (s.get("maxLength") instanceof NumberValue max && len > max.longValue()) {
            JsonSchema.add(out, ctx, "string_lte", "String length must be less than or equal to " + max);
        }
        if (s.get("pattern") instanceof StringValue p && !Pattern.compile(p.value()).matcher(v).find()) {
            JsonSchema.add(out, ctx, "pattern", "Does not match pattern '" + p.value() + "'");
        }
    }

    static void number(ObjectValue s, NumberValue n, String ctx, List<Value> out) {
        if (s.get("minimum") instanceof NumberValue min) {
            boolean excl = BooleanValue.TRUE.equals(s.get("exclusiveMinimum"));
            int c = n.compareNumber(min);
            if (excl ? c <= 0 : c < 0) {
                JsonSchema.add(out, ctx, excl ? "number_gt" : "number_gte", "Must be greater than " + (excl ? "" : "or equal to ") + min);
            }
        }
        if (s.get("exclusiveMinimum") instanceof NumberValue min && n.compareNumber(min) <= 0) {
            JsonSchema.add(out, ctx, "number_gt", "Must be greater than " + min);
        }
        if (s.get("maximum") instanceof NumberValue max) {
            boolean excl = BooleanValue.TRUE.equals(s.get("exclusiveMaximum"));
            int c = n.compareNumber(max);
            if (excl ? c >= 0 : c > 0) {
                JsonSchema.add(out, ctx, excl ? "number_lt" : "number_lte", "Must be less than " + (excl ? "" : "or equal to ") + max);
            }
        }
        if (s.get("exclusiveMaximum") instanceof NumberValue max && n.compareNumber(max) >= 0) {
            JsonSchema.add(out, ctx, "number_lt", "Must be less than " + max);
        }
        if (s.get("multipleOf") instanceof NumberValue m && m.signum() != 0
                && n.bigDecimal().remainder(m.bigDecimal()).signum() != 0) {
            JsonSchema.add(out, ctx, "multiple_of", "Must be a multiple of " + m);
        }
    }
}
