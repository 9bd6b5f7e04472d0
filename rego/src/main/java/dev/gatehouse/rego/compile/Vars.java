package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import java.util.Set;

/** Variable collection helpers shared by the compiler passes. */
final class Vars {
    private Vars() {
    }

    /** All variables of a literal; {@code deep} also descends into comprehension and every bodies. */
    static void exprVars(Expr e, Set<String> out, boolean deep) {
        switch (e.kind()) {
            case Expr.TermKind tk -> termVars(tk.term(), out, deep);
            case Expr.Unify u -> {
                termVars(u.left(), out, deep);
                termVars(u.right(), out, deep);
            }
            case Expr.Assign a -> {
                termVars(a.left(), out, deep);
                termVars(a.right(), out, deep);
            }
            case Expr.SomeDecl sd -> sd.vars().forEach(v -> out.add(v.name()));
            case Expr.SomeIn si -> {
                if (si.key() != null) {
                    termVars(si.key(), out, deep);
                }
                termVars(si.value(), out, deep);
                termVars(si.collection(), out, deep);
            }
            case Expr.Every ev -> {
                termVars(ev.domain(), out, deep);
                if (deep) {
                    ev.body().forEach(b -> exprVars(b, out, true));
                }
            }
        }
        for (Expr.With w : e.withs()) {
            termVars(w.value(), out, deep);
        }
    }

    /** All variables of a term (refs' heads {@code data}/{@code input} excluded). */
    static void termVars(Term t, Set<String> out, boolean deep) {
        switch (t) {
            case Term.Var v -> {
                if (!v.name().equals("data") && !v.name().equals("input")) {
                    out.add(v.name());
                }
            }
            case Term.Ref r -> {
                termVars(r.head(), out, deep);
                r.path().forEach(p -> termVars(p, out, deep));
            }
            case Term.Arr a -> a.items().forEach(i -> termVars(i, out, deep));
            case Term.SetT s -> s.items().forEach(i -> termVars(i, out, deep));
            case Term.Obj o -> {
                o.keys().forEach(i -> termVars(i, out, deep));
                o.values().forEach(i -> termVars(i, out, deep));
            }
            case Term.Call c -> c.args().forEach(i -> termVars(i, out, deep));
            case Term.ArrayCompr c -> {
                if (deep) {
                    termVars(c.head(), out, true);
                    c.body().forEach(b -> exprVars(b, out, true));
                }
            }
            case Term.SetCompr c -> {
                if (deep) {
                    termVars(c.head(), out, true);
                    c.body().forEach(b -> exprVars(b, out, true));
                }
            }
            case Term.ObjectCompr c -> {
                if (deep) {
                    termVars(c.key(), out, true);
                    termVars(c.value(), out, true);
                    c.body().forEach(b -> exprVars(b, out, true));
                }
            }
            default -> { }
        }
    }

    /** Variables in reference index positions (they can be bound by iteration). */
    static void refIndexVars(Term t, Set<String> out) {
        switch (t) {
            case Term.Ref r -> {
                refIndexVars(r.head(), out);
                for (Term p : r.path()) {
                    termVars(p, out, false);
                }
            }
            case Term.Arr a -> a.items().forEach(i -> refIndexVars(i, out));
            case Term.SetT s -> s.items().forEach(i -> refIndexVars(i, out));
            case Term.Obj o -> {
                o.keys().forEach(i -> refIndexVars(i, out));
                o.values().forEach(i -> refIndexVars(i, out));
            }
            case Term.Call c -> c.args().forEach(i -> refIndexVars(i, out));
            default -> { }
        }
    }

    /** Variables in pattern positions: bare vars and vars nested in array/object-value patterns. */
    static void patternVars(Term t, Set<String> out) {
        switch (t) {
            case Term.Var v -> {
                if (!v.name().equals("data") && !v.name().equals("input")) {
                    out.add(v.name());
                }
            }
            case Term.Arr a -> a.items().forEach(i -> patternVars(i, out));
            case Term.Obj o -> o.values().forEach(i -> patternVars(i, out));
            default -> { }
        }
    }
}
