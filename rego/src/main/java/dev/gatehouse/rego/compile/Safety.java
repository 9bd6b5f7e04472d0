package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Safety analysis: reorders body literals so that every variable is bound before a literal needs it, keeping the
 * written order wherever possible, and reports {@code rego_unsafe_var_error} for variables nothing can bind.
 * Nested bodies (comprehensions, {@code every}) are reordered with the enclosing bindings in scope.
 */
final class Safety {
    private final Checker checker;
    private final List<RegoError> errors;
    private final String suffix;

    private Safety(Checker checker, List<RegoError> errors, String suffix) {
        this.checker = checker;
        this.errors = errors;
        this.suffix = suffix;
    }

    static List<Expr> reorder(List<Expr> body, Set<String> bound, List<RegoError> errors, Checker checker) {
        return reorder(body, bound, errors, checker, "");
    }

    /** Reorders a body; {@code suffix} (e.g. {@code " in rule p"}) is appended to unsafe-variable messages. */
    static List<Expr> reorder(List<Expr> body, Set<String> bound, List<RegoError> errors, Checker checker,
                              String suffix) {
        return new Safety(checker, errors, suffix).body(body, bound, true);
    }

    /** Variables a body can bind, given the variables bound before it. */
    static Set<String> bindable(List<Expr> body, Set<String> bound, Checker checker) {
        Safety s = new Safety(checker, new ArrayList<>(), "");
        Set<String> out = new HashSet<>(bound);
        for (Expr e : body) {
            out.addAll(s.outputs(e));
        }
        return out;
    }

    /** {@code a.b.c} for a variable or a reference with constant string parts, else null. */
    static String dotted(Term t) {
        if (t instanceof Term.Var v) {
            return v.name();
        }
        if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
            StringBuilder sb = new StringBuilder(v.name());
            for (Term p : r.path()) {
                if (!(p instanceof Term.Const c) || !(c.value() instanceof dev.gatehouse.rego.value.StringValue s)) {
                    return null;
                }
                sb.append('.').append(s.value());
            }
            return sb.toString();
        }
        return null;
    }

    /** The name as written, without the suffix added when renaming nested locals. */
    static String display(String var) {
        int i = var.indexOf('$');
        return i > 0 ? var.substring(0, i) : var;
    }

    private void reportUnsafe(List<Expr> body, Set<String> bindable) {
        for (Expr e : body) {
            if (e.kind() instanceof Expr.SomeDecl) {
                continue;
            }
            if (e.kind() instanceof Expr.TermKind tk && tk.term() instanceof Term.Call c && c.name().equals("print")) {
                Set<String> seen = new HashSet<>();
                for (Term a : c.args()) {
                    Set<String> vs = new LinkedHashSet<>();
                    Vars.termVars(a, vs, false);
                    for (String v : vs) {
                        if (!bindable.contains(v) && !v.startsWith("$_") && seen.add(v)) {
                            errors.add(RegoError.at("rego_compile_error", Locate.var(a, v, e.loc()),
                                "var " + display(v) + " is undeclared"));
                        }
                    }
                }
                continue;
            }
            Set<String> vs = new LinkedHashSet<>();
            Vars.exprVars(e.withs().isEmpty() ? e : new Expr(e.loc(), e.negated(), e.kind(), List.of()), vs, false);
            for (Expr.With w : e.withs()) {
                String fn = dotted(w.value());
                if (fn == null || !checker.knows(fn)) {
                    Vars.termVars(w.value(), vs, false);
                }
            }
            for (String v : vs) {
                if (!bindable.contains(v) && !(v.startsWith("$_") && e.negated())) {
                    errors.add(RegoError.at("rego_unsafe_var_error", e.loc(), "var " + display(v) + " is unsafe"
                        + suffix));
                }
            }
        }
    }

    private List<Expr> body(List<Expr> body, Set<String> outer, boolean report) {
        Set<String> bindable = new HashSet<>(outer);
        List<Set<String>> outs = new ArrayList<>();
        for (Expr e : body) {
            Set<String> o = outputs(e);
            outs.add(o);
            bindable.addAll(o);
        }
        if (report) {
            reportUnsafe(body, bindable);
        }
        Set<String> bound = new HashSet<>(outer);
        List<Expr> out = new ArrayList<>();
        boolean[] done = new boolean[body.size()];
        int remaining = body.size();
        while (remaining > 0) {
            int pick = -1;
            for (int i = 0; i < body.size(); i++) {
                if (done[i]) {
                    continue;
                }
                Set<String> needs = needs(body.get(i), outs.get(i), bindable);
                if (bound.containsAll(needs)) {
                    pick = i;
                    break;
                }
            }
            if (pick < 0) {
                for (int i = 0; i < body.size(); i++) {
                    if (!done[i]) {
                        Set<String> needs = needs(body.get(i), outs.get(i), bindable);
                        needs.removeAll(bound);
                        if (report) {
                            for (String v : needs) {
                                errors.add(RegoError.at("rego_unsafe_var_error", body.get(i).loc(),
                                    "var " + display(v) + " is unsafe" + suffix));
                            }
                        }
                        out.add(nested(body.get(i), bound));
                    }
                }
                return out;
            }
            done[pick] = true;
            remaining--;
            Expr e = body.get(pick);
            Set<String> after = new HashSet<>(bound);
            after.addAll(outs.get(pick));
            out.add(nested(e, after));
            if (!e.negated()) {
                bound = after;
            }
        }
        return out;
    }

    private Set<String> needs(Expr e, Set<String> outs, Set<String> bindable) {
        Set<String> all = new LinkedHashSet<>();
        Vars.exprVars(e, all, true);
        if (!e.negated()) {
            all.removeAll(outs);
        }
        all.retainAll(bindable);
        if (e.kind() instanceof Expr.SomeDecl) {
            all.clear();
        }
        return all;
    }

    private Set<String> outputs(Expr e) {
        Set<String> o = new HashSet<>();
        if (e.negated()) {
            return o;
        }
        switch (e.kind()) {
            case Expr.TermKind tk -> termOutputs(tk.term(), o);
            case Expr.Unify u -> {
                Vars.patternVars(u.left(), o);
                Vars.patternVars(u.right(), o);
                termOutputs(u.left(), o);
                termOutputs(u.right(), o);
            }
            case Expr.Assign a -> {
                Vars.patternVars(a.left(), o);
                termOutputs(a.right(), o);
            }
            case Expr.SomeIn si -> {
                if (si.key() != null) {
                    Vars.patternVars(si.key(), o);
                }
                Vars.patternVars(si.value(), o);
                termOutputs(si.collection(), o);
            }
            case Expr.SomeDecl sd -> { }
            case Expr.Every ev -> { }
        }
        return o;
    }

    private void termOutputs(Term t, Set<String> o) {
        Vars.refIndexVars(t, o);
        if (t instanceof Term.Call c) {
            int ar = checker.arity(c.name());
            if (ar >= 0 && c.args().size() == ar + 1) {
                Vars.patternVars(c.args().get(ar), o);
            }
            for (Term a : c.args()) {
                if (a instanceof Term.Call) {
                    termOutputs(a, o);
                }
            }
        }
    }

    private Expr nested(Expr e, Set<String> bound) {
        Expr.Kind k = switch (e.kind()) {
            case Expr.TermKind tk -> new Expr.TermKind(term(tk.term(), bound));
            case Expr.Unify u -> new Expr.Unify(term(u.left(), bound), term(u.right(), bound));
            case Expr.Assign a -> new Expr.Assign(a.left(), term(a.right(), bound));
            case Expr.SomeIn si -> new Expr.SomeIn(si.key(), si.value(), term(si.collection(), bound));
            case Expr.SomeDecl sd -> sd;
            case Expr.Every ev -> {
                Set<String> b = new HashSet<>(bound);
                if (ev.key() != null) {
                    Vars.termVars(ev.key(), b, false);
                }
                Vars.termVars(ev.value(), b, false);
                yield new Expr.Every(ev.key(), ev.value(), term(ev.domain(), bound), body(ev.body(), b, true));
            }
        };
        List<Expr.With> ws = new ArrayList<>();
        for (Expr.With w : e.withs()) {
            ws.add(new Expr.With(w.loc(), w.target(), term(w.value(), bound)));
        }
        return new Expr(e.loc(), e.negated(), k, List.copyOf(ws));
    }

    private Term term(Term t, Set<String> bound) {
        return switch (t) {
            case Term.ArrayCompr c -> new Term.ArrayCompr(c.loc(), c.head(), comprBody(c.body(), bound));
            case Term.SetCompr c -> new Term.SetCompr(c.loc(), c.head(), comprBody(c.body(), bound));
            case Term.ObjectCompr c -> new Term.ObjectCompr(c.loc(), c.key(), c.value(),
                comprBody(c.body(), bound));
            case Term.Arr a -> new Term.Arr(a.loc(), terms(a.items(), bound));
            case Term.SetT s -> new Term.SetT(s.loc(), terms(s.items(), bound));
            case Term.Obj o -> new Term.Obj(o.loc(), terms(o.keys(), bound), terms(o.values(), bound));
            case Term.Call c -> new Term.Call(c.loc(), c.op(), terms(c.args(), bound));
            case Term.Ref r -> new Term.Ref(r.loc(), term(r.head(), bound), terms(r.path(), bound));
            default -> t;
        };
    }

    private List<Term> terms(List<Term> ts, Set<String> bound) {
        List<Term> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(term(t, bound));
        }
        return List.copyOf(out);
    }

    private List<Expr> comprBody(List<Expr> body, Set<String> bound) {
        return List.copyOf(body(body, bound, true));
    }
}
