package dev.gatehouse.rego.parse;

import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Location;
import dev.gatehouse.rego.ast.Module;
import dev.gatehouse.rego.ast.Rule;
import dev.gatehouse.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Rego v1 modules and queries. Infix operators become {@link Term.Call} terms named
 * after their builtins; operator precedence (lowest first): {@code in}, comparisons, {@code |}, {@code &},
 * {@code + -}, {@code * / %}. Binary operators and reference suffixes must sit on the same line as their left
 * operand, so that a line break ends a body literal.
 */
public final class Parser extends TermParser {    private Parser(String file, String src) {
        super(file, src);
    }

    /** Parses a module; throws {@link RegoException} with {@code rego_parse_error} on failure. */
    public static Module parseModule(String file, String src) {
        return new Parser(file, src).module();
    }

    /** Parses a query body (literals separated by {@code ;} or line breaks). */
    public static List<Expr> parseQuery(String src) {
        Parser ps = new Parser("", src);
        ps.wildcards = 100000;
        List<Expr> out = new ArrayList<>();
        while (!ps.at(Token.Kind.EOF)) {
            if (ps.peek().is(";")) {
                ps.p++;
                continue;
            }
            out.add(ps.literal());
            if (!ps.at(Token.Kind.EOF) && !ps.peek().is(";") && !ps.peek().newline()) {
                throw ps.err(ps.peek(), "unexpected " + ps.describe(ps.peek()) + " token");
            }
        }
        if (out.isEmpty()) {
            throw ps.err(ps.peek(), "empty query");
        }
        return out;
    }

    /** Parses a single term (used for {@code input_term}). */
    public static Term parseTerm(String src) {
        Parser ps = new Parser("", src);
        Term t = ps.infix();
        if (!ps.at(Token.Kind.EOF)) {
            throw ps.err(ps.peek(), "unexpected " + ps.describe(ps.peek()) + " token");
        }
        return t;
    }

    private Module module() {
        Token pk = peek();
        if (!pk.is("package")) {
            throw err(pk, "unexpected " + describe(pk) + " token: expected package");
        }
        p++;
        Term.Ref pkgRef = ruleRef();
        List<String> pkg = new ArrayList<>();
        pkg.add(((Term.Var) pkgRef.head()).name());
        for (Term t : pkgRef.path()) {
            if (!(t instanceof Term.Str s)) {
                throw err(pk, "unexpected non-string package path");
            }
            pkg.add(s.value());
        }
        List<Module.Import> imports = new ArrayList<>();
        while (peek().is("import")) {
            Token it = next();
            Term.Ref ref = ruleRef();
            String alias = null;
            if (peek().is("as") && !peek().newline()) {
                p++;
                alias = ident();
            }
            String head = ((Term.Var) ref.head()).name();
            String joined = flat(ref);
            if (joined.equals("rego.v1") || joined.startsWith("future.keywords")) {
                continue;
            }
            if (!head.equals("data") && !head.equals("input")) {
                throw err(it, "invalid import path");
            }
            if (alias == null) {
                Term last = ref.path().isEmpty() ? ref.head() : ref.path().get(ref.path().size() - 1);
                alias = last instanceof Term.Str s ? s.value() : ((Term.Var) last).name();
            }
            imports.add(new Module.Import(it.loc(), ref, alias));
        }
        List<Rule> rules = new ArrayList<>();
        while (!at(Token.Kind.EOF)) {
            if (peek().is(";")) {
                p++;
                continue;
            }
            rules.add(rule());
        }
        return new Module(pk.loc().file(), pk.loc(), pkg, imports, rules, metadata());
    }

    /** Groups {@code # METADATA} blocks: the marker line and the comment lines directly below it. */
    private List<Module.Metadata> metadata() {
        List<Module.Metadata> out = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            Lexer.Comment c = comments.get(i);
            if (!c.text().trim().equals("METADATA")) {
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            int row = c.row();
            int j = i + 1;
            while (j < comments.size() && comments.get(j).row() == row + 1) {
                String t = comments.get(j).text();
                yaml.append(t.startsWith(" ") ? t.substring(1) : t).append('\n');
                row++;
                j++;
            }
            out.add(new Module.Metadata(new Location(toks.get(0).loc().file(), c.row(), c.col()), row,
                yaml.toString()));
            i = j - 1;
        }
        return out;
    }

    private static String flat(Term.Ref ref) {
        StringBuilder sb = new StringBuilder(((Term.Var) ref.head()).name());
        for (Term t : ref.path()) {
            sb.append('.').append(t instanceof Term.Str s ? s.value() : "?");
        }
        return sb.toString();
    }

    private Rule rule() {
        Token start = peek();
        boolean isDefault = false;
        if (start.is("default") && !refFollows()) {
            p++;
            isDefault = true;
        }
        Term.Ref head = ruleRef();
        List<Term> args = null;
        if (peek().is("(") && !peek().newline()) {
            p++;
            args = new ArrayList<>();
            if (!peek().is(")")) {
                do {
                    args.add(infix());
                } while (accept(","));
            }
            expect(")");
        }
        Term key = null;
        Term value = null;
        boolean assign = false;
        if (peek().is("contains")) {
            p++;
            key = infix();
        } else if (peek().is(":=") || peek().is("=")) {
            assign = next().text().equals(":=");
            value = infix();
        }
        if (isDefault) {
            if (value == null) {
                throw err(start, "default rules must have a value");
            }
            return new Rule(start.loc(), true, head, args, null, value, assign, List.of(), null);
        }
        List<Expr> body = ruleBody();
        Rule elseRule = elseChain(head, args);
        return new Rule(start.loc(), false, head, args, key, value, assign, body, elseRule);
    }

    private List<Expr> ruleBody() {
        if (peek().is("if") && !refFollows()) {
            p++;
            if (peek().is("{")) {
                int save = p;
                int wc = wildcards;
                try {
                    return body();
                } catch (RegoException e) {
                    p = save;
                    wildcards = wc;
                    try {
                        return List.of(literal());
                    } catch (RegoException e2) {
                        throw e;
                    }
                }
            }
            return List.of(literal());
        }
        if (peek().is("{") && !peek().newline()) {
            throw err(peek(), "`if` keyword is required before rule body");
        }
        return List.of();
    }

    private Rule elseChain(Term.Ref head, List<Term> args) {
        if (!peek().is("else") || refFollows()) {
            return null;
        }
        Token e = next();
        Term value = null;
        boolean assign = false;
        if (peek().is(":=") || peek().is("=")) {
            assign = next().text().equals(":=");
            value = infix();
        }
        List<Expr> body = ruleBody();
        Rule rest = elseChain(head, args);
        return new Rule(e.loc(), false, head, args, null, value, assign, body, rest);
    }

    private Term.Ref ruleRef() {
        Token t = peek();
        String name = ident();
        Term head = new Term.Var(t.loc(), name);
        List<Term> path = new ArrayList<>();
        while (!peek().newline()) {
            if (peek().is(".")) {
                p++;
                Token id = peek();
                path.add(new Term.Str(id.loc(), ident()));
            } else if (peek().is("[")) {
                p++;
                boolean save = noPipe;
                noPipe = false;
                path.add(infix());
                noPipe = save;
                expect("]");
            } else {
                break;
            }
        }
        return new Term.Ref(t.loc(), head, List.copyOf(path));
    }

    private List<Expr> body() {
        expect("{");
        boolean save = noPipe;
        noPipe = false;
        List<Expr> out = new ArrayList<>();
        while (true) {
            while (accept(";")) {
                // separators
            }
            if (peek().is("}")) {
                break;
            }
            out.add(literal());
            if (!peek().is("}") && !peek().is(";") && !peek().newline()) {
                throw err(peek(), "unexpected " + describe(peek()) + " token");
            }
        }
        expect("}");
        noPipe = save;
        if (out.isEmpty()) {
            throw err(peek(), "found empty body");
        }
        return out;
    }

    @Override
    Expr subLiteral(String src, Location loc) {
        Parser sub = new Parser(loc.file(), src);
        sub.wildcards = wildcards + 50000;
        Expr t = sub.literal();
        if (sub.peek().kind() != Token.Kind.EOF) {
            throw err(sub.peek(), "unexpected " + describe(sub.peek()) + " token in template expression");
        }
        wildcards = sub.wildcards;
        return t;
    }

    @Override
    Expr literal() {
        Token start = peek();
        Expr e;
        if (start.is("some") && !refFollows()) {
            p++;
            e = new Expr(start.loc(), false, some(start), List.of());
        } else if (start.is("every") && !refFollows()) {
            p++;
            e = new Expr(start.loc(), false, every(), List.of());
        } else {
            List<List<Expr>> alts = new ArrayList<>();
            alts.add(conjunction());
            while (isLogic("or")) {
                p++;
                alts.add(conjunction());
            }
            e = alts.size() == 1 && alts.get(0).size() == 1 ? alts.get(0).get(0) : exists(start, alts, false);
        }
        List<Expr.With> withs = new ArrayList<>(e.withs());
        while (peek().is("with") && !refFollows()) {
            Token w = next();
            Term target = infix();
            if (!peek().is("as")) {
                throw err(peek(), "unexpected " + describe(peek()) + " token: expected as");
            }
            p++;
            withs.add(new Expr.With(w.loc(), target, infix()));
        }
        return withs.size() == e.withs().size() ? e : new Expr(e.loc(), e.negated(), e.kind(), List.copyOf(withs));
    }

    /** Whether the current token is the logic keyword {@code and}/{@code or} continuing a literal. */
    private boolean isLogic(String kw) {
        Token t = peek();
        return t.kind() == Token.Kind.IDENT && t.text().equals(kw) && !t.newline() && !refFollows();
    }

    private List<Expr> conjunction() {
        List<Expr> out = new ArrayList<>(operand());
        while (isLogic("and")) {
            p++;
            out.addAll(operand());
        }
        return out;
    }

    /**
     * One operand of {@code and}/{@code or}: {@code not operand}, an explicit body {@code { ... }} (its own scope,
     * checked for existence) or a plain expression.
     */
    private List<Expr> operand() {
        Token start = peek();
        if (start.is("not") && !refFollows()) {
            p++;
            List<Expr> inner = peek().is("{") ? body() : operand();
            if (inner.size() == 1 && !inner.get(0).negated() && inner.get(0).withs().isEmpty()
                    && !(inner.get(0).kind() instanceof Expr.SomeDecl)) {
                return List.of(new Expr(start.loc(), true, inner.get(0).kind(), List.of()));
            }
            return List.of(exists(start, List.of(inner), true));
        }
        if (start.is("{")) {
            boolean afterLogic = p > 0 && toks.get(p - 1).kind() == Token.Kind.IDENT
                && (toks.get(p - 1).text().equals("and") || toks.get(p - 1).text().equals("or"));
            int save = p;
            int wc = wildcards;
            try {
                List<Expr> b = body();
                if (afterLogic || isLogic("and") || isLogic("or")) {
                    return List.of(exists(start, List.of(b), false));
                }
            } catch (RegoException ex) {
                if (afterLogic) {
                    throw ex;
                }
            }
            p = save;
            wildcards = wc;
        }
        if (start.is("(")) {
            int save = p;
            int wc = wildcards;
            try {
                p++;
                Expr inner = literal();
                if (accept(")") && (!inner.withs().isEmpty() || inner.negated()
                        || inner.kind() instanceof Expr.TermKind tk && tk.term() instanceof Term.Call c
                        && c.name().equals("internal.or"))) {
                    return List.of(inner);
                }
            } catch (RegoException ex) {
                // not a grouped logic expression: parse as a term
            }
            p = save;
            wildcards = wc;
        }
        Term left = infix();
        Expr.Kind kind;
        if (peek().is("=") && !peek().newline()) {
            p++;
            kind = new Expr.Unify(left, infix());
        } else if (peek().is(":=") && !peek().newline()) {
            p++;
            kind = new Expr.Assign(left, infix());
        } else {
            kind = new Expr.TermKind(left);
        }
        return List.of(new Expr(start.loc(), false, kind, List.of()));
    }

    /** {@code internal.or([true | alt1], [true | alt2], ...)}: true once when any alternative has a solution. */
    private static Expr exists(Token start, List<List<Expr>> alts, boolean negated) {
        List<Term> args = new ArrayList<>();
        for (List<Expr> alt : alts) {
            args.add(new Term.ArrayCompr(start.loc(), new Term.Bool(start.loc(), true), List.copyOf(alt)));
        }
        Term call = new Term.Call(start.loc(), List.of("internal", "or"), List.copyOf(args));
        return new Expr(start.loc(), negated, new Expr.TermKind(call), List.of());
    }

    private Expr.Kind some(Token start) {
        List<Term> terms = new ArrayList<>();
        do {
            terms.add(relation());
        } while (accept(","));
        if (peek().is("in")) {
            p++;
            Term coll = relation();
            if (terms.size() > 2) {
                throw err(start, "unexpected , token");
            }
            return terms.size() == 1 ? new Expr.SomeIn(null, terms.get(0), coll)
                : new Expr.SomeIn(terms.get(0), terms.get(1), coll);
        }
        List<Term.Var> vars = new ArrayList<>();
        for (Term t : terms) {
            if (t instanceof Term.Var v) {
                vars.add(v);
            } else {
                throw err(start, "expected var or ref in some declaration");
            }
        }
        return new Expr.SomeDecl(vars);
    }

    private Expr.Kind every() {
        Term first = relation();
        Term key = null;
        Term value = first;
        if (accept(",")) {
            key = first;
            value = relation();
        }
        if (!peek().is("in")) {
            throw err(peek(), "unexpected " + describe(peek()) + " token: expected in");
        }
        p++;
        Term domain = relation();
        List<Expr> body = body();
        return new Expr.Every(key, value, domain, body);
    }

}
