package dev.gatehouse.rego;

import dev.gatehouse.rego.value.Value;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Options of one evaluation. {@code input} null means no input (refs to {@code input} are undefined);
 * {@code data} null means an empty base document; {@code maxSteps} 0 and {@code timeout} null mean no limit.
 *
 * @param input     the input document
 * @param data      the base data document
 * @param strict    raise builtin errors instead of treating the expression as undefined
 * @param maxSteps  budget of evaluation steps (literals evaluated), 0 for none
 * @param timeout   wall-clock limit, or null
 * @param cancelled polled during evaluation; true aborts with {@code eval_cancel_error}; may be null
 * @param trace     collect a trace of evaluated literals
 * @param print     receives the lines of {@code print(...)} calls; null discards them
 */
public record EvalOptions(Value input, Value data, boolean strict, long maxSteps, Duration timeout,
                          BooleanSupplier cancelled, boolean trace, Consumer<String> print) {
    /** Options with only an input. */
    public static EvalOptions input(Value input) {
        return new EvalOptions(input, null, false, 0, null, null, false, null);
    }

    /** A copy with base data. */
    public EvalOptions withData(Value d) {
        return new EvalOptions(input, d, strict, maxSteps, timeout, cancelled, trace, print);
    }

    /** A copy with strict builtin errors on or off. */
    public EvalOptions withStrict(boolean s) {
        return new EvalOptions(input, data, s, maxSteps, timeout, cancelled, trace, print);
    }

    /** A copy with a step budget and deadline. */
    public EvalOptions withBudget(long steps, Duration t) {
        return new EvalOptions(input, data, strict, steps, t, cancelled, trace, print);
    }

    /** A copy with a cancellation hook. */
    public EvalOptions withCancel(BooleanSupplier c) {
        return new EvalOptions(input, data, strict, maxSteps, timeout, c, trace, print);
    }

    /** A copy sending {@code print(...)} output to {@code sink}. */
    public EvalOptions withPrint(Consumer<String> sink) {
        return new EvalOptions(input, data, strict, maxSteps, timeout, cancelled, trace, sink);
    }

    /** A copy with tracing on or off. */
    public EvalOptions withTrace(boolean t) {
        return new EvalOptions(input, data, strict, maxSteps, timeout, cancelled, t, print);
    }
}
