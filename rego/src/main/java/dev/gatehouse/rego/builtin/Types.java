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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Operations on {@link Type}s as OPA's type checker needs them: the type of a constant and compatibility. */
public final class Types {
    private Types() {
    }

    /** The static type of a ground value (OPA's {@code TypeOf}). */
    public static Type of(Value v) {
        return switch (v) {
            case NullValue n -> Type.NULL;
            case BooleanValue b -> Type.BOOLEAN;
            case NumberValue n -> Type.NUMBER;
            case StringValue s -> Type.STRING;
            case ArrayValue a -> {
                List<Type> ts = new ArrayList<>(a.size());
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
                Set<Type> ts = new LinkedHashSet<>();
                for (Value e : s.sorted()) {
                    ts.add(of(e));
                }
                yield new Type.Set(ts.isEmpty() ? Type.ANY : ts.size() == 1 ? ts.iterator().next()
                        : new Type.Any(List.copyOf(ts)));
            }
        };
    }

    /**
     * True when a value of type {@code actual} may be passed where {@code expected} is declared: the
     * types overlap ({@code any} overlaps everything; unions overlap if one member does; composites
     * compare element-wise). This is OPA's argument unification, used for {@code rego_type_error}.
     */
    public static boolean compatible(Type expected, Type actual) {
        if (expected instanceof Type.Any a) {
            return a.of().isEmpty() || a.of().stream().anyMatch(t -> compatible(t, actual));
        }
        if (actual instanceof Type.Any a) {
            return a.of().isEmpty() || a.of().stream().anyMatch(t -> compatible(expected, t));
        }
        return switch (expected) {
            case Type.Null x -> actual instanceof Type.Null;
            case Type.Boolean x -> actual instanceof Type.Boolean;
            case Type.Number x -> actual instanceof Type.Number;
            case Type.Str x -> actual instanceof Type.Str;
            case Type.Array x -> actual instanceof Type.Array y && arrays(x, y);
            case Type.Set x -> actual instanceof Type.Set y && compatible(x.of(), y.of());
            case Type.Object x -> actual instanceof Type.Object y && objects(x, y);
            case Type.Function x -> actual instanceof Type.Function;
            case Type.Any x -> true;
        };
    }

    private static Type elem(Type.Array a, int i) {
        return i < a.statics().size() ? a.statics().get(i) : a.dynamic();
    }

    private static boolean arrays(Type.Array x, Type.Array y) {
        int n = Math.max(x.statics().size(), y.statics().size());
        for (int i = 0; i < n; i++) {
            Type ex = elem(x, i);
            Type ey = elem(y, i);
            if (ex == null || ey == null) {
                return false;
            }
            if (!compatible(ex, ey)) {
                return false;
            }
        }
        return x.dynamic() == null || y.dynamic() == null || compatible(x.dynamic(), y.dynamic());
    }

    private static boolean objects(Type.Object x, Type.Object y) {
        for (Type.Property p : y.statics()) {
            Type want = x.statics().stream().filter(q -> q.key().equals(p.key())).map(Type.Property::value)
                    .findFirst().orElse(x.dynValue());
            if (want == null || !compatible(want, p.value())) {
                return false;
            }
            if (x.dynKey() != null && x.statics().stream().noneMatch(q -> q.key().equals(p.key()))
                    && !compatible(x.dynKey(), Type.STRING)) {
                return false;
            }
        }
        return y.dynValue() == null || x.dynValue() == null || compatible(x.dynValue(), y.dynValue());
    }
}
