package dev.gatehouse.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * A Rego value: immutable, comparable with OPA's total order
 * (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set) and with
 * {@code equals}/{@code hashCode} consistent with Rego equality (numbers compare numerically).
 * {@link #toString()} renders the value as OPA prints terms.
 */
public sealed interface Value extends Comparable<Value>
        permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

    /** Rank of this value's type in OPA's order; also a cheap type tag. */
    int typeRank();

    /** The type name as OPA's {@code type_name} reports it ("null", "boolean", "number", ...). */
    String typeName();

    @Override
    default int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }

    /** The null value. */
    static NullValue nullValue() {
        return NullValue.INSTANCE;
    }

    /** A boolean value. */
    static BooleanValue of(boolean b) {
        return BooleanValue.of(b);
    }

    /** A number value. */
    static NumberValue of(long n) {
        return NumberValue.of(n);
    }

    /** A number value. */
    static NumberValue of(BigInteger n) {
        return NumberValue.of(n);
    }

    /** A number value. */
    static NumberValue of(BigDecimal n) {
        return NumberValue.of(n);
    }

    /** A string value. */
    static StringValue of(String s) {
        return StringValue.of(s);
    }

    /** An array of the given elements (copied). */
    static ArrayValue array(Value... elems) {
        return ArrayValue.of(elems.clone());
    }

    /** A set of the given elements. */
    static SetValue set(Value... elems) {
        return SetValue.of(java.util.List.of(elems));
    }

    /** Converts plain Java data (null, Boolean, Number, String, Value, Collection, Map) to a value. */
    static Value from(Object o) {
        return switch (o) {
            case null -> NullValue.INSTANCE;
            case Value v -> v;
            case Boolean b -> BooleanValue.of(b);
            case Integer i -> NumberValue.of(i);
            case Long l -> NumberValue.of(l);
            case Short s -> NumberValue.of(s);
            case Byte b -> NumberValue.of(b);
            case BigInteger b -> NumberValue.of(b);
            case BigDecimal b -> NumberValue.of(b);
            case Double d -> NumberValue.of(new BigDecimal(Double.toString(d)));
            case Float f -> NumberValue.of(new BigDecimal(Float.toString(f)));
            case CharSequence s -> StringValue.of(s.toString());
            case java.util.Set<?> s -> SetValue.of(s.stream().map(Value::from).toList());
            case Collection<?> c -> ArrayValue.of(c.stream().map(Value::from).toArray(Value[]::new));
            case Map<?, ?> m -> {
                ObjectValue.Builder b = ObjectValue.builder();
                m.forEach((k, v) -> b.put(Value.from(k), Value.from(v)));
                yield b.build();
            }
            default -> throw new IllegalArgumentException("cannot convert " + o.getClass() + " to a Rego value");
        };
    }
}
