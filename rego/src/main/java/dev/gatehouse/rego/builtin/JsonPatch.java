package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * RFC 6902 JSON Patch over Rego values, as OPA's {@code json.patch}: paths are JSON pointers (leading
 * slash optional) or arrays of segments, sets are addressed by element; a failing operation makes the
 * result undefined ({@code null}).
 */
final class JsonPatch {
    private JsonPatch() {
    }

    /** Thrown internally when an operation cannot apply. */
    private static final class Fail extends Exception {
        Fail() {
            super(null, null, false, false);
        }
    }

    static Value apply(List<Value> a) throws BuiltinException {
        Value doc = a.get(0);
        ArrayValue ops = Args.array("json.patch", a, 1);
        try {
            for (Value op : ops.asList()) {
                if (!(op instanceof ObjectValue o)) {
                    return null;
                }
                doc = one(doc, o);
            }
            return doc;
        } catch (Fail f) {
            return null;
        }
    }

    private static Value one(Value doc, ObjectValue o) throws Fail {
        if (!(o.get("op") instanceof StringValue opName)) {
            throw new Fail();
        }
        List<Value> path = path(o.get("path"));
        Value value = o.get("value");
        return switch (opName.value()) {
            case "add" -> add(doc, path, need(value));
            case "remove" -> remove(doc, path);
            case "replace" -> path.isEmpty() ? need(value) : add(remove(doc, path), path, need(value));
            case "move" -> {
                List<Value> from = path(o.get("from"));
                Value v = get(doc, from);
                yield add(remove(doc, from), path, v);
            }
            case "copy" -> add(doc, path, get(doc, path(o.get("from"))));
            case "test" -> {
                if (!get(doc, path).equals(need(value))) {
                    throw new Fail();
                }
                yield doc;
            }
            default -> throw new Fail();
        };
    }

    private static Value need(Value v) throws Fail {
        if (v == null) {
            throw new Fail();
        }
        return v;
    }

    private static List<Value> path(Value p) throws Fail {
        if (p instanceof ArrayValue arr) {
            return arr.asList();
        }
        if (!(p instanceof StringValue s)) {
            throw new Fail();
        }
        String t = s.value();
        List<Value> out = new ArrayList<>();
        if (t.isEmpty()) {
            return out;
        }
        if (t.startsWith("/")) {
            t = t.substring(1);
        }
        for (String seg : StringBuiltins.split(t, "/")) {
            out.add(StringValue.of(seg.replace("~1", "/").replace("~0", "~")));
        }
        return out;
    }

    private static int index(Value seg, int size, boolean allowEnd) throws Fail {
        if (allowEnd && seg instanceof StringValue s && s.value().equals("-")) {
            return size;
        }
        long i;
        if (seg instanceof NumberValue n && n.isLong()) {
            i = n.longValue();
        } else if (seg instanceof StringValue s && s.value().matches("0|[1-9][0-9]{0,9}")) {
            i = Long.parseLong(s.value());
        } else {
            throw new Fail();
        }
        if (i < 0 || i > (allowEnd ? size : size - 1)) {
            throw new Fail();
        }
        return (int) i;
    }

    static Value get(Value doc, List<Value> path) throws Fail {
        Value cur = doc;
        for (Value seg : path) {
            cur = switch (cur) {
                case ObjectValue o -> need(o.get(seg));
                case ArrayValue arr -> arr.get(index(seg, arr.size(), false));
                case SetValue s -> s.contains(seg) ? seg : fail();
                default -> fail();
            };
        }
        return cur;
    }

    private static Value fail() throws Fail {
        throw new Fail();
    }

    private static Value add(Value doc, List<Value> path, Value v) throws Fail {
        if (path.isEmpty()) {
            return v;
        }
        Value seg = path.get(0);
        List<Value> rest = path.subList(1, path.size());
        switch (doc) {
            case ObjectValue o -> {
                if (rest.isEmpty()) {
                    return o.with(seg, v);
                }
                return o.with(seg, add(need(o.get(seg)), rest, v));
            }
            case ArrayValue arr -> {
                List<Value> l = new ArrayList<>(arr.asList());
                if (rest.isEmpty()) {
                    l.add(index(seg, arr.size(), true), v);
                } else {
                    int i = index(seg, arr.size(), false);
                    l.set(i, add(l.get(i), rest, v));
                }
                return ArrayValue.copyOf(l);
            }
            case SetValue s -> {
                if (rest.isEmpty()) {
                    if (!seg.equals(v)) {
                        throw new Fail();
                    }
                    return s.with(v);
                }
                if (!s.contains(seg)) {
                    throw new Fail();
                }
                LinkedHashSet<Value> m = new LinkedHashSet<>(s.asSet());
                m.remove(seg);
                m.add(add(seg, rest, v));
                return SetValue.wrap(m);
            }
            default -> throw new Fail();
        }
    }

    private static Value remove(Value doc, List<Value> path) throws Fail {
        if (path.isEmpty()) {
            throw new Fail();
        }
        Value seg = path.get(0);
        List<Value> rest = path.subList(1, path.size());
        switch (doc) {
            case ObjectValue o -> {
                Value child = need(o.get(seg));
                return rest.isEmpty() ? o.without(seg) : o.with(seg, remove(child, rest));
            }
            case ArrayValue arr -> {
                int i = index(seg, arr.size(), false);
                List<Value> l = new ArrayList<>(arr.asList());
                if (rest.isEmpty()) {
                    l.remove(i);
                } else {
                    l.set(i, remove(l.get(i), rest));
                }
                return ArrayValue.copyOf(l);
            }
            case SetValue s -> {
                if (!s.contains(seg)) {
                    throw new Fail();
                }
                LinkedHashSet<Value> m = new LinkedHashSet<>(s.asSet());
                m.remove(seg);
                if (!rest.isEmpty()) {
                    m.add(remove(seg, rest));
                }
                return SetValue.wrap(m);
            }
            default -> throw new Fail();
        }
    }
}
