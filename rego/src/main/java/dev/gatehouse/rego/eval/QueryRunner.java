package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.builtin.Builtins;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Entry point of the evaluator: runs a compiled query against a rule tree and returns the distinct solutions.
 * Stateless; every call builds its own {@link EvalContext}.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /** Evaluation parameters (see {@code EvalOptions} in the API). */
    public record Params(Value input, Value data, boolean strict, long maxSteps, long deadlineNanos,
                         BooleanSupplier cancelled, List<String> trace, java.util.function.Consumer<String> print) { }

    /** Runs {@code query} and returns one map per distinct solution, restricted to {@code vars}. */
    public static List<Map<String, Value>> run(RuleTree tree, Builtins builtins, List<Expr> query,
                                               List<String> vars, Params p) {
        Instant now = Instant.now();
        EvalContext ctx = new EvalContext(tree, builtins, p.input(), p.data(), p.strict(), p.maxSteps(),
            p.deadlineNanos(), p.cancelled(), p.trace(), now.getEpochSecond() * 1_000_000_000L + now.getNano());
        ctx.print = p.print();
        Evaluator ev = new Evaluator(ctx);
        LinkedHashSet<Map<String, Value>> rows = new LinkedHashSet<>();
        ev.body(query, 0, () -> {
            Map<String, Value> row = new LinkedHashMap<>();
            for (String v : vars) {
                Value val = ev.binding(v);
                if (val != null) {
                    row.put(v, val);
                }
            }
            rows.add(java.util.Collections.unmodifiableMap(row));
            return false;
        });
        return new ArrayList<>(rows);
    }
}
