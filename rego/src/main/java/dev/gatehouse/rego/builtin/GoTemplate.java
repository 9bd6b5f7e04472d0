package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subset of Go's {@code text/template} for {@code strings.render_template}: text, {@code {{.a.b}}},
 * variables, {@code if/else/range/with/end}, {@code $x := ...}, comparison and logic functions,
 * {@code len}, {@code index}, {@code printf}; missing keys print {@code <undefined>}.
 */
final class GoTemplate {
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    private GoTemplate(String src) throws BuiltinException {
        int i = 0;
        while (i < src.length()) {
            int open = src.indexOf("{{", i);
            if (open < 0) {
                tokens.add("T" + src.substring(i));
                break;
            }
            int close = src.indexOf("}}", open);
            if (close < 0) {
                throw BuiltinException.builtinError("strings.render_template: template: unclosed action");
            }
            String text = src.substring(i, open);
            String action = src.substring(open + 2, close);
            if (action.startsWith("-")) {
                text = text.stripTrailing();
                action = action.substring(1);
            }
            i = close + 2;
            if (action.endsWith("-")) {
                action = action.substring(0, action.length() - 1);
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
            }
            tokens.add("T" + text);
            tokens.add("A" + action.trim());
        }
    }

    static String render(String src, Value data) throws BuiltinException {
        GoTemplate t = new GoTemplate(src);
        StringBuilder out = new StringBuilder();
        Map<String, Value> vars = new HashMap<>();
        vars.put("$", data);
        String end = t.run(out, data, vars, true);
        if (end != null) {
            throw BuiltinException.builtinError("strings.render_template: template: unexpected {{" + end + "}}");
        }
        return out.toString();
    }

    /** Runs tokens until an {@code end}/{@code else} at this level; returns that keyword (or null at EOF). */
    private String run(StringBuilder out, Value dot, Map<String, Value> vars, boolean exec) throws BuiltinException {
        while (pos < tokens.size()) {
            String tok = tokens.get(pos++);
            if (tok.charAt(0) == 'T') {
                if (exec) {
                    out.append(tok, 1, tok.length());
                }
                continue;
            }
            String a = tok.substring(1);
            if (a.startsWith("/*") || a.isEmpty()) {
                continue;
            }
            String kw = a.split("\\s+", 2)[0];
            String rest = a.length() > kw.length() ? a.substring(kw.length()).trim() : "";
            switch (kw) {
                case "end", "else" -> {
                    return a;
                }
                case "if", "with" -> {
                    Value v = exec ? eval(rest, dot, vars) : null;
                    boolean take = exec && truthy(v);
                    String stop = run(out, kw.equals("with") && take ? v : dot, vars, take);
                    while (stop != null && stop.startsWith("else")) {
                        String cond = stop.substring(4).trim();
                        boolean elseTake = exec && !take;
                        if (cond.startsWith("if ")) {
                            elseTake = elseTake && truthy(eval(cond.substring(3), dot, vars));
                        }
                        take = take || elseTake;
                        stop = run(out, dot, vars, elseTake);
                    }
                }
                case "range" -> range(out, rest, dot, vars, exec);
                default -> {
                    if (!exec) {
                        continue;
                    }
                    int assign = a.indexOf(":=");
                    if (a.startsWith("$") && assign > 0) {
                        vars.put(a.substring(0, assign).trim(), eval(a.substring(assign + 2).trim(), dot, vars));
                    } else {
                        out.append(print(eval(a, dot, vars)));
                    }
                }
            }
        }
        return null;
    }

    private void range(StringBuilder out, String spec, Value dot, Map<String, Value> vars, boolean exec)
            throws BuiltinException {
        String keyVar = null;
        String valVar = null;
        String expr = spec;
        int assign = spec.indexOf(":=");
        if (assign > 0) {
            String[] names = spec.substring(0, assign).split(",");
            if (names.length == 2) {
                keyVar = names[0].trim();
                valVar = names[1].trim();
            } else {
                valVar = names[0].trim();
            }
            expr = spec.substring(assign + 2).trim();
        }
        int bodyStart = pos;
        Value coll = exec ? eval(expr, dot, vars) : null;
        List<Value[]> items = new ArrayList<>();
        switch (coll) {
            case ArrayValue arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    items.add(new Value[] {NumberValue.of(i), arr.get(i)});
                }
            }
            case ObjectValue o -> {
                for (Value k : o.sortedKeys()) {
                    items.add(new Value[] {k, o.get(k)});
                }
            }
            case SetValue s -> {
                int i = 0;
                for (Value e : s.sorted()) {
                    items.add(new Value[] {NumberValue.of(i++), e});
                }
            }
            case null, default -> {
            }
        }
        String stop = null;
        if (items.isEmpty()) {
            stop = run(out, dot, vars, false);
        }
        for (Value[] it : items) {
            pos = bodyStart;
            if (keyVar != null) {
                vars.put(keyVar, it[0]);
            }
            if (valVar != null) {
                vars.put(valVar, it[1]);
            }
            stop = run(out, it[1], vars, true);
        }
        if (stop != null && stop.startsWith("else")) {
            run(out, dot, vars, exec && items.isEmpty());
        }
    }

    private static boolean truthy(Value v) {
        return switch (v) {
            case null -> false;
            case NullValue n -> false;
            case BooleanValue b -> b.value();
            case NumberValue n -> n.signum() != 0;
            case StringValue s -> !s.value().isEmpty();
            case ArrayValue a -> a.size() > 0;
            case ObjectValue o -> o.size() > 0;
            case SetValue s -> s.size() > 0;
        };
    }

    /** Go's {@code fmt.Sprint} of a value; absent values print {@code <undefined>}. */
    static String print(Value v) {
        return switch (v) {
            case null -> "<undefined>";
            case StringValue s -> s.value();
            case NullValue n -> "<nil>";
            case ArrayValue a -> {
                List<String> parts = new ArrayList<>();
                for (Value e : a.asList()) {
                    parts.add(print(e));
                }
                yield "[" + String.join(" ", parts) + "]";
            }
            case ObjectValue o -> {
                List<String> parts = new ArrayList<>();
                for (Value k : o.sortedKeys()) {
                    parts.add(print(k) + ":" + print(o.get(k)));
                }
                yield "map[" + String.join(" ", parts) + "]";
            }
            default -> v.toString();
        };
    }

    private Value eval(String expr, Value dot, Map<String, Value> vars) throws BuiltinException {
        return GoTemplateExpr.eval(expr, dot, vars);
    }
}
