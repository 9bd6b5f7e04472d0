package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.builtin.BuiltinEntry;
import dev.gatehouse.rego.builtin.Builtins;
import java.util.List;

/**
 * Checks builtin calls against a {@link Builtins} registry: unknown functions, arity, and builtins the capability
 * profile makes unavailable.
 */
public final class BuiltinChecker implements Checker {
    private final Builtins builtins;

    /** A checker for the given registry. */
    public BuiltinChecker(Builtins builtins) {
        this.builtins = builtins;
    }

    @Override
    public int arity(String name) {
        switch (name) {
            case "equal", "neq", "lt", "gt", "lte", "gte", "internal.member_2":
                return 2;
            case "internal.member_3":
                return 3;
            case "internal.template_string":
                return 1;
            default:
                BuiltinEntry e = builtins.lookup(name);
                return e == null || e.decl().variadic() != null ? -1 : e.decl().args().size();
        }
    }

    @Override
    public boolean knows(String name) {
        return arity(name) >= 0 || builtins.lookup(name) != null;
    }

    @Override
    public void checkBody(List<Expr> body, List<RegoError> errors) {
        for (Expr e : body) {
            switch (e.kind()) {
                case Expr.TermKind tk -> term(tk.term(), errors);
                case Expr.Unify u -> {
                    term(u.left(), errors);
                    term(u.right(), errors);
                }
                case Expr.Assign a -> term(a.right(), errors);
                case Expr.SomeIn si -> term(si.collection(), errors);
                case Expr.Every ev -> {
                    term(ev.domain(), errors);
                    checkBody(ev.body(), errors);
                }
                case Expr.SomeDecl sd -> { }
            }
            for (Expr.With w : e.withs()) {
                term(w.value(), errors);
            }
        }
    }

    private static void checkTypes(Term.Call c, BuiltinEntry e, int ar, List<RegoError> errors) {
        boolean bad = false;
        List<String> have = new java.util.ArrayList<>();
        for (int i = 0; i < ar; i++) {
            Term a = c.args().get(i);
            if (a instanceof Term.Const k) {
                have.add(dev.gatehouse.rego.builtin.Types.of(k.value()).toString());
                bad |= !Types.accepts(e.decl().args().get(i), k.value());
            } else {
                have.add("???");
            }
        }
        if (bad) {
            List<String> want = new java.util.ArrayList<>();
            e.decl().args().forEach(t -> want.add(t.toString()));
            errors.add(RegoError.at("rego_type_error", c.loc(), c.name() + ": invalid argument(s)\n\thave: ("
                + String.join(", ", have) + ")\n\twant: (" + String.join(", ", want) + ")"));
        }
    }

    private void term(Term t, List<RegoError> errors) {
        switch (t) {
            case Term.Call c -> {
                String name = c.name();
                if (!name.startsWith("data.") && !name.equals("internal.or")) {
                    BuiltinEntry e = builtins.lookup(name);
                    int ar = arity(name);
                    if (e == null && ar < 0) {
                        errors.add(RegoError.at("rego_type_error", c.loc(), "undefined function " + name));
                    } else if (e != null && !e.available()) {
                        errors.add(RegoError.at("rego_type_error", c.loc(), "unsafe built-in function calls in "
                            + "expression: " + name));
                    } else if (ar >= 0 && c.args().size() != ar && c.args().size() != ar + 1) {
                        errors.add(RegoError.at("rego_type_error", c.loc(), name + ": arity mismatch"
                            + "\n\thave: (" + c.args().size() + " arguments)\n\twant: " + e.decl().type()));
                    } else if (e != null && ar >= 0) {
                        checkTypes(c, e, ar, errors);
                    }
                }
                c.args().forEach(a -> term(a, errors));
            }
            case Term.Ref r -> {
                term(r.head(), errors);
                r.path().forEach(p -> term(p, errors));
            }
            case Term.Arr a -> a.items().forEach(i -> term(i, errors));
            case Term.SetT s -> s.items().forEach(i -> term(i, errors));
            case Term.Obj o -> {
                o.keys().forEach(i -> term(i, errors));
                o.values().forEach(i -> term(i, errors));
            }
            case Term.ArrayCompr c -> {
                term(c.head(), errors);
                checkBody(c.body(), errors);
            }
            case Term.SetCompr c -> {
                term(c.head(), errors);
                checkBody(c.body(), errors);
            }
            case Term.ObjectCompr c -> {
                term(c.key(), errors);
                term(c.value(), errors);
                checkBody(c.body(), errors);
            }
            default -> { }
        }
    }
}
