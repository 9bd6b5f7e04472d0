package dev.gatehouse.rego.ast;

import dev.gatehouse.rego.value.StringValue;
import java.util.List;

/** Renders terms and literals back to Rego source text (for traces and messages). Stateless. */
public final class Source {
    private Source() {
    }

    /** A literal as Rego text. */
    public static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        if (e.negated()) {
            sb.append("not ");
        }
        switch (e.kind()) {
            case Expr.TermKind tk -> sb.append(of(tk.term()));
            case Expr.Unify u -> sb.append(of(u.left())).append(" = ").append(of(u.right()));
            case Expr.Assign a -> sb.append(of(a.left())).append(" := ").append(of(a.right()));
            case Expr.SomeDecl sd -> sb.append("some ").append(join(List.copyOf(sd.vars())));
            case Expr.SomeIn si -> sb.append("some ").append(si.key() == null ? "" : of(si.key()) + ", ")
                .append(of(si.value())).append(" in ").append(of(si.collection()));
            case Expr.Every ev -> sb.append("every ").append(ev.key() == null ? "" : of(ev.key()) + ", ")
                .append(of(ev.value())).append(" in ").append(of(ev.domain())).append(" { ... }");
        }
        for (Expr.With w : e.withs()) {
            sb.append(" with ").append(of(w.target())).append(" as ").append(of(w.value()));
        }
        return sb.toString();
    }

    /** A term as Rego text. */
    public static String of(Term t) {
        return switch (t) {
            case Term.Const c -> c.value().toString();
            case Term.Null n -> "null";
            case Term.Bool b -> String.valueOf(b.value());
            case Term.Num n -> n.text();
            case Term.Str s -> StringValue.of(s.value()).toString();
            case Term.Var v -> v.isWildcard() ? "_" : display(v.name());
            case Term.Ref r -> ref(r);
            case Term.Arr a -> "[" + join(a.items()) + "]";
            case Term.SetT s -> s.items().isEmpty() ? "set()" : "{" + join(s.items()) + "}";
            case Term.Obj o -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < o.keys().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(of(o.keys().get(i))).append(": ").append(of(o.values().get(i)));
                }
                yield sb.append('}').toString();
            }
            case Term.ArrayCompr c -> "[" + of(c.head()) + " | " + body(c.body()) + "]";
            case Term.SetCompr c -> "{" + of(c.head()) + " | " + body(c.body()) + "}";
            case Term.ObjectCompr c -> "{" + of(c.key()) + ": " + of(c.value()) + " | " + body(c.body()) + "}";
            case Term.Call c -> infix(c);
        };
    }

    private static String infix(Term.Call c) {
        String op = switch (c.name()) {
            case "equal" -> "==";
            case "neq" -> "!=";
            case "lt" -> "<";
            case "gt" -> ">";
            case "lte" -> "<=";
            case "gte" -> ">=";
            case "plus" -> "+";
            case "minus" -> "-";
            case "mul" -> "*";
            case "div" -> "/";
            case "rem" -> "%";
            case "and" -> "&";
            case "or" -> "|";
            case "internal.member_2" -> "in";
            default -> null;
        };
        if (op != null && c.args().size() == 2) {
            return of(c.args().get(0)) + " " + op + " " + of(c.args().get(1));
        }
        return c.name() + "(" + join(c.args()) + ")";
    }

    private static String ref(Term.Ref r) {
        StringBuilder sb = new StringBuilder(of(r.head()));
        for (Term p : r.path()) {
            String key = p instanceof Term.Const c && c.value() instanceof StringValue s ? s.value()
                : p instanceof Term.Str s ? s.value() : null;
            if (key != null && key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                sb.append('.').append(key);
            } else {
                sb.append('[').append(of(p)).append(']');
            }
        }
        return sb.toString();
    }

    private static String body(List<Expr> body) {
        StringBuilder sb = new StringBuilder();
        for (Expr e : body) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(of(e));
        }
        return sb.toString();
    }

    private static String join(List<? extends Term> ts) {
        StringBuilder sb = new StringBuilder();
        for (Term t : ts) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(of(t));
        }
        return sb.toString();
    }

    private static String display(String var) {
        int i = var.indexOf('$');
        return i > 0 ? var.substring(0, i) : var;
    }
}
