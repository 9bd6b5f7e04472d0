package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.builtin.BuiltinEntry;
import dev.gatehouse.rego.builtin.BuiltinException;
import dev.gatehouse.rego.compile.CRule;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;

/**
 * Function calls: user functions (rules with arguments), builtins from the registry, the comparison and membership
 * operators the evaluator handles itself, and {@code with} mocks. A call with one argument more than the function
 * declares unifies the extra argument with the result.
 */
final class Calls {
    private Calls() {
    }

    static boolean call(Evaluator ev, Term.Call c, Evaluator.VK k) {
        return call(ev, c, c.name(), k, 0);
    }

    private static boolean call(Evaluator ev, Term.Call c, String name, Evaluator.VK k, int depth) {
        EvalContext ctx = ev.ctx;
        if (!ctx.mocks.isEmpty() && depth < 8) {
            Object mock = ctx.mocks.get(name);
            if (mock instanceof String other) {
                Map<String, Object> saved = ctx.mocks;
                Map<String, Object> reduced = new HashMap<>(saved);
                reduced.remove(name);
                ctx.mocks = reduced;
                try {
                    return call(ev, c, other, v -> {
                        ctx.mocks = saved;
                        try {
                            return k.accept(v);
                        } finally {
                            ctx.mocks = reduced;
                        }
                    }, depth + 1);
                } finally {
                    ctx.mocks = saved;
                }
            }
            if (mock instanceof Value v) {
                int ar = arity(ctx, name);
                if (ar >= 0 && c.args().size() == ar + 1) {
                    Value[] buf = new Value[ar];
                    return ev.items(c.args().subList(0, ar), buf, 0,
                        () -> ev.unifyValue(c.args().get(ar), v, () -> k.accept(BooleanValue.TRUE)));
                }
                Value[] buf = new Value[c.args().size()];
                return ev.items(c.args(), buf, 0, () -> k.accept(v));
            }
        }
        if (name.startsWith("data.")) {
            RuleTree.Node node = ctx.tree.find(path(name));
            if (node == null || node.kind() != CRule.Kind.FUNCTION) {
                return false;
            }
            int ar = arity(ctx, name);
            int n = Math.min(ar, c.args().size());
            Value[] buf = new Value[n];
            return ev.items(c.args().subList(0, n), buf, 0, () -> {
                Value r = ev.docs.function(node, Arrays.asList(buf.clone()), c.loc());
                if (r == null) {
                    return false;
                }
                if (c.args().size() > n) {
                    return ev.unifyValue(c.args().get(n), r, () -> k.accept(BooleanValue.TRUE));
                }
                return k.accept(r);
            });
        }
        return builtin(ev, c, name, k);
    }

    static List<Value> path(String dotted) {
        String[] parts = dotted.split("\\.");
        List<Value> out = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            out.add(StringValue.of(parts[i]));
        }
        return out;
    }

    static int arity(EvalContext ctx, String name) {
        if (name.startsWith("data.")) {
            RuleTree.Node node = ctx.tree.find(path(name));
            if (node == null) {
                return -1;
            }
            CRule r = node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0);
            return r == null || r.args() == null ? -1 : r.args().size();
        }
        int core = coreArity(name);
        if (core >= 0) {
            return core;
        }
        BuiltinEntry e = ctx.builtins.lookup(name);
        return e == null ? -1 : e.decl().args().size();
    }

    private static int coreArity(String name) {
        return switch (name) {
            case "equal", "neq", "lt", "gt", "lte", "gte", "internal.member_2" -> 2;
            case "internal.member_3" -> 3;
            default -> -1;
        };
    }

    private static boolean builtin(Evaluator ev, Term.Call c, String name, Evaluator.VK k) {
        EvalContext ctx = ev.ctx;
        int core = coreArity(name);
        BuiltinEntry entry = core >= 0 ? null : ctx.builtins.lookup(name);
        if (core < 0 && entry == null) {
            throw new RegoException(RegoError.at("rego_type_error", c.loc(), "undefined function " + name));
        }
        int ar = core >= 0 ? core : entry.decl().args().size();
        boolean variadic = entry != null && entry.decl().variadic() != null;
        int n = variadic ? c.args().size() : Math.min(ar, c.args().size());
        boolean output = !variadic && c.args().size() == ar + 1;
        Value[] buf = new Value[n];
        return ev.items(c.args().subList(0, n), buf, 0, () -> {
            if (entry != null && entry.relation() != null) {
                boolean[] stop = {false};
                try {
                    entry.relation().call(List.of(buf.clone()), ctx.builtinCtx, v -> {
                        stop[0] = output ? ev.unifyValue(c.args().get(n), v, () -> k.accept(BooleanValue.TRUE))
                            : k.accept(v);
                        return !stop[0];
                    });
                } catch (BuiltinException e) {
                    return fail(ctx, c, e);
                }
                return stop[0];
            }
            Value r;
            if (core >= 0) {
                r = core(name, buf);
            } else {
                if (entry.function() == null) {
                    if (name.equals("print")) {
                        r = BooleanValue.TRUE;
                    } else {
                        return fail(ctx, c, BuiltinException.builtinError(name + ": not implemented"));
                    }
                } else {
                    try {
                        r = entry.function().call(List.of(buf.clone()), ctx.builtinCtx);
                    } catch (BuiltinException e) {
                        return fail(ctx, c, e);
                    }
                }
            }
            if (r == null) {
                return false;
            }
            if (output) {
                return ev.unifyValue(c.args().get(n), r, () -> k.accept(BooleanValue.TRUE));
            }
            return k.accept(r);
        });
    }

    private static boolean fail(EvalContext ctx, Term.Call c, BuiltinException e) {
        boolean builtinCode = BuiltinException.TYPE_ERROR.equals(e.code())
            || BuiltinException.BUILTIN_ERROR.equals(e.code());
        if (ctx.strict || !builtinCode) {
            throw new RegoException(RegoError.at(e.code(), c.loc(), e.getMessage()));
        }
        return false;
    }

    private static Value core(String name, Value[] a) {
        return switch (name) {
            case "equal" -> BooleanValue.of(a[0].equals(a[1]));
            case "neq" -> BooleanValue.of(!a[0].equals(a[1]));
            case "lt" -> BooleanValue.of(a[0].compareTo(a[1]) < 0);
            case "gt" -> BooleanValue.of(a[0].compareTo(a[1]) > 0);
            case "lte" -> BooleanValue.of(a[0].compareTo(a[1]) <= 0);
            case "gte" -> BooleanValue.of(a[0].compareTo(a[1]) >= 0);
            case "internal.member_2" -> BooleanValue.of(member(a[0], a[1]));
            case "internal.member_3" -> {
                Value v = Evaluator.index(a[2], a[0]);
                yield BooleanValue.of(v != null && v.equals(a[1]) && !(a[2] instanceof SetValue));
            }
            default -> null;
        };
    }

    private static boolean member(Value x, Value coll) {
        return switch (coll) {
            case ArrayValue arr -> arr.asList().contains(x);
            case SetValue s -> s.contains(x);
            case ObjectValue o -> o.asMap().containsValue(x);
            default -> false;
        };
    }
}
