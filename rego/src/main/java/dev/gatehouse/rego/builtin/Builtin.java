package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.Value;
import java.util.List;

/**
 * A builtin function's implementation. Arguments arrive fully evaluated (ground values).
 * Returns the result, or {@code null} when the result is undefined (e.g. {@code object.get} never
 * is, but {@code to_number} of some inputs or a failed {@code json.unmarshal} in non-strict mode
 * is expressed via exceptions instead). Throws {@link BuiltinException} with OPA's code and message.
 */
@FunctionalInterface
public interface Builtin {
    /** Calls the builtin; {@code null} means undefined. */
    Value call(List<Value> args, BuiltinContext ctx) throws BuiltinException;
}
