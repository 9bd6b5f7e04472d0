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
        EvalContext ctx = ev.ctx;
        String name = c.name();
        if (name.startsWith("rego.metadata.") && c.args().isEmpty()) {
            Value[] meta = ev.rule == null ? null : ctx.tree.metadata(ev.rule);
            if (name.equals("rego.metadata.rule")) {
                return k.accept(meta == null ? ObjectValue.EMPTY : meta[0]);
            }
            if (name.equals("rego.metadata.chain")) {
                return k.accept(meta == null ? ArrayValue.EMPTY : meta[1]);
            }
        }
        if (name.equals("print")) {
            return print(ev, c, k);
        }
        if (name.equals("internal.or")) {
            for (Term a : c.args()) {
                if (a instanceof Term.ArrayCompr ac && ev.body(ac.body(), 0, () -> true)) {
                    return k.accept(BooleanValue.TRUE);
                }
            }
            return false;
        }
        Object mock = ctx.mocks.isEmpty() ? null : ctx.mocks.get(name);
        int ar = arity(ctx, name);
        if (ar < 0 && !name.startsWith("data.") && mock == null) {
            BuiltinEntry e = ctx.builtins.lookup(name);
            if (e == null) {
                throw new RegoException(RegoError.at("rego_type_error", c.loc(), "undefined function " + name));
            }
        }
        int n = ar >= 0 && c.args().size() > ar ? ar : c.args().size();
        boolean output = c.args().size() > n;
        Value[] buf = new Value[n];
        Evaluator.VK result = output
            ? r -> ev.unifyValue(c.args().get(n), r, () -> k.accept(BooleanValue.TRUE))
            : k;
        List<Term> args = c.args().subList(0, n);
        boolean anyVar = false;
        for (Term t : args) {
            anyVar |= t instanceof Term.Var;
        }
        if (!anyVar) {
            return ev.items(args, buf, 0, () -> invoke(ev, c, name, mock, buf.clone(), result));
        }
        // refs and calls first, so that iteration binds variables that plain-variable operands use
        int[] order = new int[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (!(args.get(i) instanceof Term.Var)) {
                order[j++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (args.get(i) instanceof Term.Var) {
                order[j++] = i;
            }
        }
        return ordered(ev, args, order, 0, buf, () -> invoke(ev, c, name, mock, buf.clone(), result));
    }

    private static boolean ordered(Evaluator ev, List<Term> args, int[] order, int i, Value[] buf, Evaluator.K k) {
        if (i == order.length) {
            return k.run();
        }
        return ev.term(args.get(order[i]), v -> {
            buf[order[i]] = v;
            return ordered(ev, args, order, i + 1, buf, k);
        });
    }

    private static boolean invoke(Evaluator ev, Term.Call c, String name, Object mock, Value[] args,
                                  Evaluator.VK k) {
        EvalContext ctx = ev.ctx;
        if (mock instanceof Value v) {
            return k.accept(v);
        }
        if (mock instanceof String other) {
            Map<String, Object> saved = ctx.mocks;
            Map<RuleTree.Node, Value[]> savedCache = ctx.cache;
            Map<String, Object> reduced = new HashMap<>();
            for (Map.Entry<String, Object> e : saved.entrySet()) {
                if (e.getKey().startsWith("data.") && !e.getKey().equals(name)) {
                    reduced.put(e.getKey(), e.getValue());
                }
            }
            Map<RuleTree.Node, Value[]> reducedCache = new HashMap<>();
            ctx.mocks = reduced;
            ctx.cache = reducedCache;
            try {
                Object next = reduced.get(other);
                return invoke(ev, c, other, next, args, v -> {
                    ctx.mocks = saved;
                    ctx.cache = savedCache;
                    try {
                        return k.accept(v);
                    } finally {
                        ctx.mocks = reduced;
                        ctx.cache = reducedCache;
                    }
                });
            } finally {
                ctx.mocks = saved;
                ctx.cache = savedCache;
            }
        }
        if (name.startsWith("data.")) {
            RuleTree.Node node = ctx.tree.find(path(name));
            if (node == null || node.kind() != CRule.Kind.FUNCTION) {
                return false;
            }
            Value r = ev.docs().function(node, Arrays.asList(args), c.loc());
            return r != null && k.accept(r);
        }
        if (name.equals("rego.parse_module") && args.length == 2) {
            return parseModule(ev, c, args, k);
        }
        return builtin(ev, c, name, args, k);
    }

    /**
     * {@code print(...)} never fails: each operand is evaluated to all its values ({@code <undefined>} when none)
     * and one line is printed per combination, strings unquoted, operands separated by a space.
     */
    private static boolean print(Evaluator ev, Term.Call c, Evaluator.VK k) {
        EvalContext ctx = ev.ctx;
        if (ctx.print != null || ctx.trace != null) {
            List<List<String>> operands = new ArrayList<>();
            for (Term a : c.args()) {
                List<String> vals = new ArrayList<>();
                ev.term(a, v -> {
                    vals.add(v instanceof StringValue s ? s.value() : v.toString());
                    return false;
                });
                operands.add(vals.isEmpty() ? List.of("<undefined>") : vals);
            }
            List<String> lines = new ArrayList<>();
            lines.add("");
            for (List<String> vals : operands) {
                List<String> next = new ArrayList<>();
                for (String prefix : lines) {
                    for (String v : vals) {
                        next.add(prefix.isEmpty() ? v : prefix + " " + v);
                    }
                }
                lines = next;
            }
            for (String line : lines) {
                String out = c.loc().file().isEmpty() ? line : c.loc().file() + ":" + c.loc().row() + ": " + line;
                if (ctx.print != null) {
                    ctx.print.accept(out);
                }
                ctx.trace("Print " + out);
            }
        }
        return k.accept(BooleanValue.TRUE);
    }

    private static boolean parseModule(Evaluator ev, Term.Call c, Value[] args, Evaluator.VK k) {
        if (!(args[0] instanceof StringValue file) || !(args[1] instanceof StringValue src)) {
            return fail(ev.ctx, c, BuiltinException.typeError("rego.parse_module: operand "
                + (args[0] instanceof StringValue ? 2 : 1) + " must be string but got "
                + (args[0] instanceof StringValue ? args[1] : args[0]).typeName()));
        }
        dev.gatehouse.rego.ast.Module m;
        try {
            m = dev.gatehouse.rego.parse.Parser.parseModule(file.value(), src.value());
        } catch (RegoException e) {
            return fail(ev.ctx, c, BuiltinException.builtinError("rego.parse_module: " + e.getMessage()));
        }
        return k.accept(dev.gatehouse.rego.ast.AstJson.module(m));
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
        return e == null || e.decl().variadic() != null ? -1 : e.decl().args().size();
    }

    private static int coreArity(String name) {
        return switch (name) {
            case "equal", "neq", "lt", "gt", "lte", "gte", "internal.member_2" -> 2;
            case "internal.member_3" -> 3;
            case "internal.template_string" -> 1;
            default -> -1;
        };
    }

    private static boolean builtin(Evaluator ev, Term.Call c, String name, Value[] buf, Evaluator.VK k) {
        EvalContext ctx = ev.ctx;
        int core = coreArity(name);
        if (core >= 0) {
            if (buf.length != core) {
                return false;
            }
            Value r = core(name, buf);
            return r != null && k.accept(r);
        }
        BuiltinEntry entry = ctx.builtins.lookup(name);
        if (entry == null) {
            throw new RegoException(RegoError.at("rego_type_error", c.loc(), "undefined function " + name));
        }
        if (entry.relation() != null) {
            boolean[] stop = {false};
            try {
                entry.relation().call(List.of(buf), ctx.builtinCtx, v -> {
                    stop[0] = k.accept(v);
                    return !stop[0];
                });
            } catch (BuiltinException e) {
                return fail(ctx, c, e);
            }
            return stop[0];
        }
        Value r;
        if (entry.function() == null) {
            if (!name.equals("print")) {
                return fail(ctx, c, BuiltinException.builtinError(name + ": not implemented"));
            }
            r = BooleanValue.TRUE;
        } else {
            try {
                r = entry.function().call(List.of(buf), ctx.builtinCtx);
            } catch (BuiltinException e) {
                return fail(ctx, c, e);
            }
        }
        return r != null && k.accept(r);
    }

    private static boolean fail(EvalContext ctx, Term.Call c, BuiltinException e) {
        boolean builtinCode = BuiltinException.TYPE_ERROR.equals(e.code())
            || BuiltinException.BUILTIN_ERROR.equals(e.code());
        if ("eval_cancel_error".equals(e.code()) && ctx.pastDeadline()) {
            throw new RegoException(RegoError.at(e.code(), c.loc(), "evaluation deadline exceeded"));
        }
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
            case "internal.template_string" -> template(a[0]);
            default -> null;
        };
    }

    private static Value template(Value parts) {
        StringBuilder sb = new StringBuilder();
        for (Value p : ((ArrayValue) parts).asList()) {
            if (p instanceof StringValue s) {
                sb.append(s.value());
            } else if (p instanceof ArrayValue a && a.size() > 0) {
                Value v = a.get(0);
                sb.append(v instanceof StringValue s ? s.value() : v.toString());
            } else {
                sb.append("<undefined>");
            }
        }
        return StringValue.of(sb.toString());
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
