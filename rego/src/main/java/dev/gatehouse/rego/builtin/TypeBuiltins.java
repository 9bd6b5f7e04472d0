package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;

/** Type tests ({@code is_*}, {@code type_name}), casts ({@code to_number}, {@code cast_*}) and {@code bits.*}. */
final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("is_number", (a, c) -> BooleanValue.of(a.get(0) instanceof NumberValue));
        b.function("is_string", (a, c) -> BooleanValue.of(a.get(0) instanceof StringValue));
        b.function("is_boolean", (a, c) -> BooleanValue.of(a.get(0) instanceof BooleanValue));
        b.function("is_array", (a, c) -> BooleanValue.of(a.get(0) instanceof ArrayValue));
        b.function("is_set", (a, c) -> BooleanValue.of(a.get(0) instanceof SetValue));
        b.function("is_object", (a, c) -> BooleanValue.of(a.get(0) instanceof ObjectValue));
        b.function("is_null", (a, c) -> BooleanValue.of(a.get(0) instanceof NullValue));
        b.function("type_name", (a, c) -> StringValue.of(a.get(0).typeName()));
        b.function("to_number", (a, c) -> toNumber(a.get(0)));
        b.function("cast_array", (a, c) -> switch (a.get(0)) {
            case ArrayValue x -> x;
            case SetValue s -> ArrayValue.of(s.sorted().clone());
            default -> throw Args.typeError("cast_array", 0, a.get(0), "array", "set");
        });
        b.function("cast_set", (a, c) -> switch (a.get(0)) {
            case ArrayValue x -> SetValue.of(x.asList());
            case SetValue s -> s;
            default -> throw Args.typeError("cast_set", 0, a.get(0), "array", "set");
        });
        b.function("cast_string", (a, c) -> StringValue.of(Args.string("cast_string", a, 0)));
        b.function("cast_boolean", (a, c) -> BooleanValue.of(Args.bool("cast_boolean", a, 0)));
        b.function("cast_null", (a, c) -> {
            if (!(a.get(0) instanceof NullValue)) {
                throw Args.typeError("cast_null", 0, a.get(0), "null");
            }
            return a.get(0);
        });
        b.function("cast_object", (a, c) -> Args.object("cast_object", a, 0));
        bitwise(b, "bits.and", BigInteger::and);
        bitwise(b, "bits.or", BigInteger::or);
        bitwise(b, "bits.xor", BigInteger::xor);
        b.function("bits.negate", (a, c) -> NumberValue.of(integer("bits.negate", a, 0).not()));
        b.function("bits.lsh", (a, c) -> NumberValue.of(integer("bits.lsh", a, 0).shiftLeft(shift("bits.lsh", a))));
        b.function("bits.rsh", (a, c) -> NumberValue.of(integer("bits.rsh", a, 0).shiftRight(shift("bits.rsh", a))));
    }

    private static void bitwise(Builtins.Builder b, String name, BinaryOperator<BigInteger> op) {
        b.function(name, (a, c) -> NumberValue.of(op.apply(integer(name, a, 0), integer(name, a, 1))));
    }

    private static BigInteger integer(String name, List<Value> a, int i) throws BuiltinException {
        NumberValue n = Args.number(name, a, i);
        NumberBuiltins.checkInt(name, n, i);
        return n.bigInteger();
    }

    private static int shift(String name, List<Value> a) throws BuiltinException {
        BigInteger s = integer(name, a, 1);
        if (s.signum() < 0) {
            throw BuiltinException.typeError(name
                    + ": operand 2 must be an unsigned integer number but got a negative integer");
        }
        return s.bitLength() > 31 ? Integer.MAX_VALUE : s.intValue();
    }

    static Value toNumber(Value v) throws BuiltinException {
        return switch (v) {
            case NullValue n -> NumberValue.ZERO;
            case BooleanValue bo -> bo.value() ? NumberValue.ONE : NumberValue.ZERO;
            case NumberValue n -> n;
            case StringValue s -> parseNumber(s.value());
            default -> throw Args.typeError("to_number", 0, v, "null", "boolean", "number", "string");
        };
    }

    private static Value parseNumber(String s) throws BuiltinException {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (u.equals("inf") || u.equals("infinity") || u.equals("nan")) {
            throw BuiltinException.typeError("to_number: operand 1 must be a finite number but got " + s);
        }
        try {
            return NumberValue.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
        } catch (NumberFormatException e) {
            if (u.startsWith("0x") && !u.contains("_")) {
                try {
                    String hex = t.contains("p") ? s : s + "p0";
                    return NumberValue.of(Double.parseDouble(hex));
                } catch (NumberFormatException ignored) {
                    // fall through
                }
            }
            throw BuiltinException.builtinError("to_number: strconv.ParseFloat: parsing "
                    + dev.gatehouse.rego.value.Values.quoteGo(s) + ": invalid syntax");
        }
    }
}
