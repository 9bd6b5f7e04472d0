package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.compile.CRule;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code with} modifiers: replaces {@code input}, parts of {@code data} (base or virtual), functions and builtins
 * for the duration of one literal. The continuation after the literal runs with the outer state restored.
 */
final class Withs {
    private Withs() {
    }

    private record State(Value input, Value data, List<List<Value>> masked, Map<String, Object> mocks,
                         Map<RuleTree.Node, Value[]> cache) {
        static State of(EvalContext c) {
            return new State(c.input, c.data, c.masked, c.mocks, c.cache);
        }

        void apply(EvalContext c) {
            c.input = input;
            c.data = data;
            c.masked = masked;
            c.mocks = mocks;
            c.cache = cache;
        }
    }

    static boolean eval(Evaluator ev, Expr e, Evaluator.K k) {
        return values(ev, e, 0, new Value[e.withs().size()], k);
    }

    private static boolean values(Evaluator ev, Expr e, int i, Value[] vals, Evaluator.K k) {
        if (i < vals.length) {
            Expr.With w = e.withs().get(i);
            String fn = functionName(ev, w.value());
            if (fn != null) {
                vals[i] = null;
                return values(ev, e, i + 1, vals, k);
            }
            return ev.term(w.value(), v -> {
                vals[i] = v;
                return values(ev, e, i + 1, vals, k);
            });
        }
        EvalContext ctx = ev.ctx;
        State outer = State.of(ctx);
        Value input = ctx.input;
        Value data = ctx.data;
        List<List<Value>> masked = new ArrayList<>(ctx.masked);
        Map<String, Object> mocks = new HashMap<>(ctx.mocks);
        for (int j = 0; j < vals.length; j++) {
            Expr.With w = e.withs().get(j);
            Object replacement = vals[j] != null ? vals[j] : functionName(ev, w.value());
            Term t = w.target();
            String head = t instanceof Term.Var v ? v.name()
                : t instanceof Term.Ref r && r.head() instanceof Term.Var v ? v.name() : null;
            List<Value> path = constPath(t);
            if ("input".equals(head) && path != null) {
                input = upsert(input, path, 0, (Value) replacement);
            } else if ("data".equals(head) && path != null) {
                RuleTree.Node node = ctx.tree.find(path);
                if (node != null && node.kind() == CRule.Kind.FUNCTION) {
                    mocks.put(dotted(t), replacement);
                } else {
                    data = upsert(data, path, 0, (Value) replacement);
                    masked.add(path);
                }
            } else {
                mocks.put(dotted(t), replacement);
            }
        }
        State inner = new State(input, data, List.copyOf(masked), mocks, new HashMap<>());
        inner.apply(ctx);
        try {
            return ev.exprNoWith(e, () -> {
                State cur = State.of(ctx);
                outer.apply(ctx);
                try {
                    return k.run();
                } finally {
                    cur.apply(ctx);
                }
            });
        } finally {
            outer.apply(ctx);
        }
    }

    /** The name of a function or builtin when the term names one, else null. */
    private static String functionName(Evaluator ev, Term t) {
        String name = dotted(t);
        if (name == null) {
            return null;
        }
        if (t instanceof Term.Var v && ev.binding(v.name()) != null) {
            return null;
        }
        if (name.startsWith("data.")) {
            RuleTree.Node node = ev.ctx.tree.find(Calls.path(name));
            return node != null && node.kind() == CRule.Kind.FUNCTION ? name : null;
        }
        return ev.ctx.builtins.lookup(name) != null ? name : null;
    }

    static String dotted(Term t) {
        if (t instanceof Term.Var v) {
            return v.name();
        }
        if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
            StringBuilder sb = new StringBuilder(v.name());
            for (Term p : r.path()) {
                if (!(p instanceof Term.Const c) || !(c.value() instanceof StringValue s)) {
                    return null;
                }
                sb.append('.').append(s.value());
            }
            return sb.toString();
        }
        return null;
    }

    private static List<Value> constPath(Term t) {
        if (t instanceof Term.Var) {
            return List.of();
        }
        if (t instanceof Term.Ref r) {
            List<Value> out = new ArrayList<>();
            for (Term p : r.path()) {
                if (!(p instanceof Term.Const c)) {
                    return null;
                }
                out.add(c.value());
            }
            return out;
        }
        return null;
    }

    static Value upsert(Value base, List<Value> path, int i, Value v) {
        if (i == path.size()) {
            return v;
        }
        ObjectValue o = base instanceof ObjectValue ob ? ob : ObjectValue.EMPTY;
        Value child = o.get(path.get(i));
        return o.with(path.get(i), upsert(child, path, i + 1, v));
    }
}
