package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.List;

/** Aggregates ({@code count sum product max min sort all any}) and array builtins. */
final class AggregateBuiltins {
    private AggregateBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("count", (a, c) -> switch (a.get(0)) {
            case ArrayValue x -> NumberValue.of(x.size());
            case ObjectValue x -> NumberValue.of(x.size());
            case SetValue x -> NumberValue.of(x.size());
            case StringValue x -> NumberValue.of(x.length());
            default -> throw Args.typeError("count", 0, a.get(0), "array", "object", "set", "string");
        });
        b.function("sum", (a, c) -> {
            NumberValue r = NumberValue.ZERO;
            for (Value v : numbers("sum", a.get(0))) {
                r = Num.add(r, (NumberValue) v);
            }
            return r;
        });
        b.function("product", (a, c) -> {
            NumberValue r = NumberValue.ONE;
            for (Value v : numbers("product", a.get(0))) {
                r = Num.mul(r, (NumberValue) v);
            }
            return r;
        });
        b.function("max", (a, c) -> extreme("max", a.get(0), 1));
        b.function("min", (a, c) -> extreme("min", a.get(0), -1));
        b.function("sort", (a, c) -> switch (a.get(0)) {
            case ArrayValue x -> {
                Value[] s = x.toArray();
                java.util.Arrays.sort(s);
                yield ArrayValue.of(s);
            }
            case SetValue x -> ArrayValue.of(x.sorted().clone());
            default -> throw Args.typeError("sort", 0, a.get(0), "array", "set");
        });
        b.function("all", (a, c) -> {
            List<Value> xs = collection("all", a.get(0));
            for (Value v : xs) {
                if (!BooleanValue.TRUE.equals(v)) {
                    return BooleanValue.FALSE;
                }
            }
            return BooleanValue.TRUE;
        });
        b.function("any", (a, c) -> BooleanValue.of(collection("any", a.get(0)).contains(BooleanValue.TRUE)));
        b.function("array.concat", (a, c) -> {
            ArrayValue x = Args.array("array.concat", a, 0);
            ArrayValue y = Args.array("array.concat", a, 1);
            Value[] r = new Value[x.size() + y.size()];
            for (int i = 0; i < x.size(); i++) {
                r[i] = x.get(i);
            }
            for (int i = 0; i < y.size(); i++) {
                r[x.size() + i] = y.get(i);
            }
            return ArrayValue.of(r);
        });
        b.function("array.slice", (a, c) -> {
            ArrayValue x = Args.array("array.slice", a, 0);
            NumberValue from = Args.number("array.slice", a, 1);
            NumberValue to = Args.number("array.slice", a, 2);
            NumberBuiltins.checkInt("array.slice", from, 1);
            NumberBuiltins.checkInt("array.slice", to, 2);
            long f = Math.max(0, clamp(from));
            long t = Math.min(x.size(), clamp(to));
            if (f >= t) {
                return ArrayValue.EMPTY;
            }
            return x.slice((int) f, (int) t);
        });
        b.function("array.reverse", (a, c) -> {
            ArrayValue x = Args.array("array.reverse", a, 0);
            Value[] r = new Value[x.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.get(r.length - 1 - i);
            }
            return ArrayValue.of(r);
        });
        b.function("array.flatten", (a, c) -> {
            ArrayValue x = Args.array("array.flatten", a, 0);
            java.util.ArrayList<Value> out = new java.util.ArrayList<>();
            for (Value v : x.asList()) {
                if (v instanceof ArrayValue inner) {
                    out.addAll(inner.asList());
                } else {
                    out.add(v);
                }
            }
            return ArrayValue.copyOf(out);
        });
    }

    private static long clamp(NumberValue n) {
        if (n.isLong()) {
            return n.longValue();
        }
        return n.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    private static List<Value> collection(String name, Value v) throws BuiltinException {
        List<Value> xs = Args.collection(v);
        if (xs == null) {
            throw Args.typeError(name, 0, v, "array", "set");
        }
        return xs;
    }

    private static List<Value> numbers(String name, Value v) throws BuiltinException {
        List<Value> xs = Args.collection(v);
        if (xs == null) {
            throw Args.typeError(name, 0, v, "set", "array");
        }
        for (Value x : xs) {
            if (!(x instanceof NumberValue)) {
                throw BuiltinException.typeError(name + ": operand 1 must be " + v.typeName()
                        + " of numbers but got " + v.typeName() + " containing " + x.typeName());
            }
        }
        return xs;
    }

    private static Value extreme(String name, Value v, int sign) throws BuiltinException {
        List<Value> xs = Args.collection(v);
        if (xs == null) {
            throw Args.typeError(name, 0, v, "set", "array");
        }
        Value best = null;
        for (Value x : xs) {
            if (best == null || Integer.signum(x.compareTo(best)) == sign) {
                best = x;
            }
        }
        return best;
    }
}
