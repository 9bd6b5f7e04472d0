package dev.gatehouse.rego.parse;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Term-level parsing: infix operators by precedence (lowest first: {@code in}, comparisons, {@code |}, {@code &},
 * {@code + -}, {@code * / %}), primaries, reference and call suffixes, collections and comprehensions.
 */
abstract class TermParser extends TokenStream {
    protected boolean noPipe;
    protected int wildcards;

    TermParser(String file, String src) {
        super(file, src);
    }

    /** Parses one body literal (provided by the statement layer, needed for comprehension bodies). */
    abstract Expr literal();

    /** Parses the source of a template-string expression (a term, possibly with {@code with} modifiers). */
    abstract Expr subLiteral(String src, dev.gatehouse.rego.ast.Location loc);

    /**
     * Desugars a template string into {@code internal.template_string([parts])}: literal text stays a string and
     * each expression becomes {@code [v | v := expr]}, so that an undefined expression renders as
     * {@code <undefined>}.
     */
    private Term template(Token t) {
        List<Term> items = new ArrayList<>();
        List<String> parts = t.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                if (!parts.get(i).isEmpty()) {
                    items.add(new Term.Str(t.loc(), parts.get(i)));
                }
            } else {
                Expr lit = subLiteral(parts.get(i), t.loc());
                if (!(lit.kind() instanceof Expr.TermKind tk) || lit.negated()) {
                    throw err(t, "unexpected expression in template string");
                }
                Term.Var v = new Term.Var(t.loc(), "$tpl");
                Expr assign = new Expr(t.loc(), false, new Expr.Assign(v, tk.term()), lit.withs());
                items.add(new Term.ArrayCompr(t.loc(), v, List.of(assign)));
            }
        }
        return new Term.Call(t.loc(), List.of("internal", "template_string"),
            List.of(new Term.Arr(t.loc(), List.copyOf(items))));
    }

    /** Lowest-precedence term level: membership {@code in}. */
    Term infix() {
        Term lhs = relation();
        while (peek().is("in") && !peek().newline()) {
            p++;
            Term rhs = relation();
            lhs = new Term.Call(lhs.loc(), List.of("internal", "member_2"), List.of(lhs, rhs));
        }
        return lhs;
    }

    Term relation() {
        Term lhs = or();
        while (!peek().newline()) {
            String name = switch (peek().text()) {
                case "==" -> "equal";
                case "!=" -> "neq";
                case "<" -> "lt";
                case ">" -> "gt";
                case "<=" -> "lte";
                case ">=" -> "gte";
                default -> null;
            };
            if (name == null || peek().kind() != Token.Kind.OP) {
                return lhs;
            }
            p++;
            lhs = new Term.Call(lhs.loc(), List.of(name), List.of(lhs, or()));
        }
        return lhs;
    }

    Term or() {
        Term lhs = and();
        while (!noPipe && peek().is("|") && !peek().newline()) {
            p++;
            lhs = new Term.Call(lhs.loc(), List.of("or"), List.of(lhs, and()));
        }
        return lhs;
    }

    Term and() {
        Term lhs = arith();
        while (peek().is("&") && !peek().newline()) {
            p++;
            lhs = new Term.Call(lhs.loc(), List.of("and"), List.of(lhs, arith()));
        }
        return lhs;
    }

    Term arith() {
        Term lhs = factor();
        while ((peek().is("+") || peek().is("-")) && !peek().newline()) {
            String name = next().text().equals("+") ? "plus" : "minus";
            lhs = new Term.Call(lhs.loc(), List.of(name), List.of(lhs, factor()));
        }
        return lhs;
    }

    Term factor() {
        Term lhs = unary();
        while ((peek().is("*") || peek().is("/") || peek().is("%")) && !peek().newline()) {
            String name = switch (next().text()) {
                case "*" -> "mul";
                case "/" -> "div";
                default -> "rem";
            };
            lhs = new Term.Call(lhs.loc(), List.of(name), List.of(lhs, unary()));
        }
        return lhs;
    }

    Term unary() {
        Token t = peek();
        if (t.is("-")) {
            Token n = toks.get(p + 1);
            if (n.kind() == Token.Kind.NUMBER && n.loc().row() == t.loc().row()
                    && n.loc().col() == t.loc().col() + 1) {
                p += 2;
                return suffixes(new Term.Num(t.loc(), "-" + n.text()));
            }
            p++;
            Term operand = unary();
            return new Term.Call(t.loc(), List.of("minus"), List.of(new Term.Num(t.loc(), "0"), operand));
        }
        return primary();
    }

    Term primary() {
        Token t = next();
        Term base;
        switch (t.kind()) {
            case NUMBER -> base = new Term.Num(t.loc(), t.text());
            case STRING -> base = new Term.Str(t.loc(), t.text());
            case TEMPLATE -> base = template(t);
            case IDENT -> {
                switch (t.text()) {
                    case "true", "false", "null" -> {
                        if (peek().is(".") && !peek().newline()) {
                            base = new Term.Var(t.loc(), t.text());
                        } else if (t.text().equals("null")) {
                            base = new Term.Null(t.loc());
                        } else {
                            base = new Term.Bool(t.loc(), t.text().equals("true"));
                        }
                    }
                    case "_" -> base = new Term.Var(t.loc(), "$_" + (wildcards++));
                    default -> {
                        if (KEYWORDS.contains(t.text()) && !(peek().is(".") || peek().is("[") || peek().is("("))
                                || KEYWORDS.contains(t.text()) && peek().newline()) {
                            throw err(t, "unexpected " + t.text() + " keyword");
                        }
                        base = new Term.Var(t.loc(), t.text());
                    }
                }
            }
            case OP -> base = switch (t.text()) {
                case "(" -> {
                    boolean save = noPipe;
                    noPipe = false;
                    Term inner = infix();
                    expect(")");
                    noPipe = save;
                    yield inner;
                }
                case "[" -> array(t);
                case "{" -> brace(t);
                default -> throw err(t, "unexpected " + describe(t) + " token");
            };
            default -> throw err(t, "unexpected " + describe(t) + " token");
        }
        return suffixes(base);
    }

    Term suffixes(Term base) {
        Term cur = base;
        while (!peek().newline()) {
            Token t = peek();
            if (t.is(".") ) {
                p++;
                Token id = peek();
                String name = ident();
                cur = appendRef(cur, new Term.Str(id.loc(), name));
            } else if (t.is("[")) {
                p++;
                boolean save = noPipe;
                noPipe = false;
                Term idx = infix();
                noPipe = save;
                expect("]");
                cur = appendRef(cur, idx);
            } else if (t.is("(") && isCallable(cur)) {
                p++;
                List<Term> args = new ArrayList<>();
                boolean save = noPipe;
                noPipe = false;
                while (!peek().is(")")) {
                    args.add(infix());
                    if (!accept(",")) {
                        break;
                    }
                }
                noPipe = save;
                expect(")");
                List<String> op = opName(cur);
                if (op.size() == 1 && op.get(0).equals("set") && args.isEmpty()) {
                    cur = new Term.SetT(cur.loc(), List.of());
                } else {
                    cur = new Term.Call(cur.loc(), op, List.copyOf(args));
                }
            } else {
                break;
            }
        }
        return cur;
    }

    static boolean isCallable(Term t) {
        if (t instanceof Term.Var) {
            return true;
        }
        if (t instanceof Term.Ref r && r.head() instanceof Term.Var) {
            for (Term e : r.path()) {
                if (!(e instanceof Term.Str)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static List<String> opName(Term t) {
        if (t instanceof Term.Var v) {
            return List.of(v.name());
        }
        Term.Ref r = (Term.Ref) t;
        List<String> out = new ArrayList<>();
        out.add(((Term.Var) r.head()).name());
        for (Term e : r.path()) {
            out.add(((Term.Str) e).value());
        }
        return List.copyOf(out);
    }

    static Term appendRef(Term cur, Term elem) {
        if (cur instanceof Term.Ref r) {
            List<Term> path = new ArrayList<>(r.path());
            path.add(elem);
            return new Term.Ref(r.loc(), r.head(), List.copyOf(path));
        }
        return new Term.Ref(cur.loc(), cur, List.of(elem));
    }

    Term array(Token open) {
        boolean save = noPipe;
        if (accept("]")) {
            return new Term.Arr(open.loc(), List.of());
        }
        noPipe = true;
        Term first = infix();
        noPipe = false;
        if (accept("|")) {
            List<Expr> body = comprBody("]");
            noPipe = save;
            return new Term.ArrayCompr(open.loc(), first, body);
        }
        List<Term> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (peek().is("]")) {
                break;
            }
            items.add(infix());
        }
        expect("]");
        noPipe = save;
        return new Term.Arr(open.loc(), List.copyOf(items));
    }

    Term brace(Token open) {
        boolean save = noPipe;
        if (accept("}")) {
            return new Term.Obj(open.loc(), List.of(), List.of());
        }
        noPipe = true;
        Term first = infix();
        if (accept(":")) {
            Term v = infix();
            noPipe = false;
            if (accept("|")) {
                List<Expr> body = comprBody("}");
                noPipe = save;
                return new Term.ObjectCompr(open.loc(), first, v, body);
            }
            List<Term> keys = new ArrayList<>();
            List<Term> vals = new ArrayList<>();
            keys.add(first);
            vals.add(v);
            while (accept(",")) {
                if (peek().is("}")) {
                    break;
                }
                keys.add(infix());
                expect(":");
                vals.add(infix());
            }
            expect("}");
            noPipe = save;
            return new Term.Obj(open.loc(), List.copyOf(keys), List.copyOf(vals));
        }
        noPipe = false;
        if (accept("|")) {
            List<Expr> body = comprBody("}");
            noPipe = save;
            return new Term.SetCompr(open.loc(), first, body);
        }
        List<Term> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (peek().is("}")) {
                break;
            }
            items.add(infix());
        }
        expect("}");
        noPipe = save;
        return new Term.SetT(open.loc(), List.copyOf(items));
    }

    List<Expr> comprBody(String close) {
        List<Expr> out = new ArrayList<>();
        while (true) {
            while (accept(";")) {
                // separators
            }
            if (peek().is(close)) {
                break;
            }
            out.add(literal());
            if (!peek().is(close) && !peek().is(";") && !peek().newline()) {
                throw err(peek(), "unexpected " + describe(peek()) + " token");
            }
        }
        expect(close);
        if (out.isEmpty()) {
            throw err(peek(), "found empty body");
        }
        return List.copyOf(out);
    }

}
