package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code object.*} builtins. */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("object.get", (a, c) -> {
            ObjectValue o = Args.object("object.get", a, 0);
            Value key = a.get(1);
            if (!(key instanceof ArrayValue path)) {
                Value v = o.get(key);
                return v == null ? a.get(2) : v;
            }
            Value cur = o;
            for (Value seg : path.asList()) {
                Value next = child(cur, seg);
                if (next == null) {
                    return a.get(2);
                }
                cur = next;
            }
            return cur;
        });
        b.function("object.keys", (a, c) -> SetValue.of(Args.object("object.keys", a, 0).keySet()));
        b.function("object.remove", (a, c) -> {
            ObjectValue o = Args.object("object.remove", a, 0);
            Set<Value> keys = keys("object.remove", a.get(1));
            LinkedHashMap<Value, Value> m = new LinkedHashMap<>(o.asMap());
            m.keySet().removeAll(keys);
            return ObjectValue.wrap(m);
        });
        b.function("object.filter", (a, c) -> {
            ObjectValue o = Args.object("object.filter", a, 0);
            Set<Value> keys = keys("object.filter", a.get(1));
            LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
            for (Map.Entry<Value, Value> e : o.asMap().entrySet()) {
                if (keys.contains(e.getKey())) {
                    m.put(e.getKey(), e.getValue());
                }
            }
            return ObjectValue.wrap(m);
        });
        b.function("object.union", (a, c) -> union(Args.object("object.union", a, 0),
                Args.object("object.union", a, 1)));
        b.function("object.union_n", (a, c) -> {
            ArrayValue xs = Args.array("object.union_n", a, 0);
            ObjectValue r = ObjectValue.EMPTY;
            for (Value v : xs.asList()) {
                if (!(v instanceof ObjectValue o)) {
                    throw BuiltinException.typeError("object.union_n: operand 1 must be array of objects but got array containing "
                            + v.typeName());
                }
                r = union(r, o);
            }
            return r;
        });
        b.function("object.subset", (a, c) -> {
            Value sup = a.get(0);
            Value sub = a.get(1);
            if (!(sup instanceof ObjectValue || sup instanceof SetValue || sup instanceof ArrayValue)) {
                throw Args.typeError("object.subset", 0, sup, "object", "set", "array");
            }
            if (!(sub instanceof ObjectValue || sub instanceof SetValue || sub instanceof ArrayValue)) {
                throw Args.typeError("object.subset", 1, sub, "object", "set", "array");
            }
            return BooleanValue.of(subset(sup, sub));
        });
    }

    /** The child of a composite at {@code seg}, or null. */
    static Value child(Value cur, Value seg) {
        return switch (cur) {
            case ObjectValue o -> o.get(seg);
            case ArrayValue arr -> {
                if (seg instanceof NumberValue n && n.isLong() && n.longValue() >= 0 && n.longValue() < arr.size()) {
                    yield arr.get((int) n.longValue());
                }
                yield null;
            }
            case SetValue s -> s.contains(seg) ? seg : null;
            default -> null;
        };
    }

    private static Set<Value> keys(String name, Value v) throws BuiltinException {
        return switch (v) {
            case ObjectValue o -> o.keySet();
            case SetValue s -> s.asSet();
            case ArrayValue arr -> new LinkedHashSet<>(arr.asList());
            default -> throw Args.typeError(name, 1, v, "object", "set", "array");
        };
    }

    static ObjectValue union(ObjectValue x, ObjectValue y) {
        if (x.size() == 0) {
            return y;
        }
        if (y.size() == 0) {
            return x;
        }
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>(x.asMap());
        for (Map.Entry<Value, Value> e : y.asMap().entrySet()) {
            Value old = m.get(e.getKey());
            if (old instanceof ObjectValue ox && e.getValue() instanceof ObjectValue oy) {
                m.put(e.getKey(), union(ox, oy));
            } else {
                m.put(e.getKey(), e.getValue());
            }
        }
        return ObjectValue.wrap(m);
    }

    static boolean subset(Value sup, Value sub) {
        if (sup instanceof ObjectValue so && sub instanceof ObjectValue bo) {
            for (Map.Entry<Value, Value> e : bo.asMap().entrySet()) {
                Value sv = so.get(e.getKey());
                if (sv == null) {
                    return false;
                }
                if (!(sv.equals(e.getValue()) || isComposite(sv) && isComposite(e.getValue())
                        && subset(sv, e.getValue()))) {
                    return false;
                }
            }
            return true;
        }
        if (sup instanceof SetValue ss && sub instanceof SetValue bs) {
            return ss.asSet().containsAll(bs.asSet());
        }
        if (sup instanceof ArrayValue sa && sub instanceof SetValue bs) {
            return new java.util.HashSet<>(sa.asList()).containsAll(bs.asSet());
        }
        if (sup instanceof ArrayValue sa && sub instanceof ArrayValue ba) {
            List<Value> l = sa.asList();
            List<Value> s = ba.asList();
            if (s.isEmpty()) {
                return true;
            }
            for (int i = 0; i + s.size() <= l.size(); i++) {
                if (l.subList(i, i + s.size()).equals(s)) {
                    return true;
                }
            }
            return false;
        }
        return sup.equals(sub);
    }

    private static boolean isComposite(Value v) {
        return v instanceof ObjectValue || v instanceof SetValue || v instanceof ArrayValue;
    }
}
