package dev.gatehouse.rego;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.builtin.Builtins;
import dev.gatehouse.rego.compile.BuiltinChecker;
import dev.gatehouse.rego.compile.Compiler;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.eval.QueryRunner;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled set of modules with an optional prepared query; {@link #compile} throws {@link CompileException},
 * {@link #eval} throws {@link EvalException}. Immutable and safe to share between threads: each
 * {@link #eval} builds its own evaluation state.
 */
public final class PreparedPolicy {
    private final RuleTree tree;
    private final Builtins builtins;
    private final List<Expr> query;
    private final List<String> queryVars;

    PreparedPolicy(RuleTree tree, Builtins builtins, List<Expr> query, List<String> queryVars) {
        this.tree = tree;
        this.builtins = builtins;
        this.query = query;
        this.queryVars = queryVars;
    }

    /** Compiles modules (name to source) and an optional query with the given builtins. */
    public static PreparedPolicy compile(Map<String, String> modules, String query, Builtins builtins) {
        try {
            Compiler.Output out = new Compiler(new BuiltinChecker(builtins)).compile(modules, query);
            return new PreparedPolicy(out.tree(), builtins, out.query(), out.queryVars());
        } catch (CompileException e) {
            throw e;
        } catch (RegoException e) {
            throw new CompileException(e.errors());
        } catch (StackOverflowError e) {
            throw new CompileException(List.of(new RegoError("rego_parse_error", "", 0, 0,
                "policy nesting too deep")));
        }
    }

    /** Compiles with the standard builtins. */
    public static PreparedPolicy compile(Map<String, String> modules, String query) {
        return compile(modules, query, Builtins.standard());
    }

    /** The same policy prepared for another query (compiled against this policy's rules). */
    public PreparedPolicy withQuery(String q) {
        try {
            Compiler.Output out = new Compiler(new BuiltinChecker(builtins)).compileModules(List.of(),
                dev.gatehouse.rego.parse.Parser.parseQuery(q));
            return new PreparedPolicy(tree, builtins, out.query(), out.queryVars());
        } catch (CompileException e) {
            throw e;
        } catch (RegoException e) {
            throw new CompileException(e.errors());
        }
    }

    /** The variables the prepared query reports. */
    public List<String> queryVars() {
        return queryVars;
    }

    /** Evaluates the prepared query. */
    public ResultSet eval(EvalOptions o) {
        if (query == null) {
            throw new IllegalStateException("no query prepared");
        }
        List<String> trace = o.trace() ? new ArrayList<>() : null;
        long deadline = o.timeout() == null ? 0 : System.nanoTime() + o.timeout().toNanos();
        if (deadline == 0 && o.timeout() != null) {
            deadline = 1;
        }
        QueryRunner.Params p = new QueryRunner.Params(o.input(), o.data() == null ? dev.gatehouse.rego.value.ObjectValue.EMPTY
            : o.data(), o.strict(), o.maxSteps(), deadline, o.cancelled(), trace, o.print());
        List<Map<String, Value>> rows;
        try {
            rows = QueryRunner.run(tree, builtins, query, queryVars, p);
        } catch (EvalException e) {
            throw e;
        } catch (RegoException e) {
            throw new EvalException(e.errors());
        } catch (StackOverflowError e) {
            throw new EvalException(List.of(new RegoError("eval_cancel_error", "", 0, 0,
                "evaluation exceeded the maximum nesting depth")));
        }
        return new ResultSet(List.copyOf(rows), trace == null ? List.of() : List.copyOf(trace));
    }

    /** Evaluates with an input value only. */
    public ResultSet eval(Value input) {
        return eval(EvalOptions.input(input));
    }

    /** Evaluates with JSON input and data (either may be null). */
    public ResultSet evalJson(String inputJson, String dataJson) {
        Value in = inputJson == null ? null : Values.fromJson(inputJson);
        Value d = dataJson == null ? null : Values.fromJson(dataJson);
        return eval(EvalOptions.input(in).withData(d));
    }
}
