package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pipelines and commands of {@link GoTemplate}: fields, variables, literals, parentheses and builtin functions. */
final class GoTemplateExpr {
    private GoTemplateExpr() {
    }

    static Value eval(String expr, Value dot, Map<String, Value> vars) throws BuiltinException {
        Value prev = null;
        boolean first = true;
        for (String cmd : split(expr, '|')) {
            List<String> words = words(cmd.trim());
            if (!first) {
                words.add("\u0000prev");
            }
            prev = command(words, dot, vars, prev);
            first = false;
        }
        return prev;
    }

    private static Value command(List<String> w, Value dot, Map<String, Value> vars, Value prev) throws BuiltinException {
        if (w.isEmpty()) {
            return null;
        }
        String head = w.get(0);
        List<Value> args = new ArrayList<>();
        for (int i = 1; i < w.size(); i++) {
            args.add(w.get(i).equals("\u0000prev") ? prev : operand(w.get(i), dot, vars));
        }
        return switch (head) {
            case "eq" -> BooleanValue.of(args.size() > 1 && args.subList(1, args.size()).contains(args.get(0)));
            case "ne" -> BooleanValue.of(!java.util.Objects.equals(args.get(0), args.get(1)));
            case "lt" -> BooleanValue.of(args.get(0).compareTo(args.get(1)) < 0);
            case "le" -> BooleanValue.of(args.get(0).compareTo(args.get(1)) <= 0);
            case "gt" -> BooleanValue.of(args.get(0).compareTo(args.get(1)) > 0);
            case "ge" -> BooleanValue.of(args.get(0).compareTo(args.get(1)) >= 0);
            case "not" -> BooleanValue.of(!truthy(args.get(0)));
            case "and" -> args.stream().filter(v -> !truthy(v)).findFirst().orElse(args.getLast());
            case "or" -> args.stream().filter(GoTemplateExpr::truthy).findFirst().orElse(args.getLast());
            case "len" -> NumberValue.of(switch (args.get(0)) {
                case ArrayValue a -> a.size();
                case ObjectValue o -> o.size();
                case StringValue s -> s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                default -> 0;
            });
            case "index" -> {
                Value cur = args.get(0);
                for (Value k : args.subList(1, args.size())) {
                    cur = cur == null ? null : ObjectBuiltins.child(cur, k);
                }
                yield cur;
            }
            case "print" -> StringValue.of(String.join("", args.stream().map(GoTemplate::print).toList()));
            case "printf" -> {
                List<Object> goArgs = new ArrayList<>();
                for (Value v : args.subList(1, args.size())) {
                    goArgs.add(StringBuiltins.goArg(v));
                }
                yield StringValue.of(GoFormat.sprintf(GoTemplate.print(args.get(0)), goArgs));
            }
            default -> {
                if (w.size() == 1 || w.size() == 2 && w.get(1).equals("\u0000prev")) {
                    yield operand(head, dot, vars);
                }
                throw BuiltinException.builtinError("strings.render_template: template: function \"" + head
                        + "\" not defined");
            }
        };
    }

    private static boolean truthy(Value v) {
        return v != null && !(v instanceof BooleanValue b && !b.value())
                && !(v instanceof NumberValue n && n.signum() == 0) && !(v instanceof StringValue s && s.value().isEmpty())
                && !(v instanceof dev.gatehouse.rego.value.NullValue);
    }

    private static Value operand(String w, Value dot, Map<String, Value> vars) throws BuiltinException {
        if (w.startsWith("(") && w.endsWith(")")) {
            return eval(w.substring(1, w.length() - 1), dot, vars);
        }
        if (w.startsWith("\"") || w.startsWith("`")) {
            return w.startsWith("`") ? StringValue.of(w.substring(1, w.length() - 1))
                    : dev.gatehouse.rego.value.Values.fromJson(w);
        }
        if (w.equals("true") || w.equals("false")) {
            return BooleanValue.of(w.equals("true"));
        }
        if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '-')) {
            return NumberValue.parse(w);
        }
        Value cur;
        String path;
        if (w.startsWith("$")) {
            int dotAt = w.indexOf('.');
            String name = dotAt < 0 ? w : w.substring(0, dotAt);
            if (!vars.containsKey(name)) {
                throw BuiltinException.builtinError("strings.render_template: template: undefined variable \"" + name + "\"");
            }
            cur = vars.get(name);
            path = dotAt < 0 ? "" : w.substring(dotAt + 1);
        } else if (w.startsWith(".")) {
            cur = dot;
            path = w.substring(1);
        } else {
            throw BuiltinException.builtinError("strings.render_template: template: function \"" + w + "\" not defined");
        }
        for (String f : path.isEmpty() ? new String[0] : path.split("\\.")) {
            cur = cur instanceof ObjectValue o ? o.get(f) : null;
        }
        return cur;
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : split(s.replaceAll("\\s+", " "), ' ')) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
