package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.Arrays;
import java.util.List;

/** Test helper: calls a standard builtin with JSON-written arguments. */
final class Call {
    private Call() {
    }

    static Value call(String name, Value... args) throws BuiltinException {
        BuiltinEntry e = Builtins.standard().lookup(name);
        if (e == null || e.function() == null) {
            throw new AssertionError("no implementation for " + name);
        }
        return e.function().call(Arrays.asList(args), new BuiltinContext(1_700_000_000_123_456_789L, () -> false));
    }

    /** Calls with arguments given as JSON texts. */
    static Value json(String name, String... jsonArgs) throws BuiltinException {
        return call(name, Arrays.stream(jsonArgs).map(Values::fromJson).toArray(Value[]::new));
    }

    /** The JSON of the result of {@link #json}. */
    static String j(String name, String... jsonArgs) throws BuiltinException {
        Value v = json(name, jsonArgs);
        return v == null ? "undefined" : Values.toJson(v);
    }

    static List<Value> list(Value... vs) {
        return List.of(vs);
    }
}
