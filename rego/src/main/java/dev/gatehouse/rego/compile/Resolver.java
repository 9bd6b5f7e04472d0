package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites one rule or query: global names become refs rooted at {@code data} (or the import target), variables
 * declared in nested scopes get unique names, and ground literals fold into {@link Term.Const}.
 */
final class Resolver {
    private final Map<String, Term> globals;
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final int[] counter;

    private final List<dev.gatehouse.rego.RegoError> errors;

    Resolver(Map<String, Term> globals, int[] counter) {
        this(globals, counter, new ArrayList<>());
    }

    Resolver(Map<String, Term> globals, int[] counter, List<dev.gatehouse.rego.RegoError> errors) {
        this.globals = globals;
        this.counter = counter;
        this.errors = errors;
    }

    /** Reports {@code := }/{@code some} re-declarations of a name within one body. */
    private void checkRedeclared(List<Expr> body, Set<String> already) {
        Set<String> seen = new java.util.HashSet<>(already);
        for (Expr e : body) {
            Set<String> d = declared(List.of(e));
            for (String name : d) {
                if (name.startsWith("$")) {
                    continue;
                }
                if (!seen.add(name)) {
                    String what = e.kind() instanceof Expr.Assign ? "assigned" : "declared";
                    errors.add(dev.gatehouse.rego.RegoError.at("rego_compile_error", e.loc(),
                        "var " + name + " " + what + " above"));
                }
            }
        }
    }

    /** Opens the top-level scope with the given local names (kept as written). */
    void openTop(Set<String> locals) {
        Map<String, String> m = new HashMap<>();
        for (String s : locals) {
            m.put(s, s);
        }
        scopes.push(m);
    }

    /** Resolves a top-level body: implicit (unified) variables are visible throughout, declared ones from their
     * declaration on. */
    List<Expr> topBody(List<Expr> body) {
        Map<String, String> top = scopes.peek();
        Set<String> decl = declared(body);
        Set<String> args = new java.util.HashSet<>(top.keySet());
        args.remove("input");
        args.remove("data");
        checkRedeclared(body, args);
        for (Expr e : body) {
            Set<String> vs = new LinkedHashSet<>();
            Vars.exprVars(e, vs, false);
            for (String v : vs) {
                if (!decl.contains(v) && !globals.containsKey(v)) {
                    top.putIfAbsent(v, v);
                }
            }
        }
        List<Expr> out = new ArrayList<>();
        for (Expr e : body) {
            out.add(expr(e));
            for (String d : declared(List.of(e))) {
                top.put(d, d);
            }
        }
        return out;
    }

    private List<Expr> nestedBody(List<Expr> body, List<Term> extraDecl, Term[] headOut) {
        Map<String, String> m = new HashMap<>();
        Set<String> names = declared(body);
        checkRedeclared(body, Set.of());
        for (Term t : extraDecl) {
            if (t != null) {
                collectVars(t, names);
            }
        }
        Set<String> implicit = new LinkedHashSet<>();
        for (Expr e : body) {
            Vars.exprVars(e, implicit, false);
        }
        if (headOut != null) {
            for (Term h : headOut) {
                if (h != null) {
                    Vars.termVars(h, implicit, false);
                }
            }
        }
        for (String v : implicit) {
            if (!isLocal(v) && !globals.containsKey(v) && !v.startsWith("$")) {
                names.add(v);
            }
        }
        for (String d : names) {
            m.put(d, d + "$" + (counter[0]++));
        }
        scopes.push(m);
        try {
            List<Expr> out = new ArrayList<>();
            for (Expr e : body) {
                out.add(expr(e));
            }
            if (headOut != null) {
                for (int i = 0; i < headOut.length; i++) {
                    headOut[i] = headOut[i] == null ? null : term(headOut[i]);
                }
            }
            return out;
        } finally {
            scopes.pop();
        }
    }

    static Set<String> declared(List<Expr> body) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr e : body) {
            switch (e.kind()) {
                case Expr.SomeDecl sd -> sd.vars().forEach(v -> out.add(v.name()));
                case Expr.Assign a -> collectVars(a.left(), out);
                case Expr.SomeIn si -> {
                    if (si.key() != null) {
                        collectVars(si.key(), out);
                    }
                    collectVars(si.value(), out);
                }
                default -> { }
            }
        }
        return out;
    }

    /** Vars in pattern positions (not inside refs or calls). */
    static void collectVars(Term t, Set<String> out) {
        switch (t) {
            case Term.Var v -> out.add(v.name());
            case Term.Arr a -> a.items().forEach(i -> collectVars(i, out));
            case Term.Obj o -> o.values().forEach(i -> collectVars(i, out));
            default -> { }
        }
    }

    Expr expr(Expr e) {
        Expr.Kind k = switch (e.kind()) {
            case Expr.TermKind tk -> new Expr.TermKind(term(tk.term()));
            case Expr.Unify u -> new Expr.Unify(term(u.left()), term(u.right()));
            case Expr.Assign a -> new Expr.Assign(term(a.left()), term(a.right()));
            case Expr.SomeDecl sd -> {
                List<Term.Var> vs = new ArrayList<>();
                for (Term.Var v : sd.vars()) {
                    vs.add((Term.Var) term(v));
                }
                yield new Expr.SomeDecl(vs);
            }
            case Expr.SomeIn si -> new Expr.SomeIn(si.key() == null ? null : term(si.key()), term(si.value()),
                term(si.collection()));
            case Expr.Every ev -> {
                Term dom = term(ev.domain());
                List<Term> decl = new ArrayList<>();
                decl.add(ev.key());
                decl.add(ev.value());
                Term[] head = {ev.key(), ev.value()};
                List<Expr> body = nestedBody(ev.body(), decl, head);
                yield new Expr.Every(head[0], head[1], dom, body);
            }
        };
        List<Expr.With> withs = new ArrayList<>();
        for (Expr.With w : e.withs()) {
            withs.add(new Expr.With(w.loc(), withTarget(w.target()), term(w.value())));
        }
        return new Expr(e.loc(), e.negated(), k, List.copyOf(withs));
    }

    private Term withTarget(Term t) {
        if (t instanceof Term.Var v && !globals.containsKey(v.name())) {
            return t;
        }
        return term(t);
    }

    private boolean isLocal(String name) {
        for (Map<String, String> s : scopes) {
            if (s.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    Term term(Term t) {
        return switch (t) {
            case Term.Const c -> c;
            case Term.Null n -> new Term.Const(n.loc(), NullValue.INSTANCE);
            case Term.Bool b -> new Term.Const(b.loc(), BooleanValue.of(b.value()));
            case Term.Num n -> new Term.Const(n.loc(), NumberValue.parse(n.text()));
            case Term.Str s -> new Term.Const(s.loc(), StringValue.of(s.value()));
            case Term.Var v -> var(v);
            case Term.Ref r -> ref(r);
            case Term.Arr a -> {
                List<Term> items = terms(a.items());
                yield allConst(items) ? new Term.Const(a.loc(), ArrayValue.copyOf(consts(items)))
                    : new Term.Arr(a.loc(), items);
            }
            case Term.SetT s -> {
                List<Term> items = terms(s.items());
                yield allConst(items) ? new Term.Const(s.loc(), SetValue.of(consts(items)))
                    : new Term.SetT(s.loc(), items);
            }
            case Term.Obj o -> {
                List<Term> ks = terms(o.keys());
                List<Term> vs = terms(o.values());
                if (allConst(ks) && allConst(vs)) {
                    ObjectValue.Builder b = ObjectValue.builder();
                    for (int i = 0; i < ks.size(); i++) {
                        b.put(((Term.Const) ks.get(i)).value(), ((Term.Const) vs.get(i)).value());
                    }
                    yield new Term.Const(o.loc(), b.build());
                }
                yield new Term.Obj(o.loc(), ks, vs);
            }
            case Term.ArrayCompr c -> {
                Term[] head = {c.head()};
                List<Expr> body = nestedBody(c.body(), List.of(), head);
                yield new Term.ArrayCompr(c.loc(), head[0], body);
            }
            case Term.SetCompr c -> {
                Term[] head = {c.head()};
                List<Expr> body = nestedBody(c.body(), List.of(), head);
                yield new Term.SetCompr(c.loc(), head[0], body);
            }
            case Term.ObjectCompr c -> {
                Term[] head = {c.key(), c.value()};
                List<Expr> body = nestedBody(c.body(), List.of(), head);
                yield new Term.ObjectCompr(c.loc(), head[0], head[1], body);
            }
            case Term.Call c -> new Term.Call(c.loc(), opName(c.op()), terms(c.args()));
        };
    }

    private List<String> opName(List<String> op) {
        String first = op.get(0);
        if (!isLocal(first) && globals.get(first) instanceof Term.Ref g) {
            List<String> out = new ArrayList<>();
            out.add(((Term.Var) g.head()).name());
            for (Term e : g.path()) {
                if (!(e instanceof Term.Const c) || !(c.value() instanceof StringValue s)) {
                    return op;
                }
                out.add(s.value());
            }
            out.addAll(op.subList(1, op.size()));
            return List.copyOf(out);
        }
        return op;
    }

    private Term var(Term.Var v) {
        for (Map<String, String> s : scopes) {
            String m = s.get(v.name());
            if (m != null) {
                return m.equals(v.name()) ? v : new Term.Var(v.loc(), m);
            }
        }
        Term g = globals.get(v.name());
        return g != null ? g : v;
    }

    private Term ref(Term.Ref r) {
        Term head = term(r.head());
        List<Term> path = terms(r.path());
        if (head instanceof Term.Ref hr) {
            List<Term> p = new ArrayList<>(hr.path());
            p.addAll(path);
            return new Term.Ref(r.loc(), hr.head(), List.copyOf(p));
        }
        return new Term.Ref(r.loc(), head, path);
    }

    private List<Term> terms(List<Term> ts) {
        List<Term> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(term(t));
        }
        return List.copyOf(out);
    }

    private static boolean allConst(List<Term> ts) {
        for (Term t : ts) {
            if (!(t instanceof Term.Const)) {
                return false;
            }
        }
        return true;
    }

    private static List<Value> consts(List<Term> ts) {
        List<Value> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(((Term.Const) t).value());
        }
        return out;
    }
}
