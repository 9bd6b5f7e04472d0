package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;

/** {@code json.marshal}, {@code json.marshal_with_options}, {@code json.unmarshal}, {@code json.is_valid}. */
final class JsonBuiltins {
    private JsonBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("json.marshal", (a, c) -> StringValue.of(Values.toJson(a.get(0))));
        b.function("json.marshal_with_options", (a, c) -> {
            ObjectValue opts = Args.object("json.marshal_with_options", a, 1);
            String prefix = "";
            String indent = "\t";
            boolean pretty = false;
            boolean explicitPretty = false;
            for (Value k : opts.sortedKeys()) {
                Value v = opts.get(k);
                String key = k instanceof StringValue s ? s.value() : k.toString();
                switch (key) {
                    case "pretty" -> {
                        if (!(v instanceof BooleanValue bv)) {
                            throw BuiltinException.typeError("json.marshal_with_options: pretty option must be a boolean");
                        }
                        pretty = bv.value();
                        explicitPretty = true;
                    }
                    case "indent" -> {
                        if (!(v instanceof StringValue sv)) {
                            throw BuiltinException.typeError("json.marshal_with_options: indent option must be a string");
                        }
                        indent = sv.value();
                        if (!explicitPretty) {
                            pretty = true;
                        }
                    }
                    case "prefix" -> {
                        if (!(v instanceof StringValue sv)) {
                            throw BuiltinException.typeError("json.marshal_with_options: prefix option must be a string");
                        }
                        prefix = sv.value();
                        if (!explicitPretty) {
                            pretty = true;
                        }
                    }
                    default -> throw BuiltinException.typeError("json.marshal_with_options: object contained unknown key "
                            + Values.quoteGo(key));
                }
            }
            if (opts.get("pretty") instanceof BooleanValue pv) {
                pretty = pv.value();
            }
            String compact = Values.toJson(a.get(0));
            return StringValue.of(pretty ? prefix + indent(compact, prefix, indent) : compact);
        });
        b.function("json.unmarshal", (a, c) -> {
            String s = Args.string("json.unmarshal", a, 0);
            try {
                return Values.fromJson(s);
            } catch (IllegalArgumentException e) {
                throw BuiltinException.builtinError("json.unmarshal: " + goJsonError(e.getMessage()));
            }
        });
        b.function("json.is_valid", (a, c) -> {
            if (!(a.get(0) instanceof StringValue s)) {
                return BooleanValue.FALSE;
            }
            try {
                Values.fromJson(s.value());
                return BooleanValue.TRUE;
            } catch (IllegalArgumentException e) {
                return BooleanValue.FALSE;
            }
        });
        JsonPathBuiltins.register(b);
    }

    private static String goJsonError(String jackson) {
        if (jackson == null) {
            return "invalid JSON";
        }
        int nl = jackson.indexOf('\n');
        return nl > 0 ? jackson.substring(0, nl) : jackson;
    }

    /** Go's {@code json.Indent} applied to compact JSON (empty containers stay on one line). */
    static String indent(String compact, String prefix, String indent) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                sb.append(c);
                if (c == '\\') {
                    sb.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    sb.append(c);
                }
                case '[', '{' -> {
                    char close = c == '[' ? ']' : '}';
                    if (i + 1 < compact.length() && compact.charAt(i + 1) == close) {
                        sb.append(c).append(close);
                        i++;
                    } else {
                        sb.append(c);
                        depth++;
                        newline(sb, prefix, indent, depth);
                    }
                }
                case ']', '}' -> {
                    depth--;
                    newline(sb, prefix, indent, depth);
                    sb.append(c);
                }
                case ',' -> {
                    sb.append(c);
                    newline(sb, prefix, indent, depth);
                }
                case ':' -> sb.append(": ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
        sb.append('\n').append(prefix);
        for (int k = 0; k < depth; k++) {
            sb.append(indent);
        }
    }
}
