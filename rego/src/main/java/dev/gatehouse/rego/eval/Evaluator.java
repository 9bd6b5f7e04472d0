package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Top-down evaluation of bodies, literals and terms with backtracking. Continuations return {@code true} to stop
 * the enumeration early. One evaluator per rule body evaluation (its own {@link Bindings}); all share the
 * {@link EvalContext}.
 */
final class Evaluator {
    /** Body continuation. */
    interface K {
        boolean run();
    }

    /** Value continuation. */
    interface VK {
        boolean accept(Value v);
    }

    /** Key/value continuation for collection iteration. */
    interface KV {
        boolean accept(Value k, Value v);
    }

    final EvalContext ctx;
    /** The rule whose body this evaluator runs (null for the query), for {@code rego.metadata.*}. */
    dev.gatehouse.rego.compile.CRule rule;
    final Bindings b = new Bindings();
    private Docs docs;

    Evaluator(EvalContext ctx) {
        this.ctx = ctx;
    }

    /** The data-document walker bound to this evaluator's bindings (created on first use). */
    Docs docs() {
        if (docs == null) {
            docs = new Docs(this);
        }
        return docs;
    }

    Value binding(String name) {
        return b.get(name);
    }

    boolean body(List<Expr> body, int i, K k) {
        if (i == body.size()) {
            return k.run();
        }
        return expr(body.get(i), () -> body(body, i + 1, k));
    }

    boolean expr(Expr e, K k) {
        ctx.step(e.loc());
        if (ctx.trace != null) {
            return traced(e, k);
        }
        if (!e.withs().isEmpty()) {
            return Withs.eval(this, e, k);
        }
        return exprNoWith(e, k);
    }

    private boolean traced(Expr e, K k) {
        String src = dev.gatehouse.rego.ast.Source.of(e);
        ctx.trace("Eval " + src + "  (" + e.loc() + ")");
        boolean[] hit = {false};
        K counted = () -> {
            hit[0] = true;
            return k.run();
        };
        boolean r = e.withs().isEmpty() ? exprNoWith(e, counted) : Withs.eval(this, e, counted);
        if (!hit[0]) {
            ctx.trace("Fail " + src + "  (" + e.loc() + ")");
        }
        return r;
    }

    boolean exprNoWith(Expr e, K k) {
        if (e.negated()) {
            int m = b.mark();
            boolean found = kind(e.kind(), () -> true);
            b.undo(m);
            return !found && k.run();
        }
        return kind(e.kind(), k);
    }

    private boolean kind(Expr.Kind kind, K k) {
        return switch (kind) {
            case Expr.TermKind tk -> term(tk.term(), v -> !BooleanValue.FALSE.equals(v) && k.run());
            case Expr.Unify u -> unify(u.left(), u.right(), k);
            case Expr.Assign a -> unify(a.left(), a.right(), k);
            case Expr.SomeDecl sd -> k.run();
            case Expr.SomeIn si -> term(si.collection(), c -> iterate(c, (kv, vv) ->
                unifyValue(si.key(), kv, () -> unifyValue(si.value(), vv, k))));
            case Expr.Every ev -> term(ev.domain(), d -> {
                if (!(d instanceof ArrayValue || d instanceof ObjectValue || d instanceof SetValue)) {
                    return false;
                }
                boolean failed = iterate(d, (kv, vv) -> {
                    int m = b.mark();
                    boolean ok = unifyValue(ev.key(), kv, () -> unifyValue(ev.value(), vv,
                        () -> body(ev.body(), 0, () -> true)));
                    b.undo(m);
                    return !ok;
                });
                return !failed && k.run();
            });
        };
    }

    // ---- unification -------------------------------------------------------------------------------------------

    boolean unify(Term a, Term c, K k) {
        if (a instanceof Term.Arr x && c instanceof Term.Arr y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            return unifyLists(x.items(), y.items(), 0, k);
        }
        if (a instanceof Term.Obj x && c instanceof Term.Obj y && x.keys().size() == y.keys().size()) {
            List<Term> ys = matchKeys(x, y);
            if (ys != null) {
                return unifyLists(x.values(), ys, 0, k);
            }
        }
        boolean pa = isPattern(a);
        boolean pc = isPattern(c);
        if (pa && !pc) {
            return term(c, v -> unifyValue(a, v, k));
        }
        if (pc && !pa) {
            return term(a, v -> unifyValue(c, v, k));
        }
        if (pa) {
            if (a instanceof Term.Var va && c instanceof Term.Var vc) {
                throw new RegoException(RegoError.at("rego_unsafe_var_error", a.loc(), "var " + va.name()
                    + " is unsafe"));
            }
            if (a instanceof Term.Arr && c instanceof Term.Const cc) {
                return unifyValue(a, cc.value(), k);
            }
            return term(c, v -> unifyValue(a, v, k));
        }
        return term(a, va -> term(c, vc -> va.equals(vc) && k.run()));
    }

    /** Values of {@code y} in the key order of {@code x} when both have the same constant keys, else null. */
    private static List<Term> matchKeys(Term.Obj x, Term.Obj y) {
        List<Term> out = new ArrayList<>();
        for (Term kx : x.keys()) {
            if (!(kx instanceof Term.Const cx)) {
                return null;
            }
            Term found = null;
            for (int j = 0; j < y.keys().size(); j++) {
                if (y.keys().get(j) instanceof Term.Const cy && cy.value().equals(cx.value())) {
                    found = y.values().get(j);
                }
            }
            if (found == null) {
                return null;
            }
            out.add(found);
        }
        return out;
    }

    private boolean unifyLists(List<Term> xs, List<Term> ys, int i, K k) {
        if (i == xs.size()) {
            return k.run();
        }
        return unify(xs.get(i), ys.get(i), () -> unifyLists(xs, ys, i + 1, k));
    }

    /** Whether a term has an unbound variable in a pattern position. */
    boolean isPattern(Term t) {
        return switch (t) {
            case Term.Var v -> b.get(v.name()) == null && !v.name().equals("input") && !v.name().equals("data");
            case Term.Arr a -> {
                for (Term i : a.items()) {
                    if (isPattern(i)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Term.Obj o -> {
                for (Term i : o.values()) {
                    if (isPattern(i)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }

    /** Unifies a (possibly pattern) term with a ground value. A null term matches anything. */
    boolean unifyValue(Term t, Value v, K k) {
        if (t == null) {
            return k.run();
        }
        switch (t) {
            case Term.Const c -> {
                return c.value().equals(v) && k.run();
            }
            case Term.Var var -> {
                Value cur = b.get(var.name());
                if (cur != null) {
                    return cur.equals(v) && k.run();
                }
                if (var.name().equals("input") || var.name().equals("data")) {
                    return term(t, x -> x.equals(v) && k.run());
                }
                int m = b.mark();
                b.bind(var.name(), v);
                boolean r = k.run();
                b.undo(m);
                return r;
            }
            case Term.Arr a -> {
                if (!(v instanceof ArrayValue av) || av.size() != a.items().size()) {
                    return false;
                }
                return unifyItems(a.items(), av, 0, k);
            }
            case Term.Obj o -> {
                if (!(v instanceof ObjectValue ov) || ov.size() != o.keys().size()) {
                    return false;
                }
                return unifyEntries(o, ov, 0, k);
            }
            default -> {
                return term(t, x -> x.equals(v) && k.run());
            }
        }
    }

    private boolean unifyItems(List<Term> items, ArrayValue av, int i, K k) {
        if (i == items.size()) {
            return k.run();
        }
        return unifyValue(items.get(i), av.get(i), () -> unifyItems(items, av, i + 1, k));
    }

    private boolean unifyEntries(Term.Obj o, ObjectValue ov, int i, K k) {
        if (i == o.keys().size()) {
            return k.run();
        }
        return term(o.keys().get(i), key -> {
            Value val = ov.get(key);
            return val != null && unifyValue(o.values().get(i), val, () -> unifyEntries(o, ov, i + 1, k));
        });
    }

    // ---- terms -------------------------------------------------------------------------------------------------

    boolean term(Term t, VK k) {
        switch (t) {
            case Term.Const c -> {
                return k.accept(c.value());
            }
            case Term.Var v -> {
                Value val = b.get(v.name());
                if (val != null) {
                    return k.accept(val);
                }
                if (v.name().equals("input")) {
                    return ctx.input != null && k.accept(ctx.input);
                }
                if (v.name().equals("data")) {
                    return docs().data(List.of(), k);
                }
                return false;
            }
            case Term.Ref r -> {
                return ref(r, k);
            }
            case Term.Arr a -> {
                Value[] buf = new Value[a.items().size()];
                return items(a.items(), buf, 0, () -> k.accept(ArrayValue.of(buf.clone())));
            }
            case Term.SetT s -> {
                Value[] buf = new Value[s.items().size()];
                return items(s.items(), buf, 0, () -> k.accept(SetValue.of(List.of(buf))));
            }
            case Term.Obj o -> {
                Value[] ks = new Value[o.keys().size()];
                Value[] vs = new Value[o.keys().size()];
                return items(o.keys(), ks, 0, () -> items(o.values(), vs, 0, () -> {
                    ObjectValue.Builder bld = ObjectValue.builder();
                    for (int i = 0; i < ks.length; i++) {
                        bld.put(ks[i], vs[i]);
                    }
                    return k.accept(bld.build());
                }));
            }
            case Term.ArrayCompr c -> {
                List<Value> out = new ArrayList<>();
                body(c.body(), 0, () -> term(c.head(), v -> {
                    out.add(v);
                    return false;
                }));
                return k.accept(ArrayValue.copyOf(out));
            }
            case Term.SetCompr c -> {
                LinkedHashSet<Value> out = new LinkedHashSet<>();
                body(c.body(), 0, () -> term(c.head(), v -> {
                    out.add(v);
                    return false;
                }));
                return k.accept(SetValue.wrap(out));
            }
            case Term.ObjectCompr c -> {
                Map<Value, Value> out = new LinkedHashMap<>();
                body(c.body(), 0, () -> term(c.key(), kv -> term(c.value(), vv -> {
                    Value prev = out.putIfAbsent(kv, vv);
                    if (prev != null && !prev.equals(vv)) {
                        throw new RegoException(RegoError.at("eval_conflict_error", c.loc(),
                            "object keys must be unique"));
                    }
                    return false;
                })));
                return k.accept(ObjectValue.wrap(out));
            }
            case Term.Call c -> {
                return Calls.call(this, c, k);
            }
            case Term.Null n -> {
                return k.accept(dev.gatehouse.rego.value.NullValue.INSTANCE);
            }
            case Term.Bool bo -> {
                return k.accept(BooleanValue.of(bo.value()));
            }
            case Term.Num n -> {
                return k.accept(NumberValue.parse(n.text()));
            }
            case Term.Str s -> {
                return k.accept(Value.of(s.value()));
            }
        }
    }

    /** Unifies function parameters with argument values, left to right. */
    boolean params(List<Term> ps, List<Value> args, int i, K k) {
        if (i == ps.size()) {
            return k.run();
        }
        return unifyValue(ps.get(i), args.get(i), () -> params(ps, args, i + 1, k));
    }

    boolean items(List<Term> ts, Value[] buf, int i, K k) {
        if (i == ts.size()) {
            return k.run();
        }
        return term(ts.get(i), v -> {
            buf[i] = v;
            return items(ts, buf, i + 1, k);
        });
    }

    private boolean ref(Term.Ref r, VK k) {
        if (r.head() instanceof Term.Var v && b.get(v.name()) == null) {
            if (v.name().equals("data")) {
                return docs().data(r.path(), k);
            }
            if (v.name().equals("input")) {
                return ctx.input != null && path(ctx.input, r.path(), 0, k);
            }
            return false;
        }
        return term(r.head(), h -> path(h, r.path(), 0, k));
    }

    /** Indexes {@code cur} by {@code path[i..]}, iterating over unbound variables. */
    boolean path(Value cur, List<Term> path, int i, VK k) {
        return path(cur, path, i, k, false);
    }

    /** As {@link #path(Value, List, int, VK)}; in {@code data} mode number keys also find string keys. */
    boolean path(Value cur, List<Term> path, int i, VK k, boolean data) {
        if (i == path.size()) {
            return k.accept(cur);
        }
        Term p = path.get(i);
        if (p instanceof Term.Const c) {
            Value nxt = data ? dataIndex(cur, c.value()) : index(cur, c.value());
            return nxt != null && path(nxt, path, i + 1, k, data);
        }
        if (isPattern(p)) {
            return iterate(cur, (key, val) -> unifyValue(p, key, () -> path(val, path, i + 1, k, data)));
        }
        return term(p, key -> {
            Value nxt = data ? dataIndex(cur, key) : index(cur, key);
            return nxt != null && path(nxt, path, i + 1, k, data);
        });
    }

    static Value dataIndex(Value coll, Value key) {
        Value v = index(coll, key);
        if (v == null && coll instanceof ObjectValue o && key instanceof NumberValue n) {
            v = o.get(Value.of(n.toString()));
        }
        return v;
    }

    static Value index(Value coll, Value key) {
        switch (coll) {
            case ArrayValue a -> {
                if (key instanceof NumberValue n && n.isLong()) {
                    long ix = n.longValue();
                    return ix >= 0 && ix < a.size() ? a.get((int) ix) : null;
                }
                return null;
            }
            case ObjectValue o -> {
                return o.get(key);
            }
            case SetValue s -> {
                return s.contains(key) ? key : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Calls {@code kv} with each (key, value) of a collection; returns true when stopped. */
    static boolean iterate(Value coll, KV kv) {
        switch (coll) {
            case ArrayValue a -> {
                for (int i = 0; i < a.size(); i++) {
                    if (kv.accept(NumberValue.of(i), a.get(i))) {
                        return true;
                    }
                }
                return false;
            }
            case ObjectValue o -> {
                for (Value key : o.sortedKeys()) {
                    if (kv.accept(key, o.get(key))) {
                        return true;
                    }
                }
                return false;
            }
            case SetValue s -> {
                for (Value e : s.sorted()) {
                    if (kv.accept(e, e)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }
}
