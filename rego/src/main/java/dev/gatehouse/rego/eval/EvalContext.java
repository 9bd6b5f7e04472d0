package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Location;
import dev.gatehouse.rego.builtin.BuiltinContext;
import dev.gatehouse.rego.builtin.Builtins;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Mutable state of one query evaluation: input, base data, caches, {@code with} overrides and mocks, budget,
 * cancellation and trace. Created per evaluation; never shared between threads.
 */
final class EvalContext {
    final RuleTree tree;
    final Builtins builtins;
    final boolean strict;
    final BuiltinContext builtinCtx;
    final List<String> trace;
    private final long maxSteps;
    private final long deadlineNanos;
    private final BooleanSupplier cancelled;
    private long steps;

    Value input;
    Value data;
    /** Receives {@code print(...)} lines; may be null. */
    java.util.function.Consumer<String> print;
    /** Paths below {@code data} replaced by {@code with}; rule nodes under them are ignored. */
    List<List<Value>> masked = List.of();
    /** Function and builtin mocks by name: a {@link Value} or a {@link String} naming the replacement. */
    Map<String, Object> mocks = Map.of();
    Map<RuleTree.Node, Value[]> cache = new HashMap<>();
    final Set<RuleTree.Node> active = new HashSet<>();

    EvalContext(RuleTree tree, Builtins builtins, Value input, Value data, boolean strict, long maxSteps,
                long deadlineNanos, BooleanSupplier cancelled, List<String> trace, long nowNanos) {
        this.tree = tree;
        this.builtins = builtins;
        this.input = input;
        this.data = data;
        this.strict = strict;
        this.maxSteps = maxSteps;
        this.deadlineNanos = deadlineNanos;
        this.cancelled = cancelled;
        this.trace = trace;
        // builtins that loop (ranges, walks, regex over large inputs) poll this: cancellation or deadline
        this.builtinCtx = new BuiltinContext(nowNanos, () -> (cancelled != null && cancelled.getAsBoolean())
            || (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0));
    }

    /** Counts one step and enforces the budget, deadline and cancellation. */
    void step(Location loc) {
        steps++;
        if (maxSteps > 0 && steps > maxSteps) {
            throw new RegoException(RegoError.at("eval_cancel_error", loc, "evaluation budget of " + maxSteps
                + " steps exceeded"));
        }
        if ((steps & 255) == 0) {
            if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                throw new RegoException(RegoError.at("eval_cancel_error", loc, "evaluation deadline exceeded"));
            }
            if (cancelled != null && cancelled.getAsBoolean()) {
                throw new RegoException(RegoError.at("eval_cancel_error", loc, "caller cancelled query execution"));
            }
        }
    }

    private int depth;

    /** Whether the deadline has passed. */
    boolean pastDeadline() {
        return deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0;
    }

    void trace(String line) {
        if (trace != null) {
            trace.add("| ".repeat(depth) + line);
        }
    }

    void enter(String what) {
        trace("Enter " + what);
        depth++;
    }

    void exit(String what) {
        depth--;
        trace("Exit " + what);
    }
}
