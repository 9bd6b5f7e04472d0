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
import java.util.List;
import java.util.Map;

/** Whether a declared builtin argument type accepts a constant value (static types: {@link dev.gatehouse.rego.builtin.Types#of}). */
final class Types {
    private Types() {
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
