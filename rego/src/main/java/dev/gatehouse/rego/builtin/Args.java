package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.List;

/** Operand checks for builtins, raising OPA's exact {@code eval_type_error} messages. */
public final class Args {
    private Args() {
    }

    /** {@code name: operand N must be EXPECTED but got ACTUAL}. */
    public static BuiltinException typeError(String name, int pos, Value got, String... expected) {
        String exp = expected.length == 1 ? expected[0] : "one of {" + String.join(", ", expected) + "}";
        return BuiltinException.typeError(name + ": operand " + (pos + 1) + " must be " + exp + " but got "
                + got.typeName());
    }

    /** Argument {@code i} as a number. */
    public static NumberValue number(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof NumberValue n) {
            return n;
        }
        throw typeError(name, i, args.get(i), "number");
    }

    /** Argument {@code i} as a Java string. */
    public static String string(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof StringValue s) {
            return s.value();
        }
        throw typeError(name, i, args.get(i), "string");
    }

    /** Argument {@code i} as a boolean. */
    public static boolean bool(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof BooleanValue b) {
            return b.value();
        }
        throw typeError(name, i, args.get(i), "boolean");
    }

    /** Argument {@code i} as an array. */
    public static ArrayValue array(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof ArrayValue a) {
            return a;
        }
        throw typeError(name, i, args.get(i), "array");
    }

    /** Argument {@code i} as an object. */
    public static ObjectValue object(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof ObjectValue o) {
            return o;
        }
        throw typeError(name, i, args.get(i), "object");
    }

    /** Argument {@code i} as a set. */
    public static SetValue set(String name, List<Value> args, int i) throws BuiltinException {
        if (args.get(i) instanceof SetValue s) {
            return s;
        }
        throw typeError(name, i, args.get(i), "set");
    }

    /** Argument {@code i} as an int (integral number in int range); OPA's "operand N must be integer number". */
    public static int integer(String name, List<Value> args, int i) throws BuiltinException {
        NumberValue n = number(name, args, i);
        Integer v = n.intValueExact();
        if (v == null) {
            if (!n.isInteger()) {
                throw BuiltinException.typeError(name + ": operand " + (i + 1)
                        + " must be integer number but got floating-point number");
            }
            throw BuiltinException.typeError(name + ": operand " + (i + 1) + " must be integer number but got number");
        }
        return v;
    }

    /** The elements of a set or array argument (sets in sorted order). */
    public static List<Value> collection(Value v) {
        return switch (v) {
            case ArrayValue a -> a.asList();
            case SetValue s -> List.of(s.sorted());
            default -> null;
        };
    }

    /** A string value. */
    public static StringValue str(String s) {
        return StringValue.of(s);
    }
}
