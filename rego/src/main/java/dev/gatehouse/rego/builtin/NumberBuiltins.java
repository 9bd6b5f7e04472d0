package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Arithmetic, rounding, comparison and {@code numbers.range*} builtins. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("plus", (a, c) -> Num.add(Args.number("plus", a, 0), Args.number("plus", a, 1)));
        b.function("mul", (a, c) -> Num.mul(Args.number("mul", a, 0), Args.number("mul", a, 1)));
        b.function("minus", (a, c) -> minus(a));
        b.function("div", (a, c) -> {
            NumberValue x = Args.number("div", a, 0);
            NumberValue y = Args.number("div", a, 1);
            if (y.signum() == 0) {
                throw BuiltinException.builtinError("div: divide by zero");
            }
            return Num.div(x, y);
        });
        b.function("rem", (a, c) -> rem(a));
        b.function("abs", (a, c) -> Num.abs(Args.number("abs", a, 0)));
        b.function("round", (a, c) -> Num.round(Args.number("round", a, 0)));
        b.function("ceil", (a, c) -> Num.ceil(Args.number("ceil", a, 0)));
        b.function("floor", (a, c) -> Num.floor(Args.number("floor", a, 0)));
        b.function("equal", (a, c) -> BooleanValue.of(a.get(0).equals(a.get(1))));
        b.function("neq", (a, c) -> BooleanValue.of(!a.get(0).equals(a.get(1))));
        b.function("lt", (a, c) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) < 0));
        b.function("lte", (a, c) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) <= 0));
        b.function("gt", (a, c) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) > 0));
        b.function("gte", (a, c) -> BooleanValue.of(a.get(0).compareTo(a.get(1)) >= 0));
        b.function("numbers.range", (a, c) -> range("numbers.range", a, BigInteger.ONE, c));
        b.function("numbers.range_step", (a, c) -> {
            NumberValue step = Args.number("numbers.range_step", a, 2);
            if (!step.isInteger() || step.signum() <= 0) {
                throw BuiltinException.builtinError("numbers.range_step: step must be a positive integer");
            }
            return range("numbers.range_step", a, step.bigInteger(), c);
        });
    }

    private static Value minus(List<Value> a) throws BuiltinException {
        Value x = a.get(0);
        Value y = a.get(1);
        if (x instanceof NumberValue n) {
            if (y instanceof NumberValue m) {
                return Num.sub(n, m);
            }
            throw Args.typeError("minus", 1, y, "number");
        }
        if (x instanceof SetValue s) {
            if (y instanceof SetValue t) {
                return SetBuiltins.difference(s, t);
            }
            throw Args.typeError("minus", 1, y, "set");
        }
        throw Args.typeError("minus", 0, x, "number", "set");
    }

    private static Value rem(List<Value> a) throws BuiltinException {
        NumberValue x = Args.number("rem", a, 0);
        NumberValue y = Args.number("rem", a, 1);
        if (!x.isInteger() || !y.isInteger()) {
            throw BuiltinException.builtinError("rem: modulo on floating-point number");
        }
        if (y.signum() == 0) {
            throw BuiltinException.builtinError("rem: modulo by zero");
        }
        if (x.isLong() && y.isLong()) {
            long r = y.longValue() == -1 ? 0 : x.longValue() % y.longValue();
            return NumberValue.of(r);
        }
        return NumberValue.of(x.bigInteger().remainder(y.bigInteger()));
    }

    private static Value range(String name, List<Value> a, BigInteger step, BuiltinContext ctx)
            throws BuiltinException {
        NumberValue x = Args.number(name, a, 0);
        NumberValue y = Args.number(name, a, 1);
        checkInt(name, x, 0);
        checkInt(name, y, 1);
        List<Value> out = new ArrayList<>();
        if (x.isLong() && y.isLong() && step.bitLength() < 63) {
            long from = x.longValue();
            long to = y.longValue();
            long s = step.longValue();
            if (from <= to) {
                for (long i = from; i <= to; i += s) {
                    out.add(NumberValue.of(i));
                    if ((out.size() & 0xfff) == 0) {
                        ctx.checkCancelled();
                    }
                    if (i > Long.MAX_VALUE - s) {
                        break;
                    }
                }
            } else {
                for (long i = from; i >= to; i -= s) {
                    out.add(NumberValue.of(i));
                    if ((out.size() & 0xfff) == 0) {
                        ctx.checkCancelled();
                    }
                    if (i < Long.MIN_VALUE + s) {
                        break;
                    }
                }
            }
            return ArrayValue.copyOf(out);
        }
        BigInteger from = x.bigInteger();
        BigInteger to = y.bigInteger();
        boolean up = from.compareTo(to) <= 0;
        for (BigInteger i = from; up ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0;
             i = up ? i.add(step) : i.subtract(step)) {
            out.add(NumberValue.of(i));
            ctx.checkCancelled();
        }
        return ArrayValue.copyOf(out);
    }

    static void checkInt(String name, NumberValue n, int pos) throws BuiltinException {
        if (!n.isInteger()) {
            throw BuiltinException.typeError(name + ": operand " + (pos + 1)
                    + " must be integer number but got floating-point number");
        }
    }
}
