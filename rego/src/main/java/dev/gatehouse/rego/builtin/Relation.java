package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.Value;
import java.util.List;

/**
 * A builtin relation (OPA's {@code relation: true}, e.g. {@code walk}): instead of one result it
 * yields any number of outputs; the evaluator unifies the output operand with each in turn.
 */
@FunctionalInterface
public interface Relation {
    /** Receives the outputs of a relation; returning {@code false} stops the iteration early. */
    @FunctionalInterface
    interface Sink {
        /** Accepts one output; {@code false} asks the relation to stop. */
        boolean accept(Value output) throws BuiltinException;
    }

    /** Calls the relation, feeding each output to {@code sink}. */
    void call(List<Value> args, BuiltinContext ctx, Sink sink) throws BuiltinException;
}
