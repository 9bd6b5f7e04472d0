package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** {@code json.filter} and {@code json.remove}: keep or drop the parts of a document under given paths. */
final class JsonPathBuiltins {
    private JsonPathBuiltins() {
    }

    /** A trie of path segments; {@code terminal} marks the end of a listed path. */
    private static final class Node {
        final Map<Value, Node> children = new HashMap<>();
        boolean terminal;

        Node find(Value key) {
            Node n = children.get(key);
            if (n == null && key instanceof NumberValue num) {
                n = children.get(StringValue.of(num.toString()));
            }
            return n;
        }
    }

    static void register(Builtins.Builder b) {
        b.function("json.filter", (a, c) -> {
            ObjectValue o = Args.object("json.filter", a, 0);
            Node root = paths("json.filter", a.get(1));
            Value r = filter(o, root);
            return r == null ? ObjectValue.EMPTY : r;
        });
        b.function("json.remove", (a, c) -> {
            ObjectValue o = Args.object("json.remove", a, 0);
            Node root = paths("json.remove", a.get(1));
            return remove(o, root);
        });
        b.function("json.patch", (a, c) -> JsonPatch.apply(a));
    }

    private static Node paths(String name, Value v) throws BuiltinException {
        List<Value> xs = Args.collection(v);
        if (xs == null) {
            throw Args.typeError(name, 1, v, "set", "array");
        }
        Node root = new Node();
        for (Value p : xs) {
            List<Value> segs = new ArrayList<>();
            if (p instanceof StringValue s) {
                String t = s.value();
                t = t.startsWith("/") ? t.substring(1) : t;
                for (String seg : StringBuiltins.split(t, "/")) {
                    segs.add(StringValue.of(seg));
                }
            } else if (p instanceof ArrayValue arr) {
                segs.addAll(arr.asList());
            } else {
                throw BuiltinException.typeError(name + ": operand 2 must be one of {set, array} containing string paths "
                        + "or array of path segments but got " + p.typeName());
            }
            Node n = root;
            for (Value seg : segs) {
                n = n.children.computeIfAbsent(seg, k -> new Node());
            }
            n.terminal = true;
        }
        return root;
    }

    private static Value filter(Value v, Node node) {
        if (node.terminal) {
            return v;
        }
        switch (v) {
            case ObjectValue o -> {
                LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
                for (Map.Entry<Value, Value> e : o.asMap().entrySet()) {
                    Node n = node.find(e.getKey());
                    if (n != null) {
                        Value f = filter(e.getValue(), n);
                        if (f != null) {
                            m.put(e.getKey(), f);
                        }
                    }
                }
                return ObjectValue.wrap(m);
            }
            case ArrayValue arr -> {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < arr.size(); i++) {
                    Node n = node.find(NumberValue.of(i));
                    if (n != null) {
                        Value f = filter(arr.get(i), n);
                        if (f != null) {
                            out.add(f);
                        }
                    }
                }
                return ArrayValue.copyOf(out);
            }
            case SetValue s -> {
                LinkedHashSet<Value> out = new LinkedHashSet<>();
                for (Value e : s.asSet()) {
                    Node n = node.find(e);
                    if (n != null) {
                        Value f = filter(e, n);
                        if (f != null) {
                            out.add(f);
                        }
                    }
                }
                return SetValue.wrap(out);
            }
            default -> {
                return null;
            }
        }
    }

    private static Value remove(Value v, Node node) {
        switch (v) {
            case ObjectValue o -> {
                LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
                for (Map.Entry<Value, Value> e : o.asMap().entrySet()) {
                    Node n = node.find(e.getKey());
                    if (n == null) {
                        m.put(e.getKey(), e.getValue());
                    } else if (!n.terminal) {
                        m.put(e.getKey(), remove(e.getValue(), n));
                    }
                }
                return ObjectValue.wrap(m);
            }
            case ArrayValue arr -> {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < arr.size(); i++) {
                    Node n = node.find(NumberValue.of(i));
                    if (n == null) {
                        out.add(arr.get(i));
                    } else if (!n.terminal) {
                        out.add(remove(arr.get(i), n));
                    }
                }
                return ArrayValue.copyOf(out);
            }
            case SetValue s -> {
                LinkedHashSet<Value> out = new LinkedHashSet<>();
                for (Value e : s.asSet()) {
                    Node n = node.find(e);
                    if (n == null) {
                        out.add(e);
                    } else if (!n.terminal) {
                        out.add(remove(e, n));
                    }
                }
                return SetValue.wrap(out);
            }
            default -> {
                return v;
            }
        }
    }
}
