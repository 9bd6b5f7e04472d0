package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.builtin.Type;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Static types of constant values and whether a declared builtin argument type accepts them. */
final class Types {
    private Types() {
    }

    /** OPA's static type of a constant (e.g. {@code array<number, string>}, {@code set[number]}). */
    static Type of(Value v) {
        return switch (v) {
            case NullValue n -> Type.NULL;
            case BooleanValue b -> Type.BOOLEAN;
            case NumberValue n -> Type.NUMBER;
            case StringValue s -> Type.STRING;
            case ArrayValue a -> {
                List<Type> ts = new ArrayList<>();
                for (Value e : a.asList()) {
                    ts.add(of(e));
                }
                yield new Type.Array(ts, null);
            }
            case ObjectValue o -> {
                List<Type.Property> ps = new ArrayList<>();
                for (Value k : o.sortedKeys()) {
                    ps.add(new Type.Property(k instanceof StringValue s ? s.value() : k.toString(), of(o.get(k))));
                }
                yield new Type.Object(ps, null, null);
            }
            case SetValue s -> {
                LinkedHashSet<Type> ts = new LinkedHashSet<>();
                for (Value e : s.sorted()) {
                    ts.add(of(e));
                }
                yield new Type.Set(ts.isEmpty() ? Type.ANY : ts.size() == 1 ? ts.iterator().next()
                    : new Type.Any(List.copyOf(ts)));
            }
        };
    }

    /** Whether a value fits a declared type. */
    static boolean accepts(Type want, Value v) {
        return switch (want) {
            case Type.Any a -> {
                if (a.of().isEmpty()) {
                    yield true;
                }
                for (Type t : a.of()) {
                    if (accepts(t, v)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Type.Null n -> v instanceof NullValue;
            case Type.Boolean b -> v instanceof BooleanValue;
            case Type.Number n -> v instanceof NumberValue;
            case Type.Str s -> v instanceof StringValue;
            case Type.Array a -> {
                if (!(v instanceof ArrayValue av)) {
                    yield false;
                }
                for (int i = 0; i < av.size(); i++) {
                    Type et = i < a.statics().size() ? a.statics().get(i) : a.dynamic();
                    if (et == null || !accepts(et, av.get(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Set s -> {
                if (!(v instanceof SetValue sv)) {
                    yield false;
                }
                for (Value e : sv.asSet()) {
                    if (!accepts(s.of(), e)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Object o -> {
                if (!(v instanceof ObjectValue ov)) {
                    yield false;
                }
                if (o.dynKey() == null) {
                    yield true;
                }
                for (Map.Entry<Value, Value> e : ov.asMap().entrySet()) {
                    if (!accepts(o.dynKey(), e.getKey()) || !accepts(o.dynValue(), e.getValue())) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Function f -> false;
        };
    }
}
